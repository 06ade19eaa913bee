package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Person;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/** The adapter's own behaviour on embedded H2. */
class H2BehaviourTest extends StoreBehaviour {
  private Path file;

  @Override
  protected JdbcStores openEmpty() {
    file = TestDatabases.newH2File();
    return JdbcStores.h2(file);
  }

  @Override
  protected DataSource dataSource() {
    return TestDatabases.h2DataSource(file);
  }

  @Test
  void aRefusedEntryOfABatchIsNamedByItsId() throws SQLException {
    List<Person> people = new ArrayList<>(ProgramGenerator.generate(13, 2).directory().people()
        .values()).subList(0, 4);
    List<Person> put = new ArrayList<>(people);
    put.set(2, people.get(2).withFullName(MARKER));
    StoreException x = refusedWrite(() -> stores.directory().putPeople(put));
    assertTrue(x.getMessage().startsWith("person " + people.get(2).id() + ": could not write: "),
        x.getMessage());
    assertNoMarker(x);
    assertEquals(0, stores.directory().countPeople());
  }

  /** H2's own messages carry the statement and its parameters; the store's never do. */
  @Test
  void errorsOfTheDatabaseNameColumnsAndConstraintsButNoValue() {
    Jdbc jdbc = new Jdbc(dataSource(), Dialect.H2);
    StoreException tooLong = assertThrows(StoreException.class,
        () -> jdbc.transaction("person x", "write", c -> {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO civiclab_person (id,"
              + " full_name, country, experience, home_zone, document) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, "x");
            ps.setString(2, "n");
            ps.setString(3, MARKER);
            ps.setString(4, "NONE");
            ps.setString(5, "UTC");
            ps.setString(6, "{\"fullName\":\"" + MARKER + "\"}");
            return ps.executeUpdate();
          }
        }));
    assertEquals("person x: could not write: a value is too long for its column (column country;"
        + " SQLState 22001)", tooLong.getMessage());
    assertNoMarker(tooLong);

    StoreException duplicate = assertThrows(StoreException.class,
        () -> jdbc.transaction("program x", "save", c -> {
          try (PreparedStatement ps = c.prepareStatement(
              "INSERT INTO civiclab_program (id, version, document) VALUES (?, 1, ?)")) {
            for (int i = 0; i < 2; i++) {
              ps.setString(1, MARKER.substring(0, 100));
              ps.setString(2, MARKER);
              ps.executeUpdate();
            }
          }
          return null;
        }));
    assertTrue(duplicate.getMessage().startsWith("program x: could not save: an entry with this"
        + " key already exists (constraint "), duplicate.getMessage());
    assertTrue(duplicate.getMessage().endsWith(" on civiclab_program (id); SQLState 23505)"),
        duplicate.getMessage());
    assertNoMarker(duplicate);
  }
}
