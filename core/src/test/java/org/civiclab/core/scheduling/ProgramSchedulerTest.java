package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each seed-like program shape schedules with zero hard violations. */
class ProgramSchedulerTest {

  static Stream<ProgramShapes.Shape> shapes() {
    return ProgramShapes.all().stream();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void schedulesWithZeroHardViolations(ProgramShapes.Shape shape) {
    ProgramScheduler ps = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(30_000).build()).build();
    ProgramPlan plan = ps.plan(shape.program(), shape.directory());
    assertTrue(plan.isFeasible(), () -> shape + ": " + plan.result().infeasibility());
    assertTrue(plan.result().schedule().hardViolations().isEmpty());
    assertFalse(plan.events().isEmpty());
    SchedulingProblem problem = ps.toProblem(shape.program(), shape.directory());
    assertEquals(List.of(), new NaiveChecker(problem).hardViolations(
        plan.result().schedule().placements()), shape.toString());
    // every attendee's own working hours hold, in their own zone
    for (PlannedEvent e : plan.events()) {
      // a visit's days run through weekends and nights; its visitors are only kept free
      for (var id : e.kind() == PlannedEvent.Kind.VISIT ? List.<PersonId>of() : e.attendees()) {
        Person p = shape.directory().person(id).orElseThrow();
        assertTrue(p.workingHours().contains(e.when()), () -> e + " outside hours of " + p);
      }
    }
  }

  @Test
  void mentoringMeetsTheCadenceInEveryTermAndAvoidsHolidays() {
    ProgramShapes.Shape shape = ProgramShapes.all().get(1);
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(20_000).build()).build()
        .plan(shape.program(), shape.directory());
    // 8 pairs, 2 terms, 2 per term
    assertEquals(32, plan.events().size());
    ZoneId zone = shape.program().zone();
    for (PlannedEvent e : plan.events()) {
      assertEquals(zone, e.when().zone());
      assertFalse(shape.program().holidays().orElseThrow().isHoliday(e.when().day()));
    }
  }

  @Test
  void applyingAPlanIsOneCallOnThePlan() {
    ProgramShapes.Shape shape = ProgramShapes.all().get(0);
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(5_000).build()).build()
        .plan(shape.program(), shape.directory());
    assertEquals(PlanApplier.apply(shape.program(), plan), plan.applyTo(shape.program()));
  }
}
