package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking and concurrent writes under forced contention, with more writers than
 * cores ({@link ManyWriters}): on embedded H2 in every build, on PostgreSQL with the
 * {@code postgresql} tag ({@link PostgresConcurrentWritersTest}). Each test makes the writers collide on purpose in
 * every round, so it never depends on the scheduler to see a race.
 */
class ConcurrentWritersTest {
  /** Stores on an empty database. */
  protected JdbcStores stores;

  /** @return stores on an empty database */
  protected JdbcStores openEmpty() {
    return JdbcStores.h2(TestDatabases.newH2File());
  }

  /** @return whether the stores are closed after each test */
  protected boolean owned() {
    return true;
  }

  @BeforeEach
  void open() {
    stores = openEmpty();
  }

  @AfterEach
  void close() {
    if (owned()) {
      stores.close();
    }
  }

  @Test
  void exactlyOneOfTheWritersOnAVersionWinsAndNoSaveIsLost() throws Exception {
    ManyWriters.Outcome outcome = ManyWriters.run(stores.programs(), 60, 20);
    assertEquals(60 + 20L * ManyWriters.WRITERS, outcome.saves());
  }

  @Test
  void racingCreatesAndDeletesHaveOneWinnerAndCleanConflicts() throws Exception {
    assertEquals(2L * 20 * (ManyWriters.WRITERS - 1),
        ManyWriters.createAndDeleteRaces(stores.programs(), 20));
  }

  @Test
  void concurrentAppendsKeepEveryBatchOnceAndInOrder() throws Exception {
    ManyWriters.concurrentAppends(stores.attendance(), 10, 50);
  }

  @Test
  void concurrentPutsOfOnePersonLeaveOneWholeVersion() throws Exception {
    ManyWriters.concurrentPuts(stores.directory(), 20);
  }
}
