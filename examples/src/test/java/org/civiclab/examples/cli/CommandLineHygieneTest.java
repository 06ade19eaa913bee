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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.json.CivicLabJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors exit 2 naming the option, control characters from input never reach the
 * terminal raw, and a bad {@code --db} gives one clear message, without H2's stack traces.
 */
class CommandLineHygieneTest {
  private static final CivicLabJson JSON = CivicLabJson.create();
  private static final String ESC = "\u001b";

  @TempDir
  Path dir;

  private StringWriter out;
  private StringWriter err;
  private Path program;
  private Path directory;

  @BeforeEach
  void documents() throws IOException {
    SeedProgram seed = SeedPrograms.all().get(2);
    program = write("program.json", o -> JSON.writeProgram(seed.program(), o));
    directory = write("directory.json", o -> JSON.writeDirectory(seed.directory(), o));
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private void usageError(String option, String... args) {
    assertEquals(ExitCodes.USAGE, run(args), List.of(args) + "\n" + out + err);
    assertTrue(err.toString().contains(option), List.of(args) + ": " + err);
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  // ------------------------------------------------------------------ usage errors

  @Test
  void aStepLimitBelowOneIsAUsageError() {
    usageError("--steps", "schedule", program.toString(), "--directory", directory.toString(),
        "--steps", "-1");
    assertTrue(err.toString().contains("'-1' must be at least 1"), err.toString());
    usageError("--steps", "schedule", program.toString(), "--directory", directory.toString(),
        "--steps", "0");
    usageError("--steps", "schedule", program.toString(), "--directory", directory.toString(),
        "--steps", "many");
  }

  @Test
  void aTimeLimitThatIsNotPositiveIsAUsageErrorThatSaysSo() {
    usageError("--time-limit", "schedule", program.toString(), "--directory",
        directory.toString(), "--time-limit", "0s");
    assertTrue(err.toString().contains("must be a positive duration"), err.toString());
    usageError("--time-limit", "schedule", program.toString(), "--directory",
        directory.toString(), "--time-limit", "-PT1S");
  }

  @Test
  void aMissingDocumentIsAUsageErrorForEveryCommand() {
    String nope = dir.resolve("nope.json").toString();
    usageError("FILE", "validate", nope);
    assertTrue(err.toString().contains("no such file: " + nope), err.toString());
    usageError("FILE", "import", nope, "--db", dir.resolve("db").toString());
    usageError("FILE", "schedule", nope, "--directory", directory.toString());
    usageError("--directory", "validate", program.toString(), "--directory", nope);
    usageError("--directory", "schedule", program.toString(), "--directory", nope);
    usageError("FILE", "validate", dir.toString());
    assertTrue(err.toString().contains("is a directory, not a document"), err.toString());
  }

  @Test
  void schedulingWithoutADirectoryIsAUsageError() throws IOException {
    Path alone = Files.createDirectories(dir.resolve("alone")).resolve("p.json");
    Files.copy(program, alone);
    usageError("--directory", "schedule", alone.toString());
    assertTrue(err.toString().contains("give --directory FILE"), err.toString());
  }

  @Test
  void anUnknownDemoProgramIsAUsageErrorNamingTheOption() {
    usageError("--program", "demo", "--db", dir.resolve("db").toString(), "--program", "999");
    assertTrue(err.toString().contains("999"), err.toString());
  }

  // ------------------------------------------------------------------ escaping

  @Test
  void validateEscapesControlCharactersFromTheDocument() throws IOException {
    // an id with a screen-clearing sequence, a title with colours, a field name with a newline
    String text = JSON.toJson(SeedPrograms.all().get(2).program())
        .replaceFirst("\"id\" *: *\"citizen-engagement-2024\"",
            "\"id\": \"x\\\\u001b[2Jx\", \"co\\\\u001b[31mlour\\\\nforged: line\": 1");
    Path bad = dir.resolve("bad\u001b[0m.json");
    Files.writeString(bad, text);
    assertEquals(ExitCodes.INVALID, run("validate", bad.toString()));
    String e = err.toString();
    assertFalse(e.contains(ESC), e);
    assertTrue(e.contains("co\\u001b[31mlour\\u000aforged: line"), e);
    assertTrue(e.contains("bad\\u001b[0m.json"), e);
    assertTrue(e.lines().skip(1).allMatch(l -> l.contains("bad\\u001b[0m.json:")), e);
  }

  @Test
  void aValidDocumentWithControlCharactersInItsTextsPrintsThemEscaped() throws IOException {
    String title = "Title \u001b]0;owned\u0007 \u009b2J \u2066x\u2069 ნინო Онлайн";
    // a program whose id and title carry escape sequences (as JSON escapes in the document)
    String text = JSON.toJson(SeedPrograms.all().get(2).program())
        .replaceFirst("\"id\" *: *\"citizen-engagement-2024\"", "\"id\": \"p\\\\u001b[2J\"")
        .replaceFirst("On-line Training", "\\\\u001b[31mOn-line Training\\\\u009b2J");
    assertTrue(text.contains("\\u001b[2J") && text.contains("\\u001b[31m"), "changed");
    Path file = dir.resolve("p.json");
    Files.writeString(file, text);
    int code = run("validate", file.toString(), "--directory", directory.toString());
    // valid today; a model that refuses controls in ids makes it invalid: never raw either way
    assertTrue(code == 0 || code == 1, out + "\n" + err);
    assertFalse(out.toString().contains(ESC), out.toString());
    assertFalse(err.toString().contains(ESC), err.toString());
    assertTrue((out.toString() + err).contains("\\u001b[2J"), out + "\n" + err);
    // the escaping function: controls and bidi isolates escaped, other Unicode kept
    assertEquals("Title \\u001b]0;owned\\u0007 \\u009b2J \\u2066x\\u2069 ნინო Онлайн",
        Terminal.oneLine(title));
    assertEquals("a\\u0009b\\u000ac\\ud800", Terminal.oneLine("a\tb\nc\ud800"));
    StringWriter raw = new StringWriter();
    try (PrintWriter w = Terminal.escaping(raw)) {
      w.print("line\u001b[1m\tcolumn\nნ\u007f");
    }
    assertEquals("line\\u001b[1m\tcolumn\nნ\\u007f", raw.toString());
  }

  @Test
  void reportTablesShowControlCharactersEscapedAndStayAligned() {
    org.civiclab.core.analysis.Table t = org.civiclab.core.analysis.Table.builder("people",
        "name", "n").row("a\u001b[2J\nb", 1L).row("ნინო", 22L).build();
    String text = Reports.forTerminal(t).render();
    assertFalse(text.contains(ESC), text);
    List<String> lines = text.lines().collect(Collectors.toList());
    assertEquals("a\\u001b[2J\\u000ab   1", lines.get(3));
    assertEquals("ნინო" + " ".repeat(15) + "22", lines.get(4), "aligned on the escaped text");
  }

  // ------------------------------------------------------------------ a bad --db

  @Test
  void aPlainFileAsDbIsOneClearUsageErrorWithoutH2Traces() throws IOException {
    Path plain = dir.resolve("notes.txt");
    Files.writeString(plain, "not a database\n");
    for (String command : List.of("report", "export")) {
      List<String> args = command.equals("export")
          ? List.of(command, "--db", plain.toString(), "--format", "json")
          : List.of(command, "--db", plain.toString());
      assertEquals(ExitCodes.USAGE, run(args.toArray(String[]::new)), out + "\n" + err);
      String e = err.toString();
      assertTrue(e.startsWith("Invalid value for --db: " + plain + " is a file, not a "
          + "directory for the database"), e);
      assertFalse(e.contains("\tat "), e);
      assertFalse(out.toString().contains("Exception"), out.toString());
    }
    usageError("--db", "import", directory.toString(), "--db", plain.toString());
    assertEquals("not a database\n", Files.readString(plain));
    assertEquals(List.of("directory.json", "notes.txt", "program.json"), files());
  }

  @Test
  void aFileNamedLikeAnH2DatabaseThatIsNotOneIsAStorageErrorWithoutH2Traces()
      throws IOException {
    Path fake = dir.resolve("fake.mv.db");
    Files.writeString(fake, "not a database\n");
    assertEquals(ExitCodes.STORAGE, run("report", "--db", fake.toString()), out + "\n" + err);
    String e = err.toString();
    assertTrue(e.startsWith("storage error: H2 database "), e);
    assertTrue(e.contains("fake.mv.db"), e);
    assertTrue(e.contains("is the file an H2 database?"), e);
    assertEquals(1, e.lines().count(), e);
    assertFalse(e.contains("\tat "), e);
    // H2 wrote no trace file beside the user's
    assertEquals(List.of("directory.json", "fake.mv.db", "program.json"), files());
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  private Path write(String name, Content content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(file)) {
      content.write(o);
    }
    return file;
  }
}
