package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The 8 writers x 1,000 updates, on H2 and on PostgreSQL; tagged slow. */
@Tag("slow")
class ManyWritersTest {

  @Test
  void h2LosesNoCommittedUpdate() throws Exception {
    try (JdbcStores stores = JdbcStores.h2(TestDatabases.newH2File())) {
      assertTrue(ManyWriters.run(stores.programs()) >= 0);
    }
  }

  @Test
  @Tag("postgresql")
  void postgresqlLosesNoCommittedUpdate() throws Exception {
    assertTrue(ManyWriters.run(TestDatabases.emptyPostgres().programs()) >= 0);
  }
}
