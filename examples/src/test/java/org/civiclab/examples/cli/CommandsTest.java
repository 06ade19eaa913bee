package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.examples.seeds.Planned;
import org.civiclab.examples.seeds.SeedAttendance;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.jdbc.JdbcStores;
import org.civiclab.json.CivicLabJson;
import org.civiclab.json.StreamingWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command but {@code demo}, in-process against files in a temporary directory. */
class CommandsTest {
  private static final CivicLabJson JSON = CivicLabJson.create();

  @TempDir
  Path dir;

  private StringWriter out;
  private StringWriter err;
  private SeedProgram seed;
  private Path program;
  private Path directory;
  private Path attendance;
  private List<Attendance> records;

  @BeforeEach
  void documents() throws IOException {
    seed = Planned.of(SeedPrograms.all().get(2));
    program = write("program.json", o -> JSON.writeProgram(seed.program(), o));
    directory = write("directory.json", o -> JSON.writeDirectory(seed.directory(), o));
    records = SeedAttendance.generate(seed.program(), DemoCommand.ATTENDANCE_BEFORE, 7);
    attendance = write("attendance.json", o -> {
      try (StreamingWriter<Attendance> w = JSON.attendanceWriter(o)) {
        for (Attendance a : records) {
          w.write(a);
        }
      }
    });
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private String db() {
    return dir.resolve("db").toString();
  }

  // ------------------------------------------------------------------ validate

  @Test
  void validateAcceptsEveryKindOfDocument() {
    assertEquals(0, run("validate", program.toString()), err.toString());
    assertTrue(out.toString().contains("valid program document (program "
        + seed.program().id()), out.toString());
    assertEquals(0, run("validate", program.toString(), "--directory", directory.toString()),
        err.toString());
    assertTrue(out.toString().contains("people and organisations checked against "
        + directory), out.toString());
    assertEquals(0, run("validate", directory.toString()), err.toString());
    assertTrue(out.toString().contains("valid directory document (48 people"), out.toString());
    assertEquals(0, run("validate", attendance.toString()), err.toString());
    assertTrue(out.toString().contains("valid attendance document (" + records.size()
        + " records)"), out.toString());
  }

  @Test
  void validateListsEveryProblemWithPathAndLine() throws IOException {
    // an unknown field and a session ending before it starts: both reported, with lines
    String text = JSON.toJson(seed.program())
        .replaceFirst("\"id\" *: *\"citizen-engagement-2024\"",
            "\"id\": \"citizen-engagement-2024\", \"colour\": \"red\"")
        .replaceFirst("2024-03-13T10:00", "2024-03-13T12:00");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, text);
    assertEquals(1, run("validate", bad.toString(), "--directory", directory.toString()));
    String e = err.toString();
    assertTrue(e.contains(bad + ": invalid, 2 problem(s)"), e);
    assertTrue(e.contains("bad.json:6:48: program.colour: unknown field 'colour'"), e);
    assertTrue(e.contains("program.editions[0].modules[0].sessions[0].when.end: end "
        + "2024-03-13T11:30 is not after start 2024-03-13T12:00"), e);
    assertTrue(e.lines().skip(1).allMatch(l -> l.matches(".*bad\\.json:\\d+:\\d+: program\\..*")),
        e);
  }

  @Test
  void validateFindsSessionsOutsideTheirModuleWindow() throws IOException {
    String text = JSON.toJson(seed.program())
        .replaceFirst("2024-03-13T10:00", "2024-05-13T10:00")
        .replaceFirst("2024-03-13T11:30", "2024-05-13T11:30");
    Path bad = dir.resolve("window.json");
    Files.writeString(bad, text);
    assertEquals(1, run("validate", bad.toString(), "--directory", directory.toString()));
    String e = err.toString();
    assertTrue(e.contains(bad + ": invalid, 2 problem(s)"), e);
    assertTrue(e.matches("(?s).*window\\.json:\\d+:\\d+: program\\.editions\\[0\\]\\.modules\\[0\\]"
        + "\\.sessions\\[0\\]\\.when\\.start: session starts on 2024-05-13, outside its "
        + "module's window 2024-03-13.*"), e);
  }

