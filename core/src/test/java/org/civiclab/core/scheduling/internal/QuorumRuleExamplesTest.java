package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Quorum;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.Schedule;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * The quorum rules on one council meeting moved over every start of a small grid, the penalty
 * written down by hand, and every reason a member is not free spelled out: outside working
 * hours, a day off, away on a date a re-plan names, at another event. The random oracle
 * ({@code RuleValueOraclesTest}) has no working hours, days off or absences.
 *
 * <p>The grid: Monday 24 March 2025 at 9, 10, 11, 13 and 14 o'clock, Tuesday at 9, 10, 11 and
 * 13 (grains 0 to 8). Ana works 10 to 14, Ben has Tuesday off, Dan and Cleo are required at
 * events at Monday 10:00.
 */
class QuorumRuleExamplesTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);

  private static SchedulingProblem problem(boolean agreed) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int h : new int[] {9, 10, 11, 13, 14}) {
      starts.add(MONDAY.atTime(h, 0));
    }
    for (int h : new int[] {9, 10, 11, 13}) {
      starts.add(TUESDAY.atTime(h, 0));
    }
    return SchedulingProblem.builder().name("council")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1)).grainStarts(starts)
            .build())
        .addLocation(Location.of("hall", 50))
        .addParticipant(Participant.builder().id("ana").name("Ana").workingHours(
            WorkingHours.of(ZONE, LocalTime.of(10, 0), LocalTime.of(14, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))).build())
        .addParticipant(Participant.builder().id("ben").name("Ben").holidays(
            HolidayCalendar.builder().name("leave").putHoliday(TUESDAY, "leave").build())
            .build())
        .addParticipant(Participant.builder().id("cleo").name("Cleo").build())
        .addParticipant(Participant.builder().id("dan").name("Dan").build())
        .addDemand(Demand.builder().id("council").label("Council").durationGrains(1)
            .agreed(agreed)
            .addQuorums(Quorum.builder().name("board").addMembers("ana", "ben", "cleo", "dan")
                .atLeast(4).build())
            .addQuorums(Quorum.builder().name("guests").addMembers("cleo", "ben").atLeast(1)
                .build())
            .addQuorums(Quorum.builder().name("pair").addMembers("ana", "ben").atLeast(2)
                .build())
            .build())
        .addDemand(Demand.builder().id("other").label("Other").durationGrains(1)
            .addRequiredAttendee("dan").build())
        .addDemand(Demand.builder().id("third").label("Third").durationGrains(1)
            .addRequiredAttendee("cleo").build())
        .build();
  }

  private static Map<String, Placement> plan(int council) {
    Map<String, Placement> plan = new HashMap<>();
    plan.put("council", Placement.of(council, "hall"));
    plan.put("other", Placement.of(1, "hall"));
    plan.put("third", Placement.of(1, "hall"));
    return plan;
  }

  private static Schedule evaluate(Rule rule, SchedulingProblem p, int council) {
    return Scheduler.builder().rules(List.of(rule)).build().evaluate(p, plan(council));
  }

  /** The penalty at each start; the score equals the violations' penalties. */
  private static List<Long> penalties(Rule rule, SchedulingProblem p) {
    List<Long> out = new ArrayList<>();
    for (int s = 0; s < p.grid().size(); s++) {
      Schedule sc = evaluate(rule, p, s);
      long explained = sc.violations().stream().mapToLong(Violation::penalty).sum();
      assertEquals(-sc.score().at(rule.level()), explained, rule + " at " + s + ": " + sc);
      out.add(explained);
    }
    return out;
  }

  private static String at(SchedulingProblem p, String label, int start) {
    return "'" + label + "' at " + p.grid().span(start, 1);
  }

  @Test
  void theQuorumRuleCountsTheMembersMissingBelowEachLeastNumber() {
    SchedulingProblem p = problem(false);
    // board (4 of 4) + guests (1 of Cleo, Ben) + pair (2 of Ana, Ben):
    // Monday 9 and 14 Ana is outside her hours; at Monday 10 Cleo and Dan are at other events;
    // Tuesday Ben has a day off, and at 9 Ana is outside her hours as well
    assertEquals(List.of(2L, 2L, 0L, 0L, 2L, 4L, 2L, 2L, 2L), penalties(Rules.quorum(), p));
    assertEquals(List.of(2L, 3L, 0L, 0L, 2L, 5L, 3L, 3L, 3L), penalties(Rules.quorumTurnout(), p));
  }

  @Test
  void theQuorumRuleNamesEveryAbsentMemberAndWhy() {
    SchedulingProblem p = problem(false);
    List<Violation> tuesday = evaluate(Rules.quorum(), p, 5).violations();
    String council = at(p, "Council", 5);
    assertEquals(2, tuesday.size(), tuesday::toString);
    assertEquals(council + " needs at least 4 of board but only 2 are free: Ana is outside"
        + " working hours; Ben has a day off", tuesday.get(0).message());
    assertEquals(2, tuesday.get(0).penalty());
    assertEquals(List.of("ana", "ben"), tuesday.get(0).subjects());
    assertEquals(council + " needs at least 2 of pair but none is free: Ana is outside working"
        + " hours; Ben has a day off", tuesday.get(1).message());

    Violation early = evaluate(Rules.quorum(), p, 0).violations().get(1);
    assertEquals(at(p, "Council", 0) + " needs at least 2 of pair but only 1 is free: Ana is"
        + " outside working hours", early.message());

    // two members at two other events: both events are named, in the members' order
    List<Violation> busy = evaluate(Rules.quorum(), p, 1).violations();
    assertEquals(1, busy.size(), busy::toString);
    assertEquals(at(p, "Council", 1) + " needs at least 4 of board but only 2 are free: Cleo at "
        + at(p, "Third", 1) + "; Dan at " + at(p, "Other", 1), busy.get(0).message());
    assertEquals(List.of("council", "third", "other"), busy.get(0).demands());
    assertEquals(List.of("cleo", "dan"), busy.get(0).subjects());
  }

  @Test
  void turnoutCountsEachMemberWhoCannotComeOnce() {
    SchedulingProblem p = problem(false);
    List<Violation> busy = evaluate(Rules.quorumTurnout(), p, 1).violations();
    String council = at(p, "Council", 1);
    assertEquals(List.of(
        "Cleo of board cannot come to " + council + ": at " + at(p, "Third", 1),
        "Dan of board cannot come to " + council + ": at " + at(p, "Other", 1),
        "Cleo of guests cannot come to " + council + ": at " + at(p, "Third", 1)),
        busy.stream().map(Violation::message).toList());
    busy.forEach(v -> {
      assertEquals(1, v.penalty());
      assertEquals(List.of("council"), v.demands());
      assertEquals(Level.MEDIUM, v.level());
    });
    assertEquals(List.of("cleo", "dan", "cleo"),
        busy.stream().map(v -> v.subjects().get(0)).toList());
  }

  @Test
  void anAgreedMeetingHoldsItsMembersOnlyToTheirOtherEvents() {
    SchedulingProblem p = problem(true);
    assertEquals(List.of(0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), penalties(Rules.quorum(), p));
  }

  @Test
  void aReplanSeesMembersAwayOnTheDatesItNames() {
    SchedulingProblem p = problem(false);
    ImmutableMap<String, ImmutableSet<LocalDate>> away = ImmutableMap.of("cleo",
        ImmutableSet.of(TUESDAY));
    Rule quorum = ReplanRules.seeingUnavailable(Rules.quorum(), away);
    assertEquals("quorum", quorum.id());
    // Cleo is away on Tuesday too: board and guests lose her there (guests: nobody is left)
    assertEquals(List.of(2L, 2L, 0L, 0L, 2L, 6L, 4L, 4L, 4L), penalties(quorum, p));
    List<Violation> v = evaluate(quorum, p, 6).violations();
    assertEquals(at(p, "Council", 6) + " needs at least 4 of board but only 2 are free: Ben has"
        + " a day off; Cleo is unavailable that day", v.get(0).message());
    // weighted, the rule still sees the absence, at its new level and weight
    Rule weighted = ReplanRules.seeingUnavailable(Rules.quorum().weighted(Level.MEDIUM, 3),
        away);
    assertEquals(Level.MEDIUM, weighted.level());
    assertEquals(3, weighted.weight());
    assertEquals(-3 * 4, evaluate(weighted, p, 6).score().medium());
    // re-weighted twice, the innermost rule is still the quorum rule that sees absences
    Rule twice = ReplanRules.seeingUnavailable(Rules.quorum().weighted(Level.MEDIUM, 3)
        .weighted(Level.SOFT, 2), away);
    assertEquals(-2 * 4, evaluate(twice, p, 6).score().soft());
    // an agreed meeting is held to absences all the same
    assertEquals(List.of(0L, 2L, 0L, 0L, 0L, 1L, 1L, 1L, 1L),
        penalties(ReplanRules.seeingUnavailable(Rules.quorum(), away), problem(true)));
    // other rules are left as they are
    Rule spread = Rules.evenSpread();
    assertTrue(ReplanRules.seeingUnavailable(spread, away) == spread);
  }

  /** One council meeting at grain 0, the grid's first: Ben off and Cleo away that day. */
  @Test
  void absencesOnTheGridsFirstGrainCount() {
    SchedulingProblem p = SchedulingProblem.builder().from(problem(false))
        .participants(List.of(
            Participant.builder().id("ana").name("Ana").build(),
            Participant.builder().id("ben").name("Ben").holidays(HolidayCalendar.builder()
                .name("leave").putHoliday(MONDAY, "leave").build()).build(),
            Participant.builder().id("cleo").name("Cleo").build(),
            Participant.builder().id("dan").name("Dan").build()))
        .build();
    Rule quorum = ReplanRules.seeingUnavailable(Rules.quorum(), ImmutableMap.of("cleo",
        ImmutableSet.of(MONDAY)));
    // board loses Ben and Cleo (2), guests both (1), pair Ben (1)
    assertEquals(4, -evaluate(quorum, p, 0).score().hard());
    assertEquals(at(p, "Council", 0) + " needs at least 4 of board but only 2 are free: Ben has"
        + " a day off; Cleo is unavailable that day",
        evaluate(quorum, p, 0).violations().get(0).message());
  }

  /** A whole-day meeting is not held to working hours or days off, as an agreed one is not. */
  @Test
  void aWholeDayMeetingIsNotHeldToHoursOrDaysOff() {
    SchedulingProblem base = problem(false);
    Demand council = base.demands().get(0);
    SchedulingProblem p = SchedulingProblem.builder().from(base).demands(List.of(
        Demand.builder().from(council).durationGrains(4).wholeDays(true).build(),
        base.demands().get(1), base.demands().get(2))).build();
    // Tuesday, grains 5 to 8: Ana's hours and Ben's day off do not count
    assertEquals(0, -evaluate(Rules.quorum(), p, 5).score().hard());
    assertEquals(0, -evaluate(Rules.quorumTurnout(), p, 5).score().medium());
  }

  /**
   * Which one-event rules let hard use prune starts: those whose penalty depends on the start
   * alone. Agreed availability does not, and the soft preferences are never pruned on.
   */
  @Test
  void theRulesThatDependOnTheStartAloneSaySo() {
    for (Rule r : List.of(Rules.gridFit(), Rules.sameDay(), Rules.dayShape(), Rules.window(),
        Rules.closedDays(), Rules.workingHours(), Rules.holidays())) {
      assertTrue(((UnaryRule) r).filtersStarts(), r::toString);
    }
    for (Rule r : List.of(Rules.agreedAvailability(), Rules.evenSpread(),
        Rules.preferredTimes(), Rules.venueCapacity(), Rules.stability(), Rules.roomFit())) {
      assertFalse(((UnaryRule) r).filtersStarts(), r::toString);
    }
    assertEquals("window (HARD x1)", Rules.window().toString());
    assertEquals("even-spread (SOFT x1)", Rules.evenSpread().toString());
  }
}
