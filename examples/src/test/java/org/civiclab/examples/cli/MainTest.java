package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void demoSummarisesEveryProgramWithoutProblems() {
    assertEquals(0, run("demo", "--db", dir.toString()), err.toString());
    String text = out.toString();
    for (SeedProgram s : SeedPrograms.all()) {
      assertTrue(text.contains(s.program().title().text()), s.source());
      assertTrue(text.contains("[" + s.program().id() + "]"), s.source());
    }
    assertEquals(5, count(text, "Validation: OK (0 problems)"));
    assertTrue(text.contains("5 program(s), 0 problem(s) in total."));
  }

  @Test
  void demoShowsTheFactsThatMatter() {
    assertEquals(0, run("demo", "--db", dir.toString(), "--details"), err.toString());
    String text = out.toString();
    // the planner places the citizen-engagement sessions inside the stated hours of each day
    assertTrue(text.contains("Wed 2024-03-13  10:00–11:30  session"), "day 1 start");
    assertTrue(text.contains("Wed 2024-03-13  15:00–17:00  session"), "day 1 end");
    assertTrue(text.contains("Wed 2024-03-20  10:00–11:30  session"), "day 2 start");
    assertTrue(text.contains("Mon 2023-11-13  09:00–10:30  Europe/Sarajevo"));
    assertTrue(text.contains("REVERSE, 2 per term"));
    assertTrue(text.contains("digg-pair-3 meeting (planned)"), "mentor meetings are planned");
    assertTrue(text.contains("sectors (5): CIVIL_SOCIETY, GOVERNMENT, PRIVATE, MEDIA, ACADEMIA"));
    assertTrue(text.contains("focus: global styrning / global governance"));
    assertTrue(text.contains("Alumni: 204 people completed an edition"));
    assertTrue(text.contains("Онлайн обучение"), "Bulgarian title");
    assertTrue(text.contains("სამოქალაქო საზოგადოების ჩართულობის პროგრამა"), "Georgian title");
  }

  @Test
  void demoCanShowOneProgramWithItsAssumptions() {
    assertEquals(0, run("demo", "--db", dir.toString(), "--program", "002", "--assumptions"));
    String text = out.toString();
    assertTrue(text.contains("citizen-engagement-2024"));
    assertTrue(text.contains("Assumptions:"));
    assertTrue(text.contains("1 program(s), 0 problem(s) in total."));
  }

  @Test
  void unknownProgramIsAUsageError() {
    assertEquals(2, run("demo", "--db", dir.toString(), "--program", "999"));
    assertTrue(err.toString().contains("999"));
  }

  @Test
  void helpWorksAndAMissingCommandIsAUsageError() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("demo"));
    assertEquals(2, run());
    assertTrue(err.toString().contains("Missing command"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void versionComesFromTheManifestAndSaysSoWhenThereIsNone() {
    assertEquals("civiclab 1.2.3", VersionProvider.text(java.util.Optional.of("1.2.3")));
    // the tests run on target/classes, which have no manifest
    assertEquals(0, run("--version"), err.toString());
    assertEquals("civiclab (version unknown: not run from a built jar)", out.toString().strip());
  }
}
