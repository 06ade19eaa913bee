package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.examples.seeds.SeedAttendance;
import org.civiclab.ical.ICalExporter;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.json.CivicLabJson;
import org.civiclab.json.StreamingWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import}, {@code export} and {@code report} against the PostgreSQL server of
 * {@code CIVICLAB_PG_URL} (user and password from {@code CIVICLAB_PG_USER} and
 * {@code CIVICLAB_PG_PASSWORD}); fails without. Run with {@code -Dgroups=postgresql}.
 */
@Tag("postgresql")
class PostgresCommandsTest {
  private static final CivicLabJson JSON = CivicLabJson.create();

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", url(), "--db-user", env("CIVICLAB_PG_USER"), "--db-password",
        env("CIVICLAB_PG_PASSWORD")));
    return Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
  }

  private static String url() {
    String url = System.getenv("CIVICLAB_PG_URL");
    if (url == null || url.isEmpty()) {
      fail("the postgresql tests need a server: set CIVICLAB_PG_URL (bash .ci/postgres.sh start)");
    }
    return url;
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  private static int count(String text, String part) {
    return text.split(part, -1).length - 1;
  }

  @Test
  void importExportAndReportWorkOnPostgresql() throws Exception {
    SeedProgram seed = SeedPrograms.all().get(3);
    String id = seed.program().id().value();
    Path program = dir.resolve("program.json");
    Path directory = dir.resolve("directory.json");
    Path attendance = dir.resolve("attendance.json");
    try (OutputStream o = Files.newOutputStream(program)) {
      JSON.writeProgram(seed.program(), o);
    }
    try (OutputStream o = Files.newOutputStream(directory)) {
      JSON.writeDirectory(seed.directory(), o);
    }
    List<Attendance> records = SeedAttendance.generate(SeedPrograms.all().get(2).program(),
        DemoCommand.ATTENDANCE_BEFORE, 11);
    try (OutputStream o = Files.newOutputStream(attendance);
        StreamingWriter<Attendance> w = JSON.attendanceWriter(o)) {
      for (Attendance a : records) {
        w.write(a);
      }
    }

    // the mentor meetings are planned, not agreed: plan them first, as a coordinator would,
    // so that the stored program has events to put in a calendar
    Path planned = dir.resolve("planned.json");
    assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "schedule",
        program.toString(), "--directory", directory.toString(), "--out", planned.toString()),
        err.toString());
    Program plan;
    try (InputStream in = Files.newInputStream(planned)) {
      plan = JSON.readProgram(in, seed.directory());
    }
    int placed = count(ICalExporter.create().program(plan, seed.directory()), "BEGIN:VEVENT");
    assertTrue(placed > 0, "the schedule places the mentor meetings");

    assertEquals(0, run("import", directory.toString()), err.toString());
    assertEquals(0, run("import", planned.toString(), "--replace"), err.toString());
    assertTrue(out.toString().contains("program " + id), out.toString());
    assertEquals(0, run("import", attendance.toString()), err.toString());
    assertEquals(0, run("import", attendance.toString()), err.toString());
    assertTrue(out.toString().contains("imported 0 attendance records"), out.toString());

    Path to = dir.resolve("export");
    assertEquals(0, run("export", "--format", "json", "--program", id, "--out", to.toString()),
        err.toString());
    try (InputStream in = Files.newInputStream(to.resolve(id + ".json"))) {
      assertEquals(plan, JSON.readProgram(in, seed.directory()));
    }
    assertEquals(0, run("export", "--format", "ical", "--program", id, "--out", to.toString()),
        err.toString());
    String ics = Files.readString(to.resolve(id + ".ics"));
    assertEquals(placed, count(ics, "BEGIN:VEVENT"), ics);

    assertEquals(0, run("report", "--program", id, "--as-of", "2020-03-01"), err.toString());
    assertTrue(out.toString().contains("mentor-pair cadence adherence"), out.toString());
    assertTrue(out.toString().contains("digg-pair-8"), out.toString());
  }
}
