package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.json.CivicLabJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civiclab replan}: a trainer falls ill on the day of a session, and it moves. */
class ReplanCommandTest {
  private static final CivicLabJson JSON = CivicLabJson.create();

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path write(String name, IoWriter w) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(p)) {
      w.write(o);
    }
    return p;
  }

  interface IoWriter {
    void write(OutputStream out) throws IOException;
  }

  @Test
  void anIllPersonsEventMovesAndTheDiffSaysForWhom() throws IOException {
    SeedProgram brcko = SeedPrograms.all().get(1);
    Path p = write("brcko.json", o -> JSON.writeProgram(brcko.program(), o));
    Path d = write("directory.json", o -> JSON.writeDirectory(brcko.directory(), o));
    // the plan the command starts from, made the same way
    SchedulingProblem problem = Planning.scheduler(3, 1, Optional.empty())
        .toProblem(brcko.program(), brcko.directory());
    // an event the solver places: agreed (pinned) times never move, whoever falls ill
    Demand demand = problem.demands().stream()
        .filter(x -> x.pinned().isEmpty() && !x.requiredAttendees().isEmpty())
        .findFirst().orElseThrow();
    Placement first = Scheduler.builder().seed(3).stepLimit(20_000).build().solve(problem)
        .schedule().placements().get(demand.id());
    String who = demand.requiredAttendees().get(0);
    LocalDate day = problem.grid().dayOf(first.startGrain());
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "replan", p.toString(),
        "--directory", d.toString(), "--seed", "3", "--steps", "20000", "--unavailable",
        who + ":" + day + ".." + day);
    String text = out.toString();
    // the person may have sessions that day that no other day admits: then exit 1, and why
    assertTrue(code == 0 || (code == 1 && err.toString().contains("cannot be absorbed")),
        text + err);
    assertTrue(text.contains("unavailable " + day), text);
    assertTrue(text.contains("  moved "), text);
    assertTrue(problem.demands().contains(demand));
    assertTrue(text.contains("  for "), text);
  }

  @Test
  void aChangeIsRequiredAndAnUnknownPersonIsAUsageError() throws IOException {
    SeedProgram brcko = SeedPrograms.all().get(1);
    Path p = write("brcko.json", o -> JSON.writeProgram(brcko.program(), o));
    Path d = write("directory.json", o -> JSON.writeDirectory(brcko.directory(), o));
    assertEquals(2, Main.run(new PrintWriter(out), new PrintWriter(err), "replan",
        p.toString(), "--directory", d.toString()));
    assertEquals(2, Main.run(new PrintWriter(out), new PrintWriter(err), "replan",
        p.toString(), "--directory", d.toString(), "--unavailable", "nobody:2023-11-13"));
  }
}
