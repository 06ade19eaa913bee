package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long run of concurrent writers, on H2 and on PostgreSQL; tagged slow. The short,
 * always-run checks of the same invariants are in {@link ConcurrentWritersTest}.
 */
@Tag("slow")
class ManyWritersTest {
  private static final int ROUNDS = 300;
  private static final int FREE_SAVES = 500;

  @Test
  void h2LosesNoCommittedUpdate() throws Exception {
    try (JdbcStores stores = JdbcStores.h2(TestDatabases.newH2File())) {
      report("H2", ManyWriters.run(stores.programs(), ROUNDS, FREE_SAVES));
    }
  }

  @Test
  @Tag("postgresql")
  void postgresqlLosesNoCommittedUpdate() throws Exception {
    report("PostgreSQL", ManyWriters.run(TestDatabases.emptyPostgres().programs(), ROUNDS,
        FREE_SAVES));
  }

  private static void report(String database, ManyWriters.Outcome outcome) {
    // contention is forced: every round has WRITERS - 1 conflicts, and run(...) asserts it
    assertEquals(1 + ROUNDS + (long) ManyWriters.WRITERS * FREE_SAVES, 1 + outcome.saves());
    System.out.println(database + ": " + ManyWriters.WRITERS + " writers, " + outcome.saves()
        + " acknowledged saves, " + outcome.conflicts() + " stale-version refusals");
  }
}
