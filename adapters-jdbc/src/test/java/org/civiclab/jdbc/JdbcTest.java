package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.civiclab.core.StoreException;
import org.junit.jupiter.api.Test;

/**
 * {@link Jdbc} on scripted connections and statements that log what they are asked: a
 * transaction commits or rolls back and always restores the connection's auto-commit mode, a
 * database error becomes a StoreException naming the aggregate, a batch goes out in chunks of
 * {@link Jdbc#BATCH}, and a failed batch entry is named when the driver tells which one it was.
 */
class JdbcTest {
  /** What the scripted objects were asked, in order. */
  private final List<String> log = new ArrayList<>();
  private boolean autoCommit = true;
  private SQLException rollbackFailure;
  private SQLException connectFailure;

  private DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (p, m, args) -> {
          if (!m.getName().equals("getConnection")) {
            throw new UnsupportedOperationException(m.getName());
          }
          if (connectFailure != null) {
            throw connectFailure;
          }
          return connection();
        });
  }

  private Connection connection() {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (p, m, args) -> {
          switch (m.getName()) {
            case "getAutoCommit":
              return autoCommit;
            case "setAutoCommit":
              autoCommit = (Boolean) args[0];
              log.add("autoCommit " + autoCommit);
              return null;
            case "rollback":
              log.add("rollback");
              if (rollbackFailure != null) {
                throw rollbackFailure;
              }
              return null;
            case "commit":
            case "close":
              log.add(m.getName());
              return null;
            default:
              throw new UnsupportedOperationException(m.getName());
          }
        });
  }

  private Jdbc jdbc() {
    return new Jdbc(dataSource(), Dialect.H2);
  }

  @Test
  void aTransactionCommitsAndRestoresAutoCommit() {
    assertEquals("done", jdbc().transaction("program p", "save", c -> {
      log.add("work");
      return "done";
    }));
    assertEquals(List.of("autoCommit false", "work", "commit", "autoCommit true", "close"), log);
  }

  @Test
  void aConnectionOutsideAutoCommitIsLeftSo() {
    autoCommit = false;
    jdbc().inTransaction("program p", "save", c -> log.add("work"));
    assertEquals(List.of("autoCommit false", "work", "commit", "autoCommit false", "close"),
        log);
  }

  @Test
  void aRuntimeFailureRollsBackAndPassesThrough() {
    IllegalStateException race = new IllegalStateException("lost");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> jdbc().inTransaction("program p", "save", c -> {
          throw race;
        }));
    assertSame(race, e);
    assertEquals(List.of("autoCommit false", "rollback", "autoCommit true", "close"), log);
  }

  @Test
  void anErrorRollsBackAndPassesThrough() {
    AssertionError error = new AssertionError("boom");
    assertSame(error, assertThrows(AssertionError.class,
        () -> jdbc().inTransaction("program p", "save", c -> {
          throw error;
        })));
    assertEquals(List.of("autoCommit false", "rollback", "autoCommit true", "close"), log);
  }

  @Test
  void aDatabaseFailureRollsBackAndNamesTheAggregate() {
    StoreException e = assertThrows(StoreException.class,
        () -> jdbc().transaction("program p", "save", c -> {
          throw new SQLException("Ada Lovelace", "23505", 23505);
        }));
    assertEquals("program p: could not save: an entry with this key already exists"
        + " (SQLState 23505)", e.getMessage());
    SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
    assertEquals("23505", cause.getSQLState());
    assertEquals(List.of("autoCommit false", "rollback", "autoCommit true", "close"), log);
  }

  @Test
  void aFailedRollbackIsKeptAsSuppressed() {
    SQLException gone = new SQLException("connection gone", "08006");
    rollbackFailure = gone;
    IllegalStateException race = new IllegalStateException("lost");
    assertThrows(IllegalStateException.class,
        () -> jdbc().inTransaction("program p", "save", c -> {
          throw race;
        }));
    assertArrayEquals(new Throwable[] {gone}, race.getSuppressed());
  }

  @Test
  void readsAndTransactionsThatCannotConnectNameTheAggregate() {
    connectFailure = new SQLException("refused", "08001");
    assertEquals("person p-1: could not read: the connection to the database failed"
        + " (SQLState 08001)", assertThrows(StoreException.class,
            () -> jdbc().read("person p-1", c -> 1)).getMessage());
    assertEquals("person p-1: could not write: the connection to the database failed"
        + " (SQLState 08001)", assertThrows(StoreException.class,
            () -> jdbc().transaction("person p-1", "write", c -> 1)).getMessage());
  }

  @Test
  void aReadRunsOnOneConnectionAndClosesIt() {
    assertEquals(7, (int) jdbc().read("x", c -> {
      log.add("work");
      return 7;
    }));
    assertEquals(List.of("work", "close"), log);
  }

  @Test
  void aFailedItemIsNamedInsteadOfTheAggregate() {
    SQLException driver = new SQLException("Ada", "23513");
    StoreException e = Jdbc.failure("directory: 4 people", "write",
        new Jdbc.ItemFailure("person p-3", driver));
    assertEquals("person p-3: could not write: a value breaks a check constraint"
        + " (SQLState 23513)", e.getMessage());
    assertEquals("directory: 4 people: could not write: a value breaks a check constraint"
        + " (SQLState 23513)", Jdbc.failure("directory: 4 people", "write", driver)
            .getMessage());
  }

  // ------------------------------------------------------------------------ batches

  /** A statement that logs bound items and batch sizes, and can fail one executeBatch. */
  private final class Batches {
    final List<Integer> sizes = new ArrayList<>();
    int pending;
    int failAt = -1;
    SQLException failure;

    PreparedStatement statement() {
      return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {PreparedStatement.class}, (p, m, args) -> {
            switch (m.getName()) {
              case "setInt":
                log.add("bind " + args[1]);
                return null;
              case "addBatch":
                pending++;
                return null;
              case "executeBatch":
                sizes.add(pending);
                pending = 0;
                if (sizes.size() == failAt) {
                  throw failure;
                }
                return new int[0];
              default:
                throw new UnsupportedOperationException(m.getName());
            }
          });
    }
  }

  private static List<Integer> items(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  private static void run(Batches b, int n) throws SQLException {
    Jdbc.batch(b.statement(), items(n), (s, i) -> s.setInt(1, i), i -> "item " + i);
  }

  @Test
  void itemsGoOutInBatchesOfAThousand() throws SQLException {
    for (int[] c : new int[][] {{0}, {1, 1}, {999, 999}, {1000, 1000}, {1001, 1000, 1},
        {2000, 1000, 1000}, {2001, 1000, 1000, 1}}) {
      Batches b = new Batches();
      run(b, c[0]);
      List<Integer> expected = new ArrayList<>();
      for (int i = 1; i < c.length; i++) {
        expected.add(c[i]);
      }
      assertEquals(expected, b.sizes, c[0] + " items");
    }
    log.clear();
    Jdbc.batch(new Batches().statement(), items(3), (s, i) -> s.setInt(1, i));
    assertEquals(List.of("bind 0", "bind 1", "bind 2"), log);
  }

  private static BatchUpdateException failedEntry(int size, int failed) {
    int[] counts = new int[size];
    counts[failed] = Statement.EXECUTE_FAILED;
    BatchUpdateException e = new BatchUpdateException("Ada", "23513", 0, counts);
    e.setNextException(new SQLException("Ada Lovelace", "23513"));
    return e;
  }

  @Test
  void theFailedEntryOfABatchIsNamedWithinItsOwnBatch() {
    Batches b = new Batches();
    b.failAt = 2;
    b.failure = failedEntry(5, 3);
    Jdbc.ItemFailure e = assertThrows(Jdbc.ItemFailure.class, () -> run(b, 1005));
    assertEquals("item 1003", e.item);
    assertSame(b.failure, e.original);
    assertEquals("a value breaks a check constraint (SQLState 23513)", e.getMessage());

    Batches first = new Batches();
    first.failAt = 1;
    first.failure = failedEntry(4, 0);
    assertEquals("item 0", assertThrows(Jdbc.ItemFailure.class, () -> run(first, 4)).item);
  }

  @Test
  void aBatchFailureThatNamesNoEntryIsThrownAsItIs() {
    BatchUpdateException shorter = failedEntry(3, 1);
    BatchUpdateException noFailedCount = new BatchUpdateException("Ada", "23513", 0,
        new int[] {1, 1, 1, 1});
    BatchUpdateException noCounts = new BatchUpdateException("Ada", "23513", 0, null);
    for (BatchUpdateException failure : List.of(shorter, noFailedCount, noCounts)) {
      Batches b = new Batches();
      b.failAt = 1;
      b.failure = failure;
      assertSame(failure, assertThrows(BatchUpdateException.class, () -> run(b, 4)));
    }
    Batches unnamed = new Batches();
    unnamed.failAt = 1;
    unnamed.failure = failedEntry(4, 2);
    assertSame(unnamed.failure, assertThrows(BatchUpdateException.class,
        () -> Jdbc.batch(unnamed.statement(), items(4), (s, i) -> s.setInt(1, i))));
    SQLException plain = new SQLException("Ada", "23513");
    Batches other = new Batches();
    other.failAt = 1;
    other.failure = plain;
    assertSame(plain, assertThrows(SQLException.class, () -> run(other, 4)));
  }
}
