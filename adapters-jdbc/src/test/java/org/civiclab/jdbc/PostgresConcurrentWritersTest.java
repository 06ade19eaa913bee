package org.civiclab.jdbc;

import org.junit.jupiter.api.Tag;

/** {@link ConcurrentWritersTest} on the PostgreSQL server of {@code CIVICLAB_PG_URL}. */
@Tag("postgresql")
class PostgresConcurrentWritersTest extends ConcurrentWritersTest {
  @Override
  protected JdbcStores openEmpty() {
    return TestDatabases.emptyPostgres();
  }

  @Override
  protected boolean owned() {
    return false;
  }
}
