package org.civiclab.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The old-codec documents migrated on H2, whose text column keeps documents byte for byte. */
class H2OldDocumentsMigrationTest extends OldDocumentsMigration {

  @Override
  protected DataSource emptyDatabase() {
    return TestDatabases.h2DataSource(TestDatabases.newH2File());
  }

  @Override
  protected boolean holds(Connection c, String table, String id, String expected)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT document FROM " + table
        + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && expected.equals(rs.getString(1));
      }
    }
  }
}
