package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.scheduling.spi.PerDemandRule;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link Scheduler}'s builder bounds with their exact messages, its step limits (100,000 by
 * default, none with only a time limit, construction only at 0), the unimproved-step stop and
 * cancellation counted in steps; {@link Scheduler#evaluate} rejecting placements that do not
 * fit, each at {@code placements[<id>]}; {@link SolveStats#movesPerSecond()} by hand; and a
 * {@link PerDemandRule}'s penalty and message scaled by its weight, its constructor check and
 * {@link Rule#weighted}. No test depends on the clock: every stop is counted in steps.
 */
class SchedulerLimitsTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Sofia");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 24);

  /** Six 30-minute grains, 9:00 to 12:00; a room; an online and an in-person demand. */
  private static SchedulingProblem problem() {
    TimeGrid grid = TimeGrid.daily(ZONE, DateRange.day(DAY), d -> true, LocalTime.of(9, 0),
        LocalTime.of(12, 0), Duration.ofMinutes(30));
    return SchedulingProblem.builder().grid(grid).addLocations(Location.of("room", 10))
        .addParticipants(Participant.of("ana"), Participant.of("bo"))
        .addDemands(Demand.builder().id("call").durationGrains(1).online(true)
            .addRequiredAttendees("ana").build(),
            Demand.builder().id("talk").durationGrains(2).addRequiredAttendees("bo").build())
        .build();
  }

  /** Penalises each demand by its start grain plus one: never zero, so search never ends. */
  private static final class Late extends PerDemandRule {
    Late(String id, Level level, long weight) {
      super(id, level, weight);
    }

    @Override
    protected long penalty(ProblemView problem, int demand, int start, int location) {
      return start + 1L;
    }

    @Override
    protected String message(ProblemView problem, int demand, int start, int location) {
      return "'" + problem.demand(demand).id() + "' starts at grain " + start + " in "
          + (location < 0 ? "no room" : problem.location(location).id());
    }
  }

  private static Scheduler.Builder late() {
    return Scheduler.builder().rules(List.of(new Late("late", Level.SOFT, 1)));
  }

  @Test
  void theBuilderRejectsBoundsOutsideTheirRangeWithTheValue() {
    fails(() -> Scheduler.builder().stepLimit(-1), "step limit must not be negative, got -1");
    fails(() -> Scheduler.builder().timeLimit(Duration.ZERO),
        "time limit must be positive, got PT0S");
    fails(() -> Scheduler.builder().timeLimit(Duration.ofSeconds(-2)),
        "time limit must be positive, got PT-2S");
    fails(() -> Scheduler.builder().lateAcceptance(0),
        "late acceptance size must be at least 1, got 0");
    fails(() -> Scheduler.builder().unimprovedStepLimit(0),
        "unimproved step limit must be at least 1, got 0");
    fails(() -> Scheduler.builder().unimprovedTimeLimit(Duration.ZERO),
        "unimproved time limit must be positive, got PT0S");
    fails(() -> Scheduler.builder().unimprovedTimeLimit(Duration.ofMillis(-1)),
        "unimproved time limit must be positive, got PT-0.001S");
    // the smallest allowed values are taken, and each setter hands back the same builder
    Scheduler.Builder b = Scheduler.builder();
    assertSame(b, b.stepLimit(0));
    assertSame(b, b.timeLimit(Duration.ofNanos(1)));
    assertSame(b, b.lateAcceptance(1));
    assertSame(b, b.unimprovedStepLimit(1));
    assertSame(b, b.unimprovedTimeLimit(Duration.ofNanos(1)));
    assertSame(b, b.seed(7));
    assertSame(b, b.listener(new SolverListener() {}));
    assertSame(b, b.cancelWhen(() -> false));
    assertSame(b, b.rules(List.of()));
  }

  @Test
  void theStandardRulesComeByDefaultAndGivenRulesReplaceThem() {
    assertEquals(Rules.standard().stream().map(Rule::id).toList(),
        Scheduler.builder().build().rules().stream().map(Rule::id).toList());
    Rule late = new Late("late", Level.SOFT, 1);
    assertEquals(List.of(late), Scheduler.builder().rules(List.of(late)).build().rules());
  }

  @Test
  void withoutAnyLimitTheSearchTakesOneHundredThousandSteps() {
    SchedulingResult r = late().build().solve(problem());
    assertEquals(100_000, r.stats().steps());
    assertFalse(r.stats().cancelled());
  }

  @Test
  void aTimeLimitAloneSetsNoStepLimit() {
    // cancellation is polled every 1,024 steps, first at step 0: the 101st poll, at step
    // 102,400, is the first to cancel, past the 100,000 steps a step limit would allow
    AtomicInteger polls = new AtomicInteger();
    SchedulingResult r = late().timeLimit(Duration.ofDays(1))
        .cancelWhen(() -> polls.incrementAndGet() > 100).build().solve(problem());
    assertEquals(102_400, r.stats().steps());
    assertTrue(r.stats().cancelled());
    assertEquals(101, polls.get());
  }

  @Test
  void aGivenStepLimitHoldsWithOrWithoutATimeLimit() {
    assertEquals(1_500, late().stepLimit(1_500).build().solve(problem()).stats().steps());
    assertEquals(1_500, late().stepLimit(1_500).timeLimit(Duration.ofDays(1)).build()
        .solve(problem()).stats().steps());
  }

  @Test
  void aStepLimitOfZeroGivesTheConstructionOnly() {
    for (Scheduler s : List.of(late().stepLimit(0).build(),
        late().stepLimit(0).timeLimit(Duration.ofDays(1)).build())) {
      SchedulingResult r = s.solve(problem());
      assertEquals(0, r.stats().steps());
      assertFalse(r.stats().cancelled());
      // the construction puts each demand where it costs least: its first grain
      assertEquals(Map.of("call", Placement.online(0), "talk", Placement.of(0, "room")),
          r.schedule().placements());
      assertEquals(Score.of(0, 0, -2), r.schedule().score());
    }
  }

  @Test
  void theSearchStopsAfterTheGivenStepsWithoutABetterBest() {
    // the construction's schedule is already the best there is; nothing improves on it
    SchedulingResult r = late().unimprovedStepLimit(777).build().solve(problem());
    assertEquals(777, r.stats().steps());
    assertEquals(Score.of(0, 0, -2), r.schedule().score());
  }

  @Test
  void theListenerHearsTheConstructionAsTheFirstBestAndFeasible() {
    List<String> heard = new ArrayList<>();
    late().stepLimit(10).listener(new SolverListener() {
      @Override
      public void newBest(Score score, long step, Duration elapsed) {
        heard.add(score + " at " + step);
      }

      @Override
      public void firstFeasible(Duration elapsed) {
        heard.add("feasible");
      }
    }).build().solve(problem());
    assertTrue(heard.contains("0hard/0medium/-2soft at 0"), heard::toString);
    assertTrue(heard.contains("feasible"), heard::toString);
  }

  @Test
  void evaluateScoresAGivenPlanWithTheWeightedPenaltiesAndMessages() {
    Scheduler s = Scheduler.builder().rules(List.of(new Late("late", Level.MEDIUM, 3))).build();
    Schedule schedule = s.evaluate(problem(), Map.of("call", Placement.online(5),
        "talk", Placement.of(2, "room")));
    assertEquals(Score.of(0, -27, 0), schedule.score());
    assertEquals(List.of(
        Violation.builder().ruleId("late").level(Level.MEDIUM).penalty(18).addDemands("call")
            .message("'call' starts at grain 5 in no room").build(),
        Violation.builder().ruleId("late").level(Level.MEDIUM).penalty(9).addDemands("talk")
            .addSubjects("room").message("'talk' starts at grain 2 in room").build()),
        schedule.violations());
    assertEquals(Map.of("call", Placement.online(5), "talk", Placement.of(2, "room")),
        schedule.placements());
    assertEquals(Score.of(0, -6, 0), s.evaluate(problem(), Map.of("call", Placement.online(0),
        "talk", Placement.of(0, "room"))).score());
  }

  @Test
  void evaluateRejectsEveryPlacementThatDoesNotFitByItsDemand() {
    Scheduler s = late().build();
    rejects(() -> s.evaluate(problem(), Map.of("talk", Placement.of(0, "room"))),
        Problem.at("placements[call]", "demand has no placement"));
    rejects(() -> s.evaluate(problem(), Map.of("call", Placement.online(6),
        "talk", Placement.of(0, "room"))),
        Problem.at("placements[call]", "placement grain 6 online does not fit the problem"));
    rejects(() -> s.evaluate(problem(), Map.of("call", Placement.online(0),
        "talk", Placement.of(1, "attic"))),
        Problem.at("placements[talk]", "placement grain 1 in attic does not fit the problem"));
    rejects(() -> s.evaluate(problem(), Map.of("call", Placement.of(0, "attic"),
        "talk", Placement.of(1, "room"))),
        Problem.at("placements[call]", "placement grain 0 in attic does not fit the problem"));
    rejects(() -> s.evaluate(problem(), Map.of("call", Placement.of(0, "room"),
        "talk", Placement.online(1))),
        Problem.at("placements[call]", "placement grain 0 in room does not fit the problem"),
        Problem.at("placements[talk]", "placement grain 1 online does not fit the problem"));
    rejects(() -> s.evaluate(problem(), Map.of()),
        Problem.at("placements[call]", "demand has no placement"),
        Problem.at("placements[talk]", "demand has no placement"));
  }

  @Test
  void movesPerSecondCountsTheStepsOverTheSearchTimeOnly() {
    assertEquals(250, stats(Duration.ofSeconds(3), Duration.ofSeconds(1), 500).movesPerSecond());
    // truncated, not rounded: 1 step in 3 ns is 333,333,333.3 a second
    assertEquals(333_333_333, stats(Duration.ofNanos(10), Duration.ofNanos(7), 1)
        .movesPerSecond());
    assertEquals(1_000_000_000, stats(Duration.ofNanos(2), Duration.ofNanos(1), 1)
        .movesPerSecond());
    // no search time: no speed, even with steps
    assertEquals(0, stats(Duration.ofSeconds(2), Duration.ofSeconds(2), 500).movesPerSecond());
    assertEquals(0, stats(Duration.ofSeconds(1), Duration.ofSeconds(2), 500).movesPerSecond());
    assertEquals(0, stats(Duration.ofSeconds(3), Duration.ofSeconds(1), 0).movesPerSecond());
  }

  @Test
  void aPerDemandRuleNeedsAnIdAndAWeightOfAtLeastOne() {
    fails(() -> new Late("late", Level.SOFT, 0),
        "rule needs a non-blank id and a weight of at least 1, got 'late' and 0");
    fails(() -> new Late(" ", Level.SOFT, 1),
        "rule needs a non-blank id and a weight of at least 1, got ' ' and 1");
    fails(() -> new Late("", Level.HARD, 5),
        "rule needs a non-blank id and a weight of at least 1, got '' and 5");
    Late one = new Late("late", Level.HARD, 1);
    assertEquals(List.of("late", Level.HARD, 1L), List.of(one.id(), one.level(), one.weight()));
  }

  @Test
  void aWeightedRuleKeepsItsIdAndScoresAtItsNewLevelAndWeight() {
    Rule weighted = new Late("late", Level.SOFT, 2).weighted(Level.HARD, 5);
    assertEquals(List.of("late", Level.HARD, 5L),
        List.of(weighted.id(), weighted.level(), weighted.weight()));
    Schedule s = Scheduler.builder().rules(List.of(weighted)).build().evaluate(problem(),
        Map.of("call", Placement.online(1), "talk", Placement.of(3, "room")));
    assertEquals(Score.of(-30, 0, 0), s.score());
    assertEquals(List.of(20L, 10L), s.violations().stream().map(Violation::penalty).toList());
    assertEquals(List.of("'talk' starts at grain 3 in room", "'call' starts at grain 1 in no room"),
        s.violations().stream().map(Violation::message).toList());
    Rule once = new Late("late", Level.SOFT, 2).weighted(Level.MEDIUM, 1);
    assertEquals(1, once.weight());
    fails(() -> new Late("late", Level.SOFT, 2).weighted(Level.SOFT, 0),
        "weight of rule late must be at least 1, got 0");
    fails(() -> new Late("late", Level.SOFT, 2).weighted(Level.SOFT, -3),
        "weight of rule late must be at least 1, got -3");
  }

  private static SolveStats stats(Duration elapsed, Duration construction, long steps) {
    return SolveStats.builder().elapsed(elapsed).construction(construction).steps(steps)
        .cancelled(false).build();
  }

  private static void fails(Executable call, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  private static void rejects(Executable call, Problem... problems) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(List.of(problems), e.problems(), e::getMessage);
  }
}
