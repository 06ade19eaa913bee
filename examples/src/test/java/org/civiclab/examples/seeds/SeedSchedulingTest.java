package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.PlanApplier;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.scheduling.ProgramScheduler;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.validation.ProgramValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of the five seed programs schedules with zero hard violations and stays valid. */
class SeedSchedulingTest {

  static Stream<SeedProgram> seeds() {
    return SeedPrograms.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void schedulesWithoutHardViolationsAndTheAppliedPlanIsValid(SeedProgram seed) {
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(50_000).build()).build()
        .plan(seed.program(), seed.directory());
    long hard = plan.violations().stream().filter(v -> v.level() == Level.HARD).count();
    assertEquals(0, hard, () -> plan.violations().toString());
    assertTrue(plan.isFeasible());
    Program applied = PlanApplier.apply(seed.program(), plan);
    assertTrue(ProgramValidator.validate(applied, seed.directory()).isValid(),
        () -> ProgramValidator.validate(applied, seed.directory()).toString());
    assertTrue(applied.sessions().stream().allMatch(s -> s.when().isPresent()),
        "every session placed");
    for (Session s : seed.program().sessions()) {
      s.when().ifPresent(w -> assertEquals(w, applied.sessions().stream()
          .filter(x -> x.id().equals(s.id())).findFirst().get().when().get(), s.id().value()));
    }
  }
}
