package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.jdbc.JdbcStores;
import org.civiclab.json.CivicLabJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of a directory document is one transaction: all of it or nothing. */
class ImportAtomicityTest {
  private static final String REFUSED = "zz-refused-by-the-store";

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /**
   * Makes the database refuse one person id, as a store refuses a value the reader took
   * (a constraint the document cannot know about).
   */
  private static void refusePerson(Path h2File, String id) throws SQLException {
    JdbcStores.h2(h2File).close();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2File.toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE civiclab_person ADD CONSTRAINT test_refuses_one_person"
          + " CHECK (id <> '" + id + "')");
    }
  }

  @Test
  void aDirectoryWhosePeopleTheStoreRefusesLeavesNoOrganisationBehind()
      throws IOException, SQLException {
    Path db = dir.resolve("db");
    Path h2File = db.resolve(DatabaseOption.H2_NAME);
    refusePerson(h2File, REFUSED);

    DirectorySnapshot seed = SeedPrograms.all().get(2).directory();
    Person any = seed.people().values().iterator().next();
    DirectorySnapshot withRefused = seed.merge(DirectorySnapshot.of(
        java.util.List.of(any.withId(PersonId.of(REFUSED))),
        java.util.List.of()));
    assertTrue(!withRefused.organizations().isEmpty(), "the document has organisations");
    Path file = dir.resolve("directory.json");
    try (OutputStream o = Files.newOutputStream(file)) {
      CivicLabJson.create().writeDirectory(withRefused, o);
    }

    assertEquals(0, run("validate", file.toString()), err.toString());
    assertEquals(ExitCodes.STORAGE, run("import", file.toString(), "--db", db.toString()),
        out.toString());
    assertTrue(err.toString().startsWith("storage error: directory: "), err.toString());
    assertTrue(!err.toString().contains("\tat "), err.toString());

    try (JdbcStores stores = JdbcStores.h2(h2File)) {
      assertEquals(0, stores.directory().organizations().size(), "organisations were stored");
      assertEquals(0, stores.directory().countPeople(), "people were stored");
    }
  }
}
