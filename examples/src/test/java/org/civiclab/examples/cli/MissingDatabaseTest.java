package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.json.CivicLabJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}, {@code export} and {@code import} refuse an H2 {@code --db} that does not
 * exist, so a typo cannot quietly become an empty database; {@code --create} asks for one.
 * Also the environment variables a JDBC URL's credentials fall back on.
 */
class MissingDatabaseTest {

  @TempDir
  Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private Path directory;

  @BeforeEach
  void document() throws IOException {
    directory = dir.resolve("directory.json");
    try (OutputStream o = Files.newOutputStream(directory)) {
      CivicLabJson.create().writeDirectory(SeedPrograms.all().get(2).directory(), o);
    }
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void refused(Path expectedFile, String... args) throws IOException {
    assertEquals(ExitCodes.STORAGE, run(args), out + "\n" + err);
    String e = err.toString();
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("error: no database at " + expectedFile + ": "), e);
    assertTrue(e.contains("--create"), e);
    assertFalse(e.contains("\tat "), e);
    assertEquals(List.of("directory.json"), files(), "nothing was created");
  }

  @Test
  void eachCommandRefusesAMissingDirectoryWithoutCreatingIt() throws IOException {
    Path typo = dir.resolve("typo");
    Path file = typo.resolve("civiclab.mv.db");
    refused(file, "report", "--db", typo.toString());
    refused(file, "export", "--db", typo.toString(), "--format", "json",
        "--out", dir.resolve("out").toString());
    refused(file, "import", directory.toString(), "--db", typo.toString());
  }

  @Test
  void aMissingH2FileIsRefusedToo() throws IOException {
    Path file = dir.resolve("typo.mv.db");
    refused(file, "report", "--db", file.toString());
  }

  @Test
  void anExistingDirectoryWithoutTheDatabaseIsRefused() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertEquals(ExitCodes.STORAGE, run("report", "--db", empty.toString()));
    assertTrue(err.toString().startsWith("error: no database at "
        + empty.resolve("civiclab.mv.db")), err.toString());
    assertEquals(List.of(), Files.list(empty).toList());
  }

  @Test
  void createMakesTheDatabaseAndLaterCommandsUseIt() throws IOException {
    Path db = dir.resolve("new");
    assertEquals(0, run("import", directory.toString(), "--db", db.toString(), "--create"),
        err.toString());
    assertTrue(Files.exists(db.resolve("civiclab.mv.db")));
    assertEquals(0, run("report", "--db", db.toString(), "--as-of", "2024-06-01"),
        err.toString());
    assertEquals(0, run("report", "--db", dir.resolve("other").toString(), "--create",
        "--as-of", "2024-06-01"), err.toString());
    assertTrue(Files.exists(dir.resolve("other").resolve("civiclab.mv.db")));
  }

  @Test
  void demoStillCreatesItsDatabase() {
    Path db = dir.resolve("demo");
    assertEquals(0, run("demo", "--db", db.toString(), "--program", "002"), err.toString());
    assertTrue(Files.exists(db.resolve("civiclab.mv.db")));
  }

  @Test
  void aJdbcUrlsCredentialsComeFromTheOptionElseThePostgresScriptsVariables() {
    Map<String, String> env = Map.of("CIVICLAB_PG_USER", "civiclab",
        "CIVICLAB_PG_PASSWORD", "secret", "CIVICLAB_DB_USER", "old");
    java.util.function.Function<String, Optional<String>> lookup =
        name -> Optional.ofNullable(env.get(name));
    assertEquals("civiclab",
        DatabaseOption.credential(Optional.empty(), DatabaseOption.USER_ENV, lookup));
    assertEquals("secret",
        DatabaseOption.credential(Optional.empty(), DatabaseOption.PASSWORD_ENV, lookup));
    assertEquals("given",
        DatabaseOption.credential(Optional.of("given"), DatabaseOption.USER_ENV, lookup));
    assertEquals("", DatabaseOption.credential(Optional.empty(), DatabaseOption.USER_ENV,
        name -> Optional.empty()));
  }
}
