package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.jdbc.JdbcStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} end to end: what it stores reads back equal to what it built. */
class DemoEndToEndTest {

  @TempDir
  Path dir;

  private String lastOut = "";
  private String lastErr = "";

  private int demo(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("demo", "--db", dir.toString()));
    args.addAll(List.of(extra));
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    lastOut = out.toString();
    lastErr = err.toString();
    return code;
  }

  @Test
  void storesWhatItBuiltAndRunningTwiceChangesNothing() throws Exception {
    assertEquals(0, demo(), lastErr);
    assertTrue(Files.isRegularFile(dir.resolve("civiclab.mv.db")));
    List<DemoCommand.Built> built = new ArrayList<>();
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    long records = 0;
    for (SeedProgram s : SeedPrograms.all()) {
      DemoCommand.Built b = DemoCommand.build(s);
      built.add(b);
      directory = directory.merge(s.directory());
      records += b.attendance.size();
      assertTrue(b.program.sessions().stream().allMatch(x -> x.when().isPresent()),
          "every session of " + s.source() + " is scheduled");
    }
    assertTrue(records > 0);
    check(built, directory, records, 1);
    for (int i = 1; i <= 5; i++) {
      assertTrue(lastErr.contains("[" + i + "/5] storing"), lastErr);
      assertTrue(lastErr.contains("[" + i + "/5] scheduling"), lastErr);
    }

    assertEquals(0, demo(), lastErr);
    assertTrue(lastErr.contains("replaced, version 2, 0 attendance records appended"), lastErr);
    check(built, directory, records, 2);
  }

  private void check(List<DemoCommand.Built> built, DirectorySnapshot directory, long records,
      long version) {
    try (JdbcStores stores = JdbcStores.h2(dir.resolve("civiclab"))) {
      assertEquals(built.size(), stores.programs().ids().size());
      for (DemoCommand.Built b : built) {
        var stored = stores.programs().find(b.program.id()).orElseThrow();
        assertEquals(b.program, stored.value(), b.seed.source());
        assertEquals(version, stored.version());
      }
      assertEquals(directory, stores.directory().snapshot());
      assertEquals(records, stores.attendance().size());
      List<Attendance> all = new ArrayList<>();
      stores.attendance().forEach(all::add);
      assertEquals(all.size(), all.stream().distinct().count(), "no duplicate records");
    }
  }

  @Test
  void exportsJsonAndICalendarNextToTheDatabase() throws Exception {
    assertEquals(0, demo(), lastErr);
    Path export = dir.resolve("export");
    for (SeedProgram s : SeedPrograms.all()) {
      ProgramId id = s.program().id();
      Path json = export.resolve(id.value() + ".json");
      Path ics = export.resolve(id.value() + ".ics");
      try (var in = Files.newInputStream(json)) {
        Program read = Documents.json().readProgram(in, s.directory());
        assertEquals(DemoCommand.build(s).program, read, id.value());
      }
      assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"), id.value());
      assertTrue(lastOut.contains(json.toString()), json.toString());
    }
    assertTrue(Files.isRegularFile(export.resolve("directory.json")));
    assertTrue(Files.isRegularFile(export.resolve("attendance.json")));
  }

  @Test
  void printsTheScheduleWeekByWeekAndThePairsWithTheirRationale() {
    assertEquals(0, demo("--program", "003"), lastErr);
    assertTrue(lastOut.contains("Schedule (32 events, times in Europe/Stockholm)"), lastOut);
    // the planner places the meetings: some week of 2019 holds one of pair 1's, planned
    assertTrue(lastOut.matches("(?s).*\\n    2019-W\\d\\d\\n.*"), lastOut);
    assertTrue(lastOut.matches("(?s).*mentoring  digg-pair-1 meeting \\(planned\\).*"),
        lastOut);
    assertTrue(lastOut.matches("(?s).*Scheduling: .*, [1-9]\\d* steps.*"), lastOut);
    assertTrue(lastOut.contains("Mentor pairs (8)"), lastOut);
    assertTrue(lastOut.contains("      why: "), lastOut);
    assertTrue(lastOut.contains("Scheduling: 0 hard violations"), lastOut);
  }

  @Test
  void schedulesTheSessionsTheTextLeavesOpen() {
    assertEquals(0, demo("--program", "001"), lastErr);
    assertTrue(lastOut.contains("Schedule (8 events, times in Europe/Sarajevo)"), lastOut);
    assertTrue(lastOut.contains("2023-W46"), lastOut);
    assertTrue(lastOut.indexOf("Prvi dan modula 2") < lastOut.indexOf("Drugi dan modula 2"),
        "day 1 of module 2 comes first\n" + lastOut);
    assertTrue(lastOut.indexOf("Drugi dan modula 2") < lastOut.indexOf("Prvi dan modula 3"),
        lastOut);
    assertTrue(lastErr.contains("[1/1] scheduling brcko-diaspora ... 0 hard violations"),
        lastErr);
  }

  @Test
  void reportAndCsvExportWorkOnTheDemoData() throws Exception {
    assertEquals(0, demo(), lastErr);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "report", "--db",
        dir.toString(), "--as-of", "2024-12-31"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("Report on 5 program(s)"), text);
    assertTrue(text.contains("alumni per year"), text);
    assertTrue(text.contains("digg-pair-1"), "cadence adherence lists the pairs");
  }
}
