package org.civiclab.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * Runs units of work on connections from a data source: in a transaction that commits or
 * rolls back as a whole, and with JDBC errors turned into {@link StoreException}s that name
 * the aggregate.
 */
final class Jdbc {
  /** A unit of work on one connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A unit of work on one connection that returns nothing (no {@code Void} and null). */
  interface Step {
    void run(Connection connection) throws SQLException;
  }

  /** Sets one item's parameters on a statement. */
  interface Binder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Rows sent to the database in one JDBC batch. */
  static final int BATCH = 1_000;

  final DataSource dataSource;
  final Dialect dialect;

  Jdbc(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Runs work in one transaction: commits when it returns, rolls back when it throws.
   *
   * @param aggregate what the work is about, such as {@code program seg-2024}
   * @param action what it does, such as {@code save}
   * @param work the work
   * @return what the work returns
   * @throws StoreException naming the aggregate when the database fails; runtime exceptions
   *     from the work (such as a lost race) pass through after the rollback
   */
  <T> T transaction(String aggregate, String action, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failure(aggregate, action, e);
    }
  }

  /**
   * Runs work that returns nothing in one transaction: commits when it returns, rolls back
   * when it throws.
   *
   * @param aggregate what the work is about, such as {@code program seg-2024}
   * @param action what it does, such as {@code save}
   * @param step the work
   * @throws StoreException naming the aggregate when the database fails; runtime exceptions
   *     from the work (such as a lost race) pass through after the rollback
   */
  void inTransaction(String aggregate, String action, Step step) {
    transaction(aggregate, action, c -> {
      step.run(c);
      return Boolean.TRUE;
    });
  }

  /**
   * Runs read-only work on a connection in auto-commit mode.
   *
   * @param aggregate what is read
   * @param work the work
   * @return what the work returns
   * @throws StoreException naming the aggregate when the database fails
   */
  <T> T read(String aggregate, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(aggregate, "read", e);
    }
  }

  /**
   * Counts a table's rows.
   *
   * @param aggregate what is counted
   * @param table the table
   * @return the number of rows
   * @throws StoreException naming the aggregate when the database fails
   */
  long count(String aggregate, String table) {
    return read(aggregate, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
          java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * Executes a statement once per item, in JDBC batches of {@link #BATCH} rows.
   *
   * @param statement the prepared statement
   * @param items the items
   * @param binder sets an item's parameters
   * @throws SQLException when a batch fails
   */
  static <T> void batch(PreparedStatement statement, Iterable<T> items, Binder<T> binder)
      throws SQLException {
    batch(statement, items, binder, null);
  }

  /**
   * Executes a statement once per item, in JDBC batches of {@link #BATCH} rows; when the
   * driver tells which item of a batch failed (H2 does), the error names that item.
   *
   * @param statement the prepared statement
   * @param items the items
   * @param binder sets an item's parameters
   * @param name names an item, such as {@code person p-7}; null to name none
   * @throws SQLException when a batch fails, an {@link ItemFailure} when the item is known
   */
  static <T> void batch(PreparedStatement statement, Iterable<T> items, Binder<T> binder,
      java.util.function.@Nullable Function<T, String> name) throws SQLException {
    java.util.List<T> pending = new java.util.ArrayList<>();
    for (T item : items) {
      binder.bind(statement, item);
      statement.addBatch();
      pending.add(item);
      if (pending.size() == BATCH) {
        execute(statement, pending, name);
        pending.clear();
      }
    }
    if (!pending.isEmpty()) {
      execute(statement, pending, name);
    }
  }

  private static <T> void execute(PreparedStatement statement, java.util.List<T> pending,
      java.util.function.@Nullable Function<T, String> name) throws SQLException {
    try {
      statement.executeBatch();
    } catch (java.sql.BatchUpdateException e) {
      int[] counts = e.getUpdateCounts();
      if (name != null && counts != null && counts.length == pending.size()) {
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == java.sql.Statement.EXECUTE_FAILED) {
            throw new ItemFailure(name.apply(pending.get(i)), e);
          }
        }
      }
      throw e;
    }
  }

  /**
   * The error for a failed unit of work: what was being done to which aggregate, why in the
   * words of the SQLState, and the column or constraint when the driver names one; never the
   * driver's message, which may carry the statement's bound values (names, whole documents).
   * The cause is a sanitized copy of the JDBC error ({@link SqlErrors#sanitized}) with its
   * SQLState, vendor code and stack trace, so that printing the stack trace does not leak the
   * values either.
   *
   * @param aggregate what the work was about, such as {@code person p-1}
   * @param action what it did, such as {@code write}
   * @param e the JDBC error
   * @return the exception to throw
   */
  static StoreException failure(String aggregate, String action, SQLException e) {
    String what = aggregate;
    if (e instanceof ItemFailure) {
      what = ((ItemFailure) e).item;
    }
    return new StoreException(what + ": could not " + action + ": " + SqlErrors.describe(e),
        SqlErrors.sanitized(e));
  }

  /**
   * A batch failed at a known item: carries that item's name (such as {@code person p-7}) so
   * that the error names it rather than the whole batch.
   */
  static final class ItemFailure extends SQLException {
    private static final long serialVersionUID = 1L;
    final String item;
    /** The driver's error, kept out of the exception chain because it may carry values. */
    final transient SQLException original;

    ItemFailure(String item, SQLException e) {
      super(SqlErrors.describe(e), SqlErrors.state(e), SqlErrors.detail(e).getErrorCode());
      this.item = item;
      this.original = e;
      setStackTrace(e.getStackTrace());
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
