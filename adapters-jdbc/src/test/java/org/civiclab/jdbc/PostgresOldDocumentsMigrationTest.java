package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The old-codec documents migrated on PostgreSQL, in a schema of their own on the server of
 * {@code CIVICLAB_PG_URL}. The column becomes {@code jsonb}, which keeps the document's value
 * but not its text, so documents are compared as {@code jsonb}.
 */
@Tag("postgresql")
class PostgresOldDocumentsMigrationTest extends OldDocumentsMigration {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private final List<String> schemas = new ArrayList<>();

  @Override
  protected DataSource emptyDatabase() {
    String schema = "civiclab_migration_" + ProcessHandle.current().pid() + "_"
        + COUNTER.incrementAndGet();
    try (Connection c = TestDatabases.postgresDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    schemas.add(schema);
    PGSimpleDataSource ds = (PGSimpleDataSource) TestDatabases.postgresDataSource();
    ds.setCurrentSchema(schema);
    return ds;
  }

  @AfterEach
  void dropSchemas() throws SQLException {
    try (Connection c = TestDatabases.postgresDataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void documentsAreJsonbThatSqlCanReachInto() throws SQLException {
    DataSource ds = emptyDatabase();
    Program p = ProgramGenerator.generate(5, 1).program();
    try (JdbcStores stores = JdbcStores.on(ds)) {
      stores.programs().save(p, Versioned.NEW);
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT table_name, data_type FROM"
          + " information_schema.columns WHERE table_schema = current_schema()"
          + " AND column_name = 'document' ORDER BY table_name")) {
        List<String> types = new ArrayList<>();
        while (rs.next()) {
          types.add(rs.getString(1) + " " + rs.getString(2));
        }
        assertEquals(List.of("civiclab_organization jsonb", "civiclab_person jsonb",
            "civiclab_program jsonb"), types);
      }
      try (ResultSet rs = s.executeQuery("SELECT document ->> 'kind', document #>> "
          + "'{program,id}' FROM civiclab_program")) {
        rs.next();
        assertEquals("program", rs.getString(1));
        assertEquals(p.id().value(), rs.getString(2));
      }
    }
  }

  @Override
  protected boolean holds(Connection c, String table, String id, String expected)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT document::jsonb = CAST(? AS jsonb)"
        + " FROM " + table + " WHERE id = ?")) {
      ps.setString(1, expected);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
