package org.civiclab.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.civiclab.core.StoreException;

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
