package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.civiclab.core.scheduling.Conflict;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.scheduling.spi.RuleScorer;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The conflict minimizer called directly, with hand-made hard violations: where its filtering
 * starts, in which order it drops demands, when it may say "proven minimal", and the sentence
 * it writes, word for word.
 *
 * <p>Why no outcome here depends on how fast the machine is. The minimizer has a wall-clock
 * budget (its {@code deadline}, asked before each check and, through the sub-solve's cancel
 * hook, inside each one). Each test gives it one of three budgets:
 *
 * <ul>
 *   <li>{@link #AMPLE}, a day: no test runs that long, so the deadline never passes and only
 *       the check count ({@link ConflictMinimizer#MAX_CHECKS}) and the solver decide.
 *   <li>{@link Duration#ZERO}, and the test waits until {@link System#nanoTime()} has moved past
 *       the instant the minimizer was made ({@link #expired}): the deadline has then passed
 *       before the first check, whatever the machine. A sub-solve stops at step 0 either with
 *       the schedule its construction made, when that is feasible (it looks for feasibility
 *       before it asks the cancel hook), or cancelled; and the loop runs no check. So the
 *       answer is the starting set itself, or the whole problem when construction alone shows
 *       the starting set feasible.
 *   <li>A short budget that a test rule ({@link Stall}) waits out inside one chosen sub-solve,
 *       in {@link #aCheckCutShortByTheBudgetProvesNothing}. That test's expected answer is the
 *       same whether the deadline passes inside that sub-solve (the case it is there for) or,
 *       on a very slow machine, already before it: in both cases nothing was dropped and the
 *       result is not minimal. Only a later pass is impossible, because the stall waits for it.
 * </ul>
 *
 * <p>No test uses a budget between these, whose outcome would be a race. Sub-problems are
 * small: a check of an infeasible set runs its full {@link ConflictMinimizer#STEPS_PER_CHECK}
 * steps (no early stop there), a feasible one stops at its first feasible schedule.
 */
class ConflictMinimizerOracleTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  private static final LocalDate DAY = LocalDate.of(2025, 11, 13);
  /** A budget no test comes near: the deadline never passes. */
  private static final Duration AMPLE = Duration.ofDays(1);

  // ------------------------------------------------------------------ helpers

  /** One day's grains from 9:00 to {@code to}. */
  private static TimeGrid day(LocalTime to, Duration grain) {
    return TimeGrid.daily(ZONE, DateRange.day(DAY), d -> true, LocalTime.of(9, 0), to, grain);
  }

  /** Grains of one hour at 9:00, 10:00, ... on each day, {@code perDay[i]} of them on day i. */
  private static TimeGrid days(LocalDate first, int... perDay) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int i = 0; i < perDay.length; i++) {
      for (int g = 0; g < perDay[i]; g++) {
        starts.add(first.plusDays(i).atTime(9 + g, 0));
      }
    }
    return TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1)).grainStarts(starts)
        .build();
  }

  private static SchedulingProblem.Builder problem(TimeGrid grid) {
    return SchedulingProblem.builder().name("oracle").grid(grid)
        .addParticipant(Participant.builder().id("ana").name("Ana Petrović").build())
        .addParticipant(Participant.builder().id("bo").name("Bo Berg").build())
        .addParticipant(Participant.builder().id("cy").name("Cy Dale").build())
        .addParticipant(Participant.of("dan"))
        .addParticipant(Participant.of("vi"))
        .addParticipant(Participant.of("xo"));
  }

  private static Demand.Builder online(String id, int grains, String... attendees) {
    return Demand.builder().id(id).label("session " + id).durationGrains(grains).online(true)
        .addRequiredAttendees(attendees);
  }

  private static Violation hard(String rule, String... demands) {
    return Violation.builder().ruleId(rule).level(Level.HARD).penalty(1)
        .addDemands(demands).message("hand-made").build();
  }

  private static ConflictMinimizer.Result minimize(SchedulingProblem p, Duration budget,
      Violation... hard) {
    return new ConflictMinimizer(ProblemIndex.of(p), Rules.standard(), 1, budget)
        .minimize(List.of(hard)).orElseThrow();
  }

  /** A minimizer whose deadline has passed for certain: see the class comment. */
  private static ConflictMinimizer expired(SchedulingProblem p) {
    ConflictMinimizer m = new ConflictMinimizer(ProblemIndex.of(p), Rules.standard(), 1,
        Duration.ZERO);
    long made = System.nanoTime();
    while (System.nanoTime() <= made) {
      Thread.onSpinWait();
    }
    return m;
  }

  /** The conflict, with the minimizer's word that it is minimal. */
  private static Conflict proven(SchedulingProblem p, Violation... hard) {
    ConflictMinimizer.Result r = minimize(p, AMPLE, hard);
    assertTrue(r.minimal(), "proven minimal: " + r.conflict());
    return r.conflict();
  }

  private static SchedulingProblem oneTrainer(TimeGrid grid, int... grains) {
    SchedulingProblem.Builder b = problem(grid);
    for (int i = 0; i < grains.length; i++) {
      b.addDemand(online("s" + (i + 1), grains[i], "ana").build());
    }
    return b.build();
  }

  // ------------------------------------------------------------------ the starting set

  @Test
  void noDemandInViolationMeansNoConflict() {
    SchedulingProblem p = oneTrainer(day(LocalTime.of(13, 0), Duration.ofHours(1)), 2, 2, 2);
    ConflictMinimizer m = new ConflictMinimizer(ProblemIndex.of(p), Rules.standard(), 1, AMPLE);
    assertEquals(Optional.empty(), m.minimize(List.of()));
    assertEquals(Optional.empty(), m.minimize(List.of(hard("attendee-overlap"))));
  }

  @Test
  void theStartingSetIsTheDemandsInViolationTheirPeoplesOtherDemandsAndEveryInPersonOne() {
    // ana's three 2-hour sessions cannot share a 3-hour day, so the starting set is infeasible
    // and, with the deadline passed, comes back as it is
    SchedulingProblem p = problem(day(LocalTime.of(12, 0), Duration.ofHours(1)))
        .addLocations(Location.of("hall", 20))
        .addDemand(online("e", 1, "cy").online(false).build()) // in person: in
        .addDemand(online("d", 1, "bo").build()) // online, nobody of a or b: out
        .addDemand(online("c", 2, "dan", "ana").build()) // shares ana: in
        .addDemand(online("f", 1, "dan").build()) // dan is c's, not a's or b's: out
        .addDemand(online("b", 2, "ana").build())
        .addDemand(online("a", 2, "ana").build())
        .build();
    ConflictMinimizer.Result r = expired(p)
        .minimize(List.of(hard("attendee-overlap", "b", "a"))).orElseThrow();
    assertEquals(List.of("a", "b", "c", "e"), r.conflict().demands());
    assertFalse(r.minimal());
  }

  @Test
  void aStartingSetConstructionShowsFeasibleFallsBackToTheWholeProblem() {
    // the violations name vi's session alone, which fits; the conflict is ana's
    SchedulingProblem p = problem(day(LocalTime.of(13, 0), Duration.ofHours(1)))
        .addDemand(online("v", 1, "vi").build())
        .addDemand(online("s1", 2, "ana").build())
        .addDemand(online("s2", 2, "ana").build())
        .addDemand(online("s3", 2, "ana").build())
        .build();
    ConflictMinimizer.Result none = expired(p).minimize(List.of(hard("window", "v")))
        .orElseThrow();
    assertEquals(List.of("s1", "s2", "s3", "v"), none.conflict().demands());
    assertFalse(none.minimal());

    Conflict c = proven(p, hard("window", "v"));
    assertEquals(List.of("s1", "s2", "s3"), c.demands());
    assertEquals(List.of("window"), List.copyOf(c.rules()));
    assertEquals("three sessions of 2 h for Ana Petrović fit in no 4-hour day on 13 November",
        c.message());
  }

  @Test
  void eachCheckKeepsThePreviousPlacementsOfItsDemandsAndDropsTheOthers() {
    // two days of two hours; a (ana and cy, 2 h) goes first in construction and, left to
    // itself, takes day 1, the only day b (ana, 2 h, window day 1) may have. Its previous
    // placement on day 2 makes construction feasible; the previous placement of z, outside
    // the starting set, must not reach the sub-problem (it names a demand it does not have).
    SchedulingProblem.Builder b = problem(days(DAY, 2, 2))
        .addDemand(online("a", 2, "ana", "cy").build())
        .addDemand(online("b", 2, "ana").window(DateRange.day(DAY)).build())
        .addDemand(online("z", 1, "xo").build());
    SchedulingProblem withPrevious = b.putPreviousPlan("a", Placement.online(2))
        .putPreviousPlan("z", Placement.online(0)).build();
    ConflictMinimizer.Result r = expired(withPrevious)
        .minimize(List.of(hard("attendee-overlap", "a", "b"))).orElseThrow();
    // construction showed {a, b} feasible: the whole problem
    assertEquals(List.of("a", "b", "z"), r.conflict().demands());
    assertFalse(r.minimal());

    // without the previous plan, construction alone does not show {a, b} feasible
    SchedulingProblem without = SchedulingProblem.builder().from(withPrevious)
        .previousPlan(Map.of()).build();
    ConflictMinimizer.Result w = expired(without)
        .minimize(List.of(hard("attendee-overlap", "a", "b"))).orElseThrow();
    assertEquals(List.of("a", "b"), w.conflict().demands());
  }

  @Test
  void anOrderTowardsADemandLeftOutNoLongerBinds() {
    // s3 comes after y, which is not in the starting set: each sub-problem drops the order
    SchedulingProblem p = problem(day(LocalTime.of(13, 0), Duration.ofHours(1)))
        .addDemand(online("y", 1, "xo").build())
        .addDemand(online("s1", 2, "ana").build())
        .addDemand(online("s2", 2, "ana").build())
        .addDemand(online("s3", 2, "ana").addAfter("y").build())
        .build();
    Conflict c = proven(p, hard("attendee-overlap", "s1", "s2", "s3"));
    assertEquals(List.of("s1", "s2", "s3"), c.demands());
  }

  // ------------------------------------------------------------------ filtering

  @Test
  void demandsNotInViolationAreDroppedFirst() {
    // a (ana and bo) clashes with b (ana) and with x (bo) in a 3-hour day; b and x fit.
    // {a, b} and {a, x} are both minimal: trying x first leaves {a, b}, the demands in
    // violation; trying in the problem's order (a, b, x) would keep a, drop b, keep x.
    SchedulingProblem p = problem(day(LocalTime.of(12, 0), Duration.ofHours(1)))
        .addDemand(online("a", 2, "ana", "bo").build())
        .addDemand(online("b", 2, "ana").build())
        .addDemand(online("x", 2, "bo").build())
        .build();
    Conflict c = proven(p, hard("attendee-overlap", "a", "b"));
    assertEquals(List.of("a", "b"), c.demands());
  }

  @Test
  void demandsComeOutSortedAndEachRuleOnceSortedFromEveryViolationWithADemand() {
    SchedulingProblem p = problem(day(LocalTime.of(13, 0), Duration.ofHours(1)))
        .addDemand(online("s3", 2, "ana").build())
        .addDemand(online("s1", 2, "ana").build())
        .addDemand(online("s2", 2, "ana").build())
        .build();
    Conflict c = proven(p, hard("window", "s3"), hard("attendee-overlap", "s3", "s1"),
        hard("capacity"), hard("attendee-overlap", "s2", "s1"), hard("closed-days", "s2"));
    assertEquals(List.of("s1", "s2", "s3"), c.demands());
    assertEquals(List.of("attendee-overlap", "closed-days", "window"), List.copyOf(c.rules()));
  }

  @Test
  void aDemandThatFitsNowhereAloneIsAConflictOfOne() {
    // a 5-hour session in a 4-hour day; s2 is dropped, and s1 is not tried against nothing
    SchedulingProblem p = oneTrainer(day(LocalTime.of(13, 0), Duration.ofHours(1)), 5, 1);
    ConflictMinimizer.Result r = minimize(p, AMPLE, hard("grid-fit", "s1"));
    assertEquals(List.of("s1"), r.conflict().demands());
    assertTrue(r.minimal());
  }

  // ------------------------------------------------------------------ the check budget

  /**
   * ana's {@code n} one-grain sessions in {@code n - 1} grains of 5 minutes, and bo's session,
   * which is not in the starting set. Every one-smaller set fits, so the filtering drops
   * nothing: one check for the starting set and one per demand.
   */
  private static SchedulingProblem crowded(int n) {
    SchedulingProblem.Builder b = problem(day(LocalTime.of(9, 0).plusMinutes(5L * (n - 1)),
        Duration.ofMinutes(5)));
    b.addDemand(online("bo", 1, "bo").build());
    for (int i = 1; i <= n; i++) {
      b.addDemand(online(String.format("s%02d", i), 1, "ana").build());
    }
    return b.build();
  }

  private static List<String> sessions(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(String.format("s%02d", i));
    }
    return ids;
  }

  @Test
  void aStartingSetOfOneFewerDemandsThanChecksIsProvenMinimal() {
    int n = ConflictMinimizer.MAX_CHECKS - 1;
    ConflictMinimizer.Result r = minimize(crowded(n), AMPLE, hard("attendee-overlap", "s01"));
    assertEquals(sessions(n), r.conflict().demands());
    assertTrue(r.minimal());
  }

  @Test
  void aStartingSetOfAsManyDemandsAsChecksRunsOutBeforeTheLastDemand() {
    int n = ConflictMinimizer.MAX_CHECKS;
    ConflictMinimizer.Result r = minimize(crowded(n), AMPLE, hard("attendee-overlap", "s01"));
    assertEquals(sessions(n), r.conflict().demands());
    assertFalse(r.minimal());
  }

  /** Waits, when bound to a problem of {@code demands} demands, until {@code until}. */
  private static final class Stall implements Rule {
    final int demands;
    long until;
    int stalls;

    Stall(int demands) {
      this.demands = demands;
    }

    @Override
    public String id() {
      return "stall";
    }

    @Override
    public Level level() {
      return Level.SOFT;
    }

    @Override
    public long weight() {
      return 1;
    }

    @Override
    public RuleScorer bind(ProblemView problem) {
      if (problem.demandCount() == demands) {
        stalls++;
        while (System.nanoTime() <= until) {
          LockSupport.parkNanos(1_000_000);
        }
      }
      return new RuleScorer() {
        @Override
        public long insert(int demand, int start, int location, PlanView plan) {
          return 0;
        }

        @Override
        public long retract(int demand, int start, int location, PlanView plan) {
          return 0;
        }

        @Override
        public void explain(PlanView plan, Sink out) {}
      };
    }
  }

  @Test
  void aCheckCutShortByTheBudgetProvesNothing() {
    // v fits alone, so the filtering falls back to all five demands and tries x first: the
    // four left cannot fit, and the budget passes while that check runs (the stall waits for
    // it). Had the cut-short check counted as "infeasible", x would have been dropped.
    SchedulingProblem p = problem(day(LocalTime.of(13, 0), Duration.ofHours(1)))
        .addDemand(online("v", 1, "vi").build())
        .addDemand(online("x", 1, "xo").build())
        .addDemand(online("s1", 2, "ana").build())
        .addDemand(online("s2", 2, "ana").build())
        .addDemand(online("s3", 2, "ana").build())
        .build();
    Duration budget = Duration.ofMillis(200);
    Stall stall = new Stall(4);
    List<Rule> rules = new ArrayList<>(Rules.standard());
    rules.add(stall);
    ConflictMinimizer m = new ConflictMinimizer(ProblemIndex.of(p), rules, 1, budget);
    // the deadline is at most this plus the budget: the stall ends after it
    stall.until = System.nanoTime() + budget.toNanos();
    ConflictMinimizer.Result r = m.minimize(List.of(hard("window", "v"))).orElseThrow();
    assertEquals(List.of("s1", "s2", "s3", "v", "x"), r.conflict().demands());
    assertFalse(r.minimal());
    assertTrue(stall.stalls <= 1, "no check after the cut-short one");
  }

  // ------------------------------------------------------------------ the sentence

  @Test
  void sessionsOfDifferentLengthsReadAsARange() {
    SchedulingProblem p = oneTrainer(day(LocalTime.of(14, 0), Duration.ofHours(1)), 1, 2, 3);
    assertEquals("three sessions of 1 h to 3 h for Ana Petrović fit in no 5-hour day on"
        + " 13 November", proven(p, hard("attendee-overlap", "s1", "s2", "s3")).message());
  }

  @Test
  void aLengthThatIsNoWholeHourReadsInMinutes() {
    SchedulingProblem p = oneTrainer(day(LocalTime.of(13, 0), Duration.ofMinutes(30)), 3, 3,
        3);
    assertEquals("three sessions of 90 min for Ana Petrović fit in no 4-hour day on"
        + " 13 November", proven(p, hard("attendee-overlap", "s1")).message());
  }

  @Test
  void theDayIsTheLongestDayOfTheGridAndTheDatesSpanItWithinAMonth() {
    // 3 hours on the 13th, 5 on the 14th: nine 1-hour sessions do not fit in 8
    SchedulingProblem p = oneTrainer(days(DAY, 3, 5), 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertEquals("nine sessions of 1 h for Ana Petrović fit in no 5-hour day between 13 and"
        + " 14 November", proven(p, hard("attendee-overlap", "s1")).message());
  }

  @Test
  void datesAcrossAMonthNameBothMonths() {
    SchedulingProblem p = oneTrainer(days(LocalDate.of(2025, 11, 30), 2, 2), 1, 1, 1, 1, 1);
    assertEquals("five sessions of 1 h for Ana Petrović fit in no 2-hour day between"
        + " 30 November and 1 December", proven(p, hard("attendee-overlap", "s1")).message());
  }

  @Test
  void theDatesAreTheSessionsWindowsWithinTheGrid() {
    // 10 to 14 November, one hour a day; three sessions with windows within 11 to 12 November
    SchedulingProblem p = problem(days(LocalDate.of(2025, 11, 10), 1, 1, 1, 1, 1))
        .addDemand(online("s1", 1, "ana")
            .window(DateRange.of(LocalDate.of(2025, 11, 11), LocalDate.of(2025, 11, 12))).build())
        .addDemand(online("s2", 1, "ana").window(DateRange.day(LocalDate.of(2025, 11, 12)))
            .build())
        .addDemand(online("s3", 1, "ana")
            .window(DateRange.of(LocalDate.of(2025, 11, 11), LocalDate.of(2025, 11, 12))).build())
        .build();
    assertEquals("three sessions of 1 h for Ana Petrović fit in no 1-hour day between 11 and"
        + " 12 November", proven(p, hard("window", "s1")).message());
  }

  @Test
  void windowsReachingBeforeTheGridStartWithIt() {
    SchedulingProblem p = problem(days(LocalDate.of(2025, 11, 10), 1, 1, 1))
        .addDemand(online("s1", 1, "ana")
            .window(DateRange.of(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 10))).build())
        .addDemand(online("s2", 1, "ana")
            .window(DateRange.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 10))).build())
        .build();
    assertEquals("two sessions of 1 h for Ana Petrović fit in no 1-hour day on 10 November",
        proven(p, hard("attendee-overlap", "s1", "s2")).message());
  }

  @Test
  void windowsReachingPastTheGridEndWithIt() {
    SchedulingProblem p = problem(days(LocalDate.of(2025, 11, 10), 1, 1, 1))
        .addDemand(online("s1", 1, "ana")
            .window(DateRange.of(LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 30))).build())
        .addDemand(online("s2", 1, "ana")
            .window(DateRange.of(LocalDate.of(2025, 11, 12), LocalDate.of(2025, 12, 5))).build())
        .build();
    assertEquals("two sessions of 1 h for Ana Petrović fit in no 1-hour day on 12 November",
        proven(p, hard("attendee-overlap", "s1", "s2")).message());
  }

  @Test
  void everyoneTheSessionsShareIsNamedInTheOrderOfTheParticipants() {
    // bo is listed before ana in the sessions, after her among the participants
    SchedulingProblem p = problem(day(LocalTime.of(12, 0), Duration.ofHours(1)))
        .addDemand(online("s1", 2, "bo", "ana").build())
        .addDemand(online("s2", 2, "bo", "ana", "cy").build())
        .build();
    assertEquals("two sessions of 2 h for Ana Petrović and Bo Berg fit in no 3-hour day on"
        + " 13 November", proven(p, hard("attendee-overlap", "s1", "s2")).message());
  }

  @Test
  void sessionsSharingNobodyAreListedByLabel() {
    // each pair shares someone, so the three need three hours; nobody is in all three
    SchedulingProblem p = problem(day(LocalTime.of(11, 0), Duration.ofHours(1)))
        .addDemand(online("c", 1, "cy", "ana").label("closing").build())
        .addDemand(online("a", 1, "ana", "bo").label("opening").build())
        .addDemand(online("b", 1, "bo", "cy").label("workshop").build())
        .build();
    assertEquals("opening, workshop, closing cannot all take place on 13 November",
        proven(p, hard("attendee-overlap", "a", "b")).message());
  }

  @Test
  void twelveSessionsAreSpelledOutAndThirteenAreNot() {
    SchedulingProblem twelve = oneTrainer(day(LocalTime.of(20, 0), Duration.ofHours(1)),
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertEquals("twelve sessions of 1 h for Ana Petrović fit in no 11-hour day on 13 November",
        proven(twelve, hard("attendee-overlap", "s1")).message());
    SchedulingProblem thirteen = oneTrainer(day(LocalTime.of(21, 0), Duration.ofHours(1)),
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertEquals("13 sessions of 1 h for Ana Petrović fit in no 12-hour day on 13 November",
        proven(thirteen, hard("attendee-overlap", "s1")).message());
  }
}
