package org.civiclab.jdbc;

import org.junit.jupiter.api.Tag;

/** Core's storage contract on the PostgreSQL server of {@code CIVICLAB_PG_URL}; fails without. */
@Tag("postgresql")
class PostgresContractTest extends ContractSuites {

  @Override
  protected JdbcStores openEmpty() {
    return TestDatabases.emptyPostgres();
  }

  @Override
  protected boolean closeAfterEachTest() {
    return false;
  }
}
