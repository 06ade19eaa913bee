package org.civiclab.examples.seeds;

import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.ProgramScheduler;
import org.civiclab.core.scheduling.Scheduler;

/** Seed programs as {@code demo} stores them: the planner's plan written into them. */
public final class Planned {
  private Planned() {}

  /**
   * @param seed a seed program, with only the times its text states
   * @return the same seed with every open event placed by the planner (seed 1, as demo)
   */
  public static SeedProgram of(SeedProgram seed) {
    Program program = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(100_000).build()).build()
        .plan(seed.program(), seed.directory()).applyTo(seed.program());
    return seed.withProgram(program);
  }
}
