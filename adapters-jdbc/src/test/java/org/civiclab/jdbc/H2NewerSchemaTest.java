package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.civiclab.core.StoreException;
import org.junit.jupiter.api.Test;

/**
 * A database that a newer CivicLab has migrated is refused with a sentence that names the
 * unknown version, before anything is written; once that version is gone it opens again.
 */
class H2NewerSchemaTest {

  private static void history(Path file, String sql) throws SQLException {
    try (Connection c = TestDatabases.h2DataSource(file).getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static int historyRows(Path file) throws SQLException {
    try (Connection c = TestDatabases.h2DataSource(file).getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM " + JdbcStores.HISTORY_TABLE)) {
      assertTrue(rs.next());
      return rs.getInt(1);
    }
  }

  @Test
  void aDatabaseFromANewerCivicLabIsRefused() throws SQLException {
    Path file = TestDatabases.newH2File();
    JdbcStores.h2(file).close();
    int rows = historyRows(file);
    history(file, "INSERT INTO " + JdbcStores.HISTORY_TABLE + " (installed_rank, version,"
        + " description, type, script, checksum, installed_by, execution_time, success)"
        + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test',"
        + " 0, TRUE)");
    StoreException e = assertThrows(StoreException.class, () -> JdbcStores.h2(file));
    assertEquals("database: a newer CivicLab has migrated its tables to version 99 (from the"
        + " future), which this CivicLab does not know; open the database with that CivicLab or"
        + " a later one", e.getMessage());
    assertEquals(rows + 1, historyRows(file));

    history(file, "DELETE FROM " + JdbcStores.HISTORY_TABLE + " WHERE version = '99'");
    JdbcStores.h2(file).close();
    assertEquals(rows, historyRows(file));
  }
}
