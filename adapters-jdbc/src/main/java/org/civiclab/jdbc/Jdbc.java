package org.civiclab.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.StoreException;
import org.civiclab.jdbc.internal.DocumentCodec;

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
    int pending = 0;
    for (T item : items) {
      binder.bind(statement, item);
      statement.addBatch();
      if (++pending == BATCH) {
        statement.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      statement.executeBatch();
    }
  }

  /**
   * Decodes a stored document.
   *
   * @param aggregate what the document is, such as {@code person p-1}
   * @param document the stored text
   * @param type the value's type
   * @return the value
   * @throws StoreException naming the aggregate when the document cannot be read
   */
  static <T> T decode(String aggregate, String document, Class<T> type) {
    try {
      return DocumentCodec.decode(document, type);
    } catch (IllegalArgumentException | CivicLabException e) {
      throw new StoreException(aggregate + ": the stored document cannot be read: "
          + e.getMessage(), e);
    }
  }

  static StoreException failure(String aggregate, String action, SQLException e) {
    return new StoreException(aggregate + ": could not " + action + ": " + e.getMessage()
        + " (SQLState " + e.getSQLState() + ")", e);
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
