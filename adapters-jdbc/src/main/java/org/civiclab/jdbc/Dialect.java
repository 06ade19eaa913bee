package org.civiclab.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.StoreException;

/**
 * What differs between the databases CivicLab runs on: upserts and the ordering of ids.
 * Everything else is the same SQL on both.
 */
enum Dialect {
  /** H2 in PostgreSQL mode: {@code MERGE INTO ... KEY (...)}; strings compare like Java's. */
  H2 {
    @Override
    String upsert(String table, List<String> columns, String key) {
      return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + key
          + ") VALUES (" + marks(columns.size()) + ")";
    }

    @Override
    String byId(String column) {
      return column;
    }
  },

  /** PostgreSQL: {@code INSERT ... ON CONFLICT DO UPDATE}; ids ordered in the C collation. */
  POSTGRESQL {
    @Override
    String upsert(String table, List<String> columns, String key) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + marks(columns.size()) + ") ON CONFLICT (" + key + ") DO UPDATE SET "
          + columns.stream().filter(c -> !c.equals(key)).map(c -> c + " = EXCLUDED." + c)
              .collect(Collectors.joining(", "));
    }

    @Override
    String byId(String column) {
      return column + " COLLATE \"C\"";
    }
  };

  /**
   * An insert-or-replace of one row by its key.
   *
   * @param table the table
   * @param columns every column, the key among them
   * @param key the key column
   * @return the statement, with one parameter per column in order
   */
  abstract String upsert(String table, List<String> columns, String key);

  /**
   * An ORDER BY term that orders ids as {@code TypedId.compareTo} does, whatever the
   * database's collation.
   *
   * @param column the id column
   * @return the term
   */
  abstract String byId(String column);

  /**
   * Whether an error means that another transaction got there first: a duplicate key, a
   * serialization failure or deadlock, or H2's concurrent-update and lock-timeout errors.
   *
   * @param e the error
   * @return true when retrying after a reload may succeed
   */
  boolean lostRace(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        int code = ((SQLException) t).getErrorCode();
        if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
            || this == H2 && (code == 90131 || code == 50200)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The dialect of a connection's database.
   *
   * @param connection a connection
   * @return its dialect
   * @throws SQLException when the metadata cannot be read
   * @throws StoreException when the database is neither H2 nor PostgreSQL
   */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    if (product.equalsIgnoreCase("H2")) {
      return H2;
    }
    if (product.equalsIgnoreCase("PostgreSQL")) {
      return POSTGRESQL;
    }
    throw new StoreException("database " + product + " is not supported: CivicLab's JDBC "
        + "adapter runs on H2 and PostgreSQL");
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