  @Test
  void validateFindsTheDirectoryNextToTheProgram() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("export"));
    Files.copy(program, folder.resolve("p.json"));
    Files.copy(directory, folder.resolve("directory.json"));
    assertEquals(0, run("validate", folder.resolve("p.json").toString()), err.toString());
    assertTrue(out.toString().contains("checked against " + folder.resolve("directory.json")),
        out.toString());
  }

  @Test
  void validateNamesAMissingPersonWhenGivenTheDirectory() throws IOException {
    Path empty = write("empty-directory.json", o -> JSON.writeDirectory(
        org.civiclab.core.store.DirectorySnapshot.builder().build(), o));
    assertEquals(1, run("validate", program.toString(), "--directory", empty.toString()));
    assertTrue(err.toString().contains("is not in the directory"), err.toString());
  }

  @Test
  void validateOfAMissingFileIsAUsageErrorAndNonJsonIsInvalidInput() throws IOException {
    assertEquals(2, run("validate", dir.resolve("nope.json").toString()));
    assertTrue(err.toString().contains("no such file"), err.toString());
    Path text = dir.resolve("text.json");
    Files.writeString(text, "hello");
    assertEquals(1, run("validate", text.toString()));
    assertTrue(err.toString().contains("text.json:1:"), err.toString());
  }

  // ------------------------------------------------------------------ import

  @Test
  void importStoresEachKindAndRefusesToOverwriteWithoutReplace() {
    assertEquals(0, run("import", directory.toString(), "--db", db(), "--create"), err.toString());
    assertTrue(out.toString().contains("imported 48 people and 1 organisations"), out.toString());
    assertEquals(0, run("import", program.toString(), "--db", db(), "--create"), err.toString());
    assertTrue(out.toString().contains("imported program citizen-engagement-2024 (version 1)"));
    assertEquals(0, run("import", attendance.toString(), "--db", db(), "--create"), err.toString());
    assertEquals(0, run("import", attendance.toString(), "--db", db(), "--create"), err.toString());
    assertTrue(out.toString().contains("imported 0 attendance records (" + records.size()
        + " already stored)"), out.toString());

    assertEquals(1, run("import", program.toString(), "--db", db(), "--create"));
    assertTrue(err.toString().contains("already stored (version 1); use --replace"));
    assertEquals(0, run("import", program.toString(), "--db", db(), "--create", "--replace"));
    assertTrue(out.toString().contains("replaced program citizen-engagement-2024 (version 2)"));

    try (JdbcStores stores = JdbcStores.h2(dir.resolve("db").resolve("civiclab"))) {
      assertEquals(seed.program(), stores.programs().find(seed.program().id()).get().value());
      assertEquals(seed.directory(), stores.directory().snapshot());
      assertEquals(records.size(), stores.attendance().size());
    }
  }

  @Test
  void importOfAProgramChecksItsPeopleAgainstTheStore() {
    assertEquals(1, run("import", program.toString(), "--db", db(), "--create"));
    assertTrue(err.toString().contains("is not in the directory"), err.toString());
    assertEquals(0, run("import", program.toString(), "--db", db(), "--create", "--unchecked"),
        err.toString());
  }

  // ------------------------------------------------------------------ export and report

  private void load() {
    assertEquals(0, run("import", directory.toString(), "--db", db(), "--create"), err.toString());
    assertEquals(0, run("import", program.toString(), "--db", db(), "--create"), err.toString());
    assertEquals(0, run("import", attendance.toString(), "--db", db(), "--create"), err.toString());
  }

  @Test
  void exportJsonWritesDocumentsThatReadBackEqual() throws IOException {
    load();
    Path to = dir.resolve("json");
    assertEquals(0, run("export", "--db", db(), "--format", "json", "--out", to.toString()),
        err.toString());
    assertTrue(out.toString().contains(to.resolve("citizen-engagement-2024.json").toString()));
    try (var in = Files.newInputStream(to.resolve("citizen-engagement-2024.json"))) {
      assertEquals(seed.program(), JSON.readProgram(in));
    }
    try (var in = Files.newInputStream(to.resolve("directory.json"))) {
      assertEquals(seed.directory(), JSON.readDirectory(in));
    }
    assertEquals(records, Documents.attendance(to.resolve("attendance.json")));
  }

  @Test
  void exportIcalWritesOneCalendarPerProgram() throws IOException {
    load();
    assertEquals(0, run("export", "--db", db(), "--format", "ical"), err.toString());
    Path ics = dir.resolve("db").resolve("export").resolve("citizen-engagement-2024.ics");
    String text = Files.readString(ics);
    assertTrue(text.startsWith("BEGIN:VCALENDAR"), text);
    assertEquals(seed.program().sessions().size(), count(text, "BEGIN:VEVENT"));
    assertTrue(text.contains("TZID=Europe/Brussels"));
  }

  @Test
  void exportCsvWritesTheAnalysisTables() throws IOException {
    load();
    Path to = dir.resolve("csv");
    assertEquals(0, run("export", "--db", db(), "--format", "csv", "--out", to.toString(),
        "--as-of", "2024-06-01"), err.toString());
    List<String> names;
    try (Stream<Path> files = Files.list(to)) {
      names = files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    assertEquals(18, names.size(), names.toString());
    assertTrue(names.contains("13-results-by-disaggregation.csv"), names.toString());
    assertTrue(names.contains("16-survey-means-by-audience.csv"), names.toString());
    assertTrue(names.contains("17-completion-per-person.csv"), names.toString());
    assertTrue(names.contains("12-results-framework-of-citizen-engagement-2024.csv"),
        names.toString());
    assertEquals("01-attendance-per-session.csv", names.get(0));
    String completion = Files.readString(to.resolve("04-completion-per-edition-and-track.csv"));
    assertTrue(completion.startsWith("program,edition,track,holding place,completed,rate"),
        completion);
    String sessions = Files.readString(to.resolve(names.get(0)), StandardCharsets.UTF_8);
    assertTrue(sessions.contains("citizen-engagement-2024"), sessions);
  }

  @Test
  void reportRendersEveryTable() {
    load();
    assertEquals(0, run("report", "--db", db(), "--as-of", "2024-06-01"), err.toString());
    String text = out.toString();
    for (String title : List.of("attendance per session", "attendance per module",
        "attendance per track", "completion per edition and track", "participation by country",
        "participation by sector", "alumni per year", "alumni per program",
        "mentor-pair cadence adherence", "outreach follow-up status as of 2024-06-01",
        "overdue outreach follow-ups as of 2024-06-01")) {
      assertTrue(text.contains(title), title);
    }
    assertTrue(text.contains("Report on 1 program(s)"), text);
    assertTrue(text.contains(records.size() + " attendance records"), text);
  }

  @Test
  void anUnknownProgramIsInvalidInput() {
    load();
    assertEquals(1, run("report", "--db", db(), "--program", "nope"));
    assertTrue(err.toString().contains("no program 'nope' in the store"), err.toString());
  }

  // ------------------------------------------------------------------ schedule

  @Test
  void schedulePrintsThePlanAndWritesTheProgramWithIt() throws IOException {
    SeedProgram brcko = SeedPrograms.all().get(1);
    Path p = write("brcko.json", o -> JSON.writeProgram(brcko.program(), o));
    Path d = write("brcko-directory.json", o -> JSON.writeDirectory(brcko.directory(), o));
    Path planned = dir.resolve("out").resolve("brcko-planned.json");
    assertEquals(0, run("schedule", p.toString(), "--directory", d.toString(), "--seed", "3",
        "--steps", "20000", "--out", planned.toString()), err.toString());
    String text = out.toString();
    assertTrue(text.contains("Plan for brcko-diaspora (8 events, times in Europe/Sarajevo)"),
        text);
    assertTrue(text.contains("  2023-W46\n"), text);
    assertTrue(text.contains("Violations: 0 hard violations"), text);
    assertTrue(text.contains("seed 3"), text);
    try (var in = Files.newInputStream(planned)) {
      Program read = JSON.readProgram(in, brcko.directory());
      assertTrue(read.sessions().stream().allMatch(s -> s.when().isPresent()), "all placed");
      assertEquals(brcko.program().sessions().size(), read.sessions().size());
    }
  }

  @Test
  void scheduleKeepsTheAgreedTuesdaySessionAtQuarterPastEleven() throws IOException {
    // agreed for Tuesday 11:15-13:00, off the 30-minute grid: it must not move
    SeedProgram brcko = SeedPrograms.all().get(1);
    Path p = write("brcko.json", o -> JSON.writeProgram(brcko.program(), o));
    Path d = write("brcko-directory.json", o -> JSON.writeDirectory(brcko.directory(), o));
    assertEquals(0, run("schedule", p.toString(), "--directory", d.toString(), "--steps",
        "5000"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("Tue 2023-11-14  11:15–13:00"), text);
    assertTrue(text.contains("Violations: 0 hard violations"), text);
  }

  @Test
  void scheduleTakesATimeLimitAndNeedsTheDirectory() throws IOException {
    assertEquals(0, run("schedule", program.toString(), "--directory", directory.toString(),
        "--time-limit", "2s"), err.toString());
    assertEquals(2, run("schedule", program.toString(), "--time-limit", "soon"));
    assertTrue(err.toString().contains("not a duration"), err.toString());
    Path alone = Files.createDirectories(dir.resolve("alone")).resolve("p.json");
    Files.copy(program, alone);
    assertEquals(2, run("schedule", alone.toString()));
    assertTrue(err.toString().contains("give --directory FILE"), err.toString());
  }

  @Test
  void anInfeasibleProgramExitsWithOneAndSaysWhy() throws IOException {
    // module 2's two open five-hour days squeezed into one day: they cannot both fit
    SeedProgram brcko = SeedPrograms.all().get(1);
    String text = JSON.toJson(brcko.program()).replace("\"end\":\"2023-12-08\"",
        "\"end\":\"2023-11-27\"").replace("\"end\" : \"2023-12-08\"", "\"end\" : \"2023-11-27\"");
    assertTrue(!text.contains("2023-12-08"), "the window was changed");
    Path bad = dir.resolve("squeezed.json");
    Files.writeString(bad, text);
    Path d = write("brcko-directory.json", o -> JSON.writeDirectory(brcko.directory(), o));
    int code = run("schedule", bad.toString(), "--directory", d.toString(), "--steps", "5000");
    assertEquals(1, code, out + "\n" + err);
    assertTrue(err.toString().contains("no schedule meets every hard rule for brcko-diaspora"),
        err.toString());
    assertTrue(out.toString().contains("HARD "), out.toString());
  }

  // ------------------------------------------------------------------ errors

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("export", "--db", db()));
    assertTrue(err.toString().contains("--format"), err.toString());
    assertEquals(2, run("export", "--db", db(), "--format", "xml"));
    assertEquals(2, run("import"));
    assertEquals(2, run("report", "--db", db(), "--as-of", "yesterday"));
  }

  @Test
  void anUnreachableDatabaseIsAStorageError() {
    assertEquals(3, run("report", "--db", "jdbc:postgresql://127.0.0.1:1/none",
        "--db-user", "x", "--db-password", "y"));
    assertTrue(err.toString().startsWith("storage error: "), err.toString());
    assertTrue(!err.toString().contains("\tat "), "no stack trace without --debug");
  }

  @Test
  void everyCommandHasHelpWithTheExitCodes() {
    for (String c : List.of("demo", "validate", "schedule", "import", "export", "report")) {
      assertEquals(0, run(c, "--help"), c);
      assertTrue(out.toString().contains("Exit codes: 0 ok"), c);
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

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
