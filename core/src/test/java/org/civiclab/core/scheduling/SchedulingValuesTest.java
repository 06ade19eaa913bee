package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The scheduling value types: {@link Score}'s order against a naive level-by-level comparison
 * and its levels, what {@link Schedule}, {@link Infeasibility}, {@link Conflict}, {@link
 * Violation}, {@link Placement} and {@link Occurrence} derive and print, {@link TimeGrid}'s
 * grains, steps and spans, {@link PlanChange}'s one-line changes, and each value's checks with
 * their exact paths and messages.
 */
class SchedulingValuesTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);

  @Property(tries = 200)
  void scoresCompareHardThenMediumThenSoft(@ForAll @LongRange(min = -2, max = 1) long h1,
      @ForAll @LongRange(min = -2, max = 1) long m1, @ForAll @LongRange(min = -2, max = 1) long s1,
      @ForAll @LongRange(min = -2, max = 1) long h2, @ForAll @LongRange(min = -2, max = 1) long m2,
      @ForAll @LongRange(min = -2, max = 1) long s2) {
    Score a = Score.of(h1, m1, s1);
    Score b = Score.of(h2, m2, s2);
    int naive = h1 != h2 ? Long.compare(h1, h2) : m1 != m2 ? Long.compare(m1, m2)
        : Long.compare(s1, s2);
    assertEquals(naive, Integer.signum(a.compareTo(b)));
    assertEquals(naive == 0, a.equals(b));
    assertEquals(h1 >= 0, a.isFeasible());
    assertEquals(List.of(h1, m1, s1), List.of(a.at(Level.HARD), a.at(Level.MEDIUM),
        a.at(Level.SOFT)));
    assertEquals(h1 + "hard/" + m1 + "medium/" + s1 + "soft", a.toString());
  }

  @Test
  void theZeroScoreIsPerfectAndFeasible() {
    assertEquals(Score.of(0, 0, 0), Score.zero());
    assertTrue(Score.zero().isFeasible());
    assertFalse(Score.of(-1, 0, 0).isFeasible());
    assertEquals("0hard/-293medium/-9285soft", Score.of(0, -293, -9285).toString());
  }

  @Test
  void aScheduleKnowsItsPlacementsFeasibilityAndHardViolations() {
    Violation hard = violation(Level.HARD, 2, "clash");
    Violation soft = violation(Level.SOFT, 5, "late");
    Violation medium = violation(Level.MEDIUM, 1, "absent");
    Schedule s = Schedule.builder().placements(Map.of("a", Placement.of(1, "room")))
        .score(Score.of(-2, -1, -5)).addViolations(hard, medium, soft).build();
    assertFalse(s.isFeasible());
    assertEquals(List.of(hard), s.hardViolations());
    assertEquals(Optional.of(Placement.of(1, "room")), s.placementOf("a"));
    assertEquals(Optional.empty(), s.placementOf("b"));
    assertTrue(Schedule.builder().score(Score.of(0, -3, 0)).build().isFeasible());
    assertEquals("HARD attendee-overlap (-2): clash", hard.toString());
  }

  @Test
  void infeasibilityAndConflictsPrintTheirSentences() {
    Conflict c = Conflict.builder().addDemands("a", "b").addRules("attendee-overlap")
        .message("a and b clash").build();
    assertEquals("a and b clash [attendee-overlap]", c.toString());
    Infeasibility proven = Infeasibility.builder().addConflicts(c, c).proven(true).build();
    assertEquals("infeasible:\n  a and b clash [attendee-overlap]\n  a and b clash "
        + "[attendee-overlap]", proven.toString());
    assertFalse(proven.minimal());
    Infeasibility found = Infeasibility.builder().proven(false).build();
    assertEquals("no feasible schedule found:", found.toString());
  }

  @Test
  void placementsPrintTheirGrainAndRoom() {
    assertEquals("grain 3 in hall", Placement.of(3, "hall").toString());
    assertEquals("grain 0 online", Placement.online(0).toString());
    assertEquals(Optional.empty(), Placement.online(0).location());
    rejects(() -> Placement.online(-1), "startGrain", "start grain -1 must not be negative");
  }

  @Test
  void valuesRejectWhatCannotBe() {
    rejects(() -> Travel.of("a", "b", -1), "grains", "travel time -1 must not be negative");
    assertEquals(0, Travel.of("a", "b", 0).grains());
    rejects(() -> violation(Level.SOFT, 0, "x"), "penalty",
        "a violation's penalty must be positive, got 0");
    rejects(() -> Location.of("room", -1), "capacity", "capacity -1 must not be negative");
    assertEquals("room", Location.of("room", 0).site());
    rejects(() -> Quorum.builder().name("board").addMembers("a", "b").atLeast(3).build(),
        "atLeast", "at least 3 of 2 members cannot be asked for");
    rejects(() -> Quorum.builder().name("board").addMembers("a").atLeast(0).build(),
        "atLeast", "at least 0 of 1 members cannot be asked for");
    assertEquals(2, Quorum.builder().name("board").addMembers("a", "b").atLeast(2).build()
        .atLeast());
    rejects(() -> Quorum.builder().name(" ").addMembers("a").build(), "name",
        "must not be blank");
    rejects(() -> Demand.builder().id("d").durationGrains(0).build(), "durationGrains",
        "duration 0 must be at least one grain");
    rejects(() -> Demand.builder().id("d").durationGrains(1).addAfter("d").build(), "after",
        "demand 'd' cannot come after itself");
    rejects(() -> Demand.builder().id("d").durationGrains(1).addRequiredAttendees("a", "a")
        .build(), "requiredAttendees[1]", "participant 'a' is listed twice");
    rejects(() -> Demand.builder().id("d").durationGrains(1).travelDaysAfter(1).build(),
        "travelDaysBefore", "only a whole-day demand has travel days");
    rejects(() -> Demand.builder().id("d").durationGrains(1).wholeDays(true)
        .travelDaysBefore(-1).build(), "travelDaysBefore",
        "travel days must not be negative, got -1 before and 0 after");
    rejects(() -> Demand.builder().id("d").durationGrains(1).online(true)
        .pinned(Placement.of(0, "r")).build(), "pinned",
        "an online demand is pinned without location, got grain 0 in r");
    rejects(() -> Demand.builder().id("d").durationGrains(1).pinned(Placement.online(0))
        .build(), "pinned", "an in-person demand is pinned to a location, got grain 0 online");
  }

  @Test
  void aDemandNeedsASeatPerPersonOnce() {
    Demand plain = Demand.builder().id("d").durationGrains(1).addRequiredAttendees("a", "b")
        .addPreferredAttendees("c").build();
    assertEquals(3, plain.capacityNeed());
    Demand quorum = Demand.builder().id("q").durationGrains(1).addRequiredAttendees("a")
        .addPreferredAttendees("b").addQuorums(Quorum.of("board", "a", "c", "d")).build();
    assertEquals(4, quorum.capacityNeed());
    // somebody both required and preferred takes one seat, with or without quorums
    Demand both = Demand.builder().id("b").durationGrains(1).addRequiredAttendees("a", "b")
        .addPreferredAttendees("b").build();
    assertEquals(2, both.capacityNeed());
    assertEquals("q", quorum.label());
  }

  @Test
  void anOccurrenceIsReachableWhileADayIsOpenAndBecomesADemand() {
    DateRange w = DateRange.of(MONDAY, MONDAY.plusDays(1));
    Occurrence open = Occurrence.builder().number(2).period("spring").window(w)
        .addClosedDays(MONDAY).build();
    assertTrue(open.reachable());
    assertFalse(Occurrence.builder().from(open).addClosedDays(MONDAY.plusDays(1)).build()
        .reachable());
    assertEquals("spring #2 " + w, open.toString());
    Demand d = open.toDemand(Demand.builder().id("pair").label("pair 1").durationGrains(1)
        .online(true).build());
    assertEquals("pair#2", d.id());
    assertEquals("pair 1, spring, meeting 2", d.label());
    assertEquals(Optional.of(w), d.window());
    assertEquals(List.of(MONDAY), List.copyOf(d.closedDays()));
    rejects(() -> Occurrence.builder().number(0).period("p").window(w).build(), "number",
        "occurrence number 0 must be at least 1");
    rejects(() -> Occurrence.builder().number(1).period("p").window(w)
        .addClosedDays(MONDAY.plusDays(2)).build(), "closedDays",
        "closed days must lie in the window " + w);
    rejects(() -> Occurrence.builder().number(1).period("p").window(w)
        .addClosedDays(MONDAY.minusDays(1)).build(), "closedDays",
        "closed days must lie in the window " + w);
  }

  @Test
  void aDailyGridHasWholeGrainsOnTheAcceptedDaysOnly() {
    // Monday to Wednesday, Tuesday filtered out, 9:00 to 10:40 in 30-minute grains
    TimeGrid g = TimeGrid.daily(ZONE, DateRange.of(MONDAY, MONDAY.plusDays(2)),
        d -> d.getDayOfWeek().getValue() != 2, LocalTime.of(9, 0), LocalTime.of(10, 40),
        Duration.ofMinutes(30));
    assertEquals(List.of(MONDAY.atTime(9, 0), MONDAY.atTime(9, 30), MONDAY.atTime(10, 0),
        MONDAY.plusDays(2).atTime(9, 0), MONDAY.plusDays(2).atTime(9, 30),
        MONDAY.plusDays(2).atTime(10, 0)), g.grainStarts());
    assertEquals(6, g.size());
    assertEquals(MONDAY.plusDays(2), g.dayOf(3));
    assertEquals(TimeSpan.starting(MONDAY.atTime(9, 30), Duration.ofMinutes(90), ZONE),
        g.span(1, 3));
    TimeGrid exact = TimeGrid.daily(ZONE, DateRange.day(MONDAY), d -> true, LocalTime.of(9, 0),
        LocalTime.of(10, 0), Duration.ofMinutes(30));
    assertEquals(2, exact.size(), "a grain ending at the day's end fits");
  }

  @Test
  void startsOnStepCountMinutesFromMidnight() {
    TimeGrid g = grid(Optional.of(Duration.ofMinutes(30)), MONDAY.atTime(9, 0),
        MONDAY.atTime(9, 5), MONDAY.atTime(9, 30), MONDAY.atTime(9, 30, 20));
    assertEquals(List.of(true, false, true, false), List.of(g.startsOnStep(0),
        g.startsOnStep(1), g.startsOnStep(2), g.startsOnStep(3)));
    TimeGrid any = grid(Optional.empty(), MONDAY.atTime(9, 5));
    assertTrue(any.startsOnStep(0));
    TimeGrid nanos = grid(Optional.of(Duration.ofMinutes(30)),
        MONDAY.atTime(9, 30).plusNanos(1));
    assertFalse(nanos.startsOnStep(0));
  }

  @Test
  void aGridRejectsWhatCannotBeAGrid() {
    rejects(() -> TimeGrid.builder().zone(ZONE).grainLength(Duration.ZERO)
        .addGrainStart(MONDAY.atTime(9, 0)).build(), "grainLength",
        "grain length PT0S must be positive");
    rejects(() -> TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(-5))
        .addGrainStart(MONDAY.atTime(9, 0)).build(), "grainLength",
        "grain length PT-5M must be positive");
    rejects(() -> TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(5)).build(),
        "grainStarts", "a grid needs at least one grain");
    rejects(() -> grid(Optional.empty(), MONDAY.atTime(9, 0), MONDAY.atTime(10, 0),
        MONDAY.atTime(10, 0), MONDAY.atTime(8, 0)), "grainStarts[2]",
        "grain start 2025-03-24T10:00 is not after the previous one 2025-03-24T10:00");
    for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-30), Duration.ofSeconds(90),
        Duration.ofMinutes(1).plusNanos(5))) {
      rejects(() -> grid(Optional.of(bad), MONDAY.atTime(9, 0)), "startStep",
          "start step " + bad + " must be a positive whole number of minutes");
    }
    assertEquals(Optional.of(Duration.ofMinutes(1)), grid(Optional.of(Duration.ofMinutes(1)),
        MONDAY.atTime(9, 0)).startStep());
  }

  @Test
  void oneLineChangesCoverEveryDayOfTheirRange() {
    DateRange days = DateRange.of(MONDAY, MONDAY.plusDays(2));
    List<LocalDate> all = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
    PlanChange ill = PlanChange.personUnavailable("ana", days);
    assertEquals(List.of("ana"), List.copyOf(ill.unavailablePeople().keySet()));
    assertEquals(all, List.copyOf(ill.unavailablePeople().get("ana")));
    assertTrue(ill.unavailableVenues().isEmpty());
    PlanChange shut = PlanChange.venueUnavailable("hall", days);
    assertEquals(all, List.copyOf(shut.unavailableVenues().get("hall")));
    assertTrue(shut.unavailablePeople().isEmpty());
    assertEquals(PlanChange.builder().build(), PlanChange.none());
  }

  private static TimeGrid grid(Optional<Duration> step, LocalDateTime... starts) {
    return TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(5)).startStep(step)
        .addGrainStarts(starts).build();
  }

  private static Violation violation(Level level, long penalty, String message) {
    return Violation.builder().ruleId("attendee-overlap").level(level).penalty(penalty)
        .message(message).build();
  }

  private static void rejects(Executable build, String path, String message) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build);
    assertEquals(List.of(Problem.at(path, message)), e.problems(), e::getMessage);
  }
}
