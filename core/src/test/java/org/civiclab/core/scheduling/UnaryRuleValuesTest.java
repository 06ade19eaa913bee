package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * The rules about one event alone (grid fit, same day, window, venue capacity, preferred times,
 * closed days, working hours, holidays, agreed availability, stability, as early as possible,
 * day shape), each placed at every start of a small grid with the penalty written down by hand
 * from the rule's documented meaning, and each violation's message read in full.
 * {@link RuleValueOraclesTest} covers the rules about several events; the incremental scoring
 * test compares a rule only with itself, so a rule that returned 0 or miscounted by one passes
 * there and fails here.
 *
 * <p>The grid: Monday 24 March 2025 at 9, 10, 11, 13 and 14 o'clock (a lunch gap after 11),
 * Tuesday at 9, 10, 11 and 13; grains of an hour, numbered 0 to 8.
 */
class UnaryRuleValuesTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);
  private static final int[] MONDAY_HOURS = {9, 10, 11, 13, 14};
  private static final int[] TUESDAY_HOURS = {9, 10, 11, 13};

  private static TimeGrid grid() {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int h : MONDAY_HOURS) {
      starts.add(MONDAY.atTime(h, 0));
    }
    for (int h : TUESDAY_HOURS) {
      starts.add(TUESDAY.atTime(h, 0));
    }
    return TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1)).grainStarts(starts)
        .build();
  }

  private static SchedulingProblem.Builder problem() {
    return SchedulingProblem.builder().name("unary").grid(grid())
        .addLocation(Location.builder().id("small").name("Small room").capacity(3).build())
        .addLocation(Location.builder().id("big").name("Big hall").capacity(5).build())
        .addLocation(Location.builder().id("market").name("Market square").capacity(1)
            .shared(true).build());
  }

  private static Schedule evaluate(Rule rule, SchedulingProblem p, Map<String, Placement> plan) {
    return Scheduler.builder().rules(List.of(rule)).build().evaluate(p, plan);
  }

  /** Every demand but {@code id} at its pinned place or at grain 0 in the first room (or online). */
  private static Map<String, Placement> plan(SchedulingProblem p, String id, Placement at) {
    Map<String, Placement> plan = new HashMap<>();
    for (Demand d : p.demands()) {
      plan.put(d.id(), d.pinned().orElse(d.online() ? Placement.online(0)
          : Placement.of(0, p.locations().get(0).id())));
    }
    plan.put(id, at);
    return plan;
  }

  /** The penalty of {@code id}'s violations; the score is every violation's, no more. */
  private static long penaltyOf(Rule rule, Schedule sc, String id) {
    long all = sc.violations().stream().mapToLong(Violation::penalty).sum();
    assertEquals(-sc.score().at(rule.level()), all, () -> rule + ": " + sc);
    return sc.violations().stream().filter(v -> v.demands().equals(List.of(id)))
        .mapToLong(Violation::penalty).sum();
  }

  /** The penalty of one demand at each start of the grid, in one room (null: online). */
  private static List<Long> penalties(Rule rule, SchedulingProblem p, String id, String room) {
    List<Long> out = new ArrayList<>();
    for (int s = 0; s < p.grid().size(); s++) {
      Placement at = room == null ? Placement.online(s) : Placement.of(s, room);
      out.add(penaltyOf(rule, evaluate(rule, p, plan(p, id, at)), id));
    }
    return out;
  }

  private static List<Long> longs(long... values) {
    List<Long> out = new ArrayList<>();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  /** The only violation when {@code id} is at {@code start} in {@code room}. */
  private static Violation only(Rule rule, SchedulingProblem p, String id, int start,
      String room) {
    Placement at = room == null ? Placement.online(start) : Placement.of(start, room);
    Schedule sc = evaluate(rule, p, plan(p, id, at));
    List<Violation> mine = sc.violations().stream()
        .filter(v -> v.demands().contains(id)).toList();
    assertEquals(1, mine.size(), sc::toString);
    Violation v = mine.get(0);
    assertEquals(rule.id(), v.ruleId());
    assertEquals(List.of(id), v.demands());
    return v;
  }

  private static String at(SchedulingProblem p, String label, int start, int duration) {
    return "'" + label + "' at " + p.grid().span(start, Math.min(duration,
        p.grid().size() - start));
  }

  @Test
  void gridFitHoldsAnEventToOneRunOfGrainsAndSameDayToOneDay() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(2).build())
        .addDemand(Demand.builder().id("long").label("Long").durationGrains(3).build())
        .addDemand(Demand.builder().id("short").label("Short").durationGrains(1).build())
        .build();
    // the lunch gap breaks 2 (11 and 13) and the night breaks 4 (Monday 14, Tuesday 9); from
    // 8 the event runs past the grid: the penalty is its last grain's index
    assertEquals(longs(0, 0, 1, 0, 1, 0, 0, 1, 9), penalties(Rules.gridFit(), p, "talk", "big"));
    assertEquals(longs(0, 0, 0, 0, 1, 0, 0, 0, 9), penalties(Rules.sameDay(), p, "talk", "big"));
    assertEquals(longs(0, 1, 1, 1, 1, 0, 1, 9, 10), penalties(Rules.gridFit(), p, "long", "big"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0), penalties(Rules.gridFit(), p, "short", "big"));
    assertEquals("grid-fit", Rules.gridFit().id());
    assertEquals("same-day", Rules.sameDay().id());

    assertEquals(at(p, "Talk", 8, 2) + " runs past the last planned time",
        only(Rules.gridFit(), p, "talk", 8, "big").message());
    // ends exactly at the grid's end, but across the lunch gap
    assertEquals(at(p, "Talk", 7, 2) + " does not fit within one day's hours",
        only(Rules.gridFit(), p, "talk", 7, "big").message());
    assertEquals(at(p, "Talk", 4, 2) + " ends on another day",
        only(Rules.sameDay(), p, "talk", 4, "big").message());
    Violation v = only(Rules.gridFit(), p, "talk", 2, "big");
    assertEquals(List.of("big"), v.subjects());
    assertEquals(Level.HARD, v.level());
  }

  @Test
  void gridFitHoldsWholeDayEventsToWholeDaysAndTheirTravelDaysToTheGrid() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("visit").label("Visit").durationGrains(5).wholeDays(true)
            .build())
        .addDemand(Demand.builder().id("trip").label("Trip").durationGrains(4).wholeDays(true)
            .build())
        .addDemand(Demand.builder().id("away").label("Away").durationGrains(4).wholeDays(true)
            .travelDaysAfter(1).build())
        .addDemand(Demand.builder().id("early").label("Early").durationGrains(5).wholeDays(true)
            .travelDaysBefore(1).build())
        .build();
    // Monday is grains 0 to 4, Tuesday 5 to 8
    assertEquals(longs(0, 1, 1, 1, 1, 9, 10, 11, 12),
        penalties(Rules.gridFit(), p, "visit", "big"));
    assertEquals(longs(1, 1, 1, 1, 1, 0, 9, 10, 11), penalties(Rules.gridFit(), p, "trip", "big"));
    // Tuesday plus a day after lies past the grid's last day
    assertEquals(longs(1, 1, 2, 2, 2, 1, 9, 10, 11), penalties(Rules.gridFit(), p, "away", "big"));
    // Monday less a day before lies before the grid's first day
    assertEquals(longs(1, 2, 2, 2, 2, 9, 10, 11, 12),
        penalties(Rules.gridFit(), p, "early", "big"));
    assertEquals(at(p, "Away", 5, 4) + " leaves its travel days (0 before, 1 after) outside the"
        + " planned days " + MONDAY + " to " + TUESDAY,
        only(Rules.gridFit(), p, "away", 5, "big").message());
    assertEquals(at(p, "Trip", 1, 4) + " does not take whole days",
        only(Rules.gridFit(), p, "trip", 1, "big").message());
  }

  @Test
  void windowCountsTheGrainsOutsideIt() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(2)
            .window(DateRange.of(TUESDAY, TUESDAY)).build())
        .addDemand(Demand.builder().id("monday").label("Monday").durationGrains(2)
            .window(DateRange.of(MONDAY.minusDays(3), MONDAY)).build())
        .addDemand(Demand.builder().id("later").label("Later").durationGrains(1)
            .window(DateRange.of(TUESDAY.plusDays(1), TUESDAY.plusDays(5))).build())
        .addDemand(Demand.builder().id("free").label("Free").durationGrains(1).build())
        .build();
    // Tuesday is grains 5 to 8: before it, the grains to its first; at 8, one grain past it
    assertEquals(longs(5, 4, 3, 2, 1, 0, 0, 0, 1), penalties(Rules.window(), p, "talk", "big"));
    assertEquals(longs(0, 0, 0, 0, 1, 2, 3, 4, 5), penalties(Rules.window(), p, "monday", "big"));
    // a window on no day of the grid: one at any start
    assertEquals(longs(1, 1, 1, 1, 1, 1, 1, 1, 1), penalties(Rules.window(), p, "later", "big"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0), penalties(Rules.window(), p, "free", "big"));
    assertEquals(at(p, "Talk", 0, 2) + " lies outside its window " + DateRange.of(TUESDAY,
        TUESDAY), only(Rules.window(), p, "talk", 0, "big").message());
  }

  @Test
  void venueCapacityCountsTheMissingSeatsOutsideSharedPlaces() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(1).capacityNeed(5)
            .build())
        .addDemand(Demand.builder().id("web").label("Web").durationGrains(1).capacityNeed(9)
            .online(true).build())
        .build();
    assertEquals(longs(2, 2, 2, 2, 2, 2, 2, 2, 2),
        penalties(Rules.venueCapacity(), p, "talk", "small"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0),
        penalties(Rules.venueCapacity(), p, "talk", "big"));
    // a shared place is left to shared capacity, an online event needs no seats
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0),
        penalties(Rules.venueCapacity(), p, "talk", "market"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0),
        penalties(Rules.venueCapacity(), p, "web", null));
    Violation v = only(Rules.venueCapacity(), p, "talk", 3, "small");
    assertEquals(at(p, "Talk", 3, 1) + " needs 5 seats but Small room has 3", v.message());
    assertEquals(List.of("small"), v.subjects());
  }

  @Test
  void preferredTimesCountsTheGrainsOutsideThem() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(2)
            .preferredEarliestStart(LocalTime.of(10, 0)).preferredLatestEnd(LocalTime.of(14, 0))
            .build())
        .addDemand(Demand.builder().id("half").label("Half").durationGrains(2)
            .preferredEarliestStart(LocalTime.of(10, 30))
            .preferredLatestEnd(LocalTime.of(13, 30)).build())
        .addDemand(Demand.builder().id("late").label("Late").durationGrains(1)
            .preferredLatestEnd(LocalTime.of(11, 0)).build())
        .addDemand(Demand.builder().id("any").label("Any").durationGrains(2).build())
        .build();
    // 10:00 is early enough and 13:00-14:00 ends in time; 9:00 and 14:00 do not
    assertEquals(longs(1, 0, 0, 1, 2, 1, 0, 0, 0),
        penalties(Rules.preferredTimes(), p, "talk", "big"));
    assertEquals(longs(2, 1, 1, 2, 2, 2, 1, 1, 1),
        penalties(Rules.preferredTimes(), p, "half", "big"));
    assertEquals(longs(0, 0, 1, 1, 1, 0, 0, 1, 1),
        penalties(Rules.preferredTimes(), p, "late", "big"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0),
        penalties(Rules.preferredTimes(), p, "any", "big"));
    assertEquals(at(p, "Talk", 0, 2) + " lies partly outside its preferred times",
        only(Rules.preferredTimes(), p, "talk", 0, "big").message());
  }

  @Test
  void closedDaysCountsTheGrainsOnThemAndNamesTheDays() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(2)
            .addClosedDays(TUESDAY).build())
        .addDemand(Demand.builder().id("both").label("Both").durationGrains(2)
            .addClosedDays(MONDAY, TUESDAY).build())
        .build();
    assertEquals(longs(0, 0, 0, 0, 1, 2, 2, 2, 1),
        penalties(Rules.closedDays(), p, "talk", "big"));
    assertEquals(at(p, "Talk", 8, 2) + " falls on 1 day closed to it: " + TUESDAY,
        only(Rules.closedDays(), p, "talk", 8, "big").message());
    assertEquals(at(p, "Talk", 5, 2) + " falls on 1 day closed to it: " + TUESDAY,
        only(Rules.closedDays(), p, "talk", 5, "big").message());
    assertEquals(at(p, "Both", 4, 2) + " falls on 2 days closed to it: " + MONDAY + ", "
        + TUESDAY, only(Rules.closedDays(), p, "both", 4, "big").message());
  }

  /** Ana works 10 to 14 on weekdays, Ben has Tuesday off; Cleo is free at every time. */
  private static SchedulingProblem.Builder people() {
    HolidayCalendar tuesdayOff = HolidayCalendar.builder().name("Ben's leave")
        .putHoliday(TUESDAY, "leave").build();
    return problem()
        .addParticipant(Participant.builder().id("ana").name("Ana").workingHours(
            WorkingHours.of(ZONE, LocalTime.of(10, 0), LocalTime.of(14, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))).build())
        .addParticipant(Participant.builder().id("ben").name("Ben").holidays(tuesdayOff)
            .build())
        .addParticipant(Participant.builder().id("cleo").name("Cleo").build())
        .addDemand(Demand.builder().id("meet").label("Meet").durationGrains(2)
            .addRequiredAttendees("ana", "ben", "cleo").build())
        .addDemand(Demand.builder().id("agreed").label("Agreed").durationGrains(2)
            .addRequiredAttendees("ana", "ben").agreed(true).build())
        .addDemand(Demand.builder().id("visit").label("Visit").durationGrains(5)
            .addRequiredAttendees("ana", "ben").wholeDays(true).build())
        .addDemand(Demand.builder().id("guest").label("Guest").durationGrains(2)
            .addPreferredAttendees("ana", "ben").build());
  }

  @Test
  void workingHoursAndHolidaysCountEachRequiredPersonAndGrainAway() {
    SchedulingProblem p = people().build();
    // Ana is away at 9 and at 14; Ben on Tuesday; both at Monday 14 + Tuesday 9
    assertEquals(longs(1, 0, 0, 1, 3, 3, 2, 2, 1), combined(p, "meet"));
    assertEquals(longs(1, 0, 0, 1, 2, 1, 0, 0, 0),
        penalties(Rules.workingHours(), p, "meet", "big"));
    assertEquals(longs(0, 0, 0, 0, 1, 2, 2, 2, 1),
        penalties(Rules.holidays(), p, "meet", "big"));
    // agreed times and whole-day visits are not held back; preferred people do not count
    for (String id : List.of("agreed", "visit", "guest")) {
      assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0),
          penalties(Rules.workingHours(), p, id, "big"), id);
      assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0),
          penalties(Rules.holidays(), p, id, "big"), id);
    }
    assertEquals("working-hours", Rules.workingHours().id());
    assertEquals("holidays", Rules.holidays().id());

    assertEquals(at(p, "Meet", 4, 2) + " is outside the working hours of Ana",
        only(Rules.workingHours(), p, "meet", 4, "big").message());
    assertEquals(at(p, "Meet", 5, 2) + " falls on a day off for Ben",
        only(Rules.holidays(), p, "meet", 5, "big").message());
  }

  /** Working hours and holidays together, as agreed availability counts them. */
  private static List<Long> combined(SchedulingProblem p, String id) {
    List<Long> hours = penalties(Rules.workingHours(), p, id, "big");
    List<Long> days = penalties(Rules.holidays(), p, id, "big");
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < hours.size(); i++) {
      out.add(hours.get(i) + days.get(i));
    }
    return out;
  }

  @Test
  void agreedAvailabilityHoldsOnlyAgreedTimesToHoursAndHolidaysBoth() {
    SchedulingProblem p = people().build();
    Rule agreed = Rules.agreedAvailability();
    assertEquals("agreed-availability", agreed.id());
    assertEquals(Level.SOFT, agreed.level());
    // hours (Ana at 9 and 14) and days off (Ben on Tuesday) together
    assertEquals(longs(1, 0, 0, 1, 3, 3, 2, 2, 1), penalties(agreed, p, "agreed", "big"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0), penalties(agreed, p, "meet", "big"));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0), penalties(agreed, p, "visit", "big"));
    assertEquals(at(p, "Agreed", 4, 2) + " was agreed outside the working time of Ana, Ben",
        only(agreed, p, "agreed", 4, "big").message());
    assertEquals(at(p, "Agreed", 0, 2) + " was agreed outside the working time of Ana",
        only(agreed, p, "agreed", 0, "big").message());
    assertEquals(at(p, "Agreed", 7, 2) + " was agreed outside the working time of Ben",
        only(agreed, p, "agreed", 7, "big").message());
  }

  @Test
  void aDayOffForEveryoneCountsOncePerGrainAndIsNamed() {
    SchedulingProblem p = people().holidays(HolidayCalendar.builder().name("national")
        .putHoliday(TUESDAY, "national day").build()).build();
    // Tuesday: once for everyone and once for Ben, per grain
    assertEquals(longs(0, 0, 0, 0, 2, 4, 4, 4, 2),
        penalties(Rules.holidays(), p, "meet", "big"));
    assertEquals(at(p, "Meet", 5, 2) + " falls on a day off for Ben, everyone",
        only(Rules.holidays(), p, "meet", 5, "big").message());
    // the day before it, the event only runs into it: nobody named for its first grain
    assertEquals(at(p, "Meet", 4, 2) + " falls on a day off for Ben",
        only(Rules.holidays(), p, "meet", 4, "big").message());
    // working hours do not count days off
    assertEquals(longs(1, 0, 0, 1, 2, 1, 0, 0, 0),
        penalties(Rules.workingHours(), p, "meet", "big"));
  }

  @Test
  void stabilityCountsAMovedStartAndAMovedRoom() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(1).build())
        .addDemand(Demand.builder().id("web").label("Web").durationGrains(1).online(true)
            .build())
        .addDemand(Demand.builder().id("new").label("New").durationGrains(1).build())
        .putPreviousPlan("talk", Placement.of(0, "small"))
        .putPreviousPlan("web", Placement.online(3))
        .build();
    Rule r = Rules.stability();
    assertEquals(Level.MEDIUM, r.level());
    assertEquals(longs(0, 1, 1, 1, 1, 1, 1, 1, 1), penalties(r, p, "talk", "small"));
    assertEquals(longs(1, 2, 2, 2, 2, 2, 2, 2, 2), penalties(r, p, "talk", "big"));
    assertEquals(longs(1, 1, 1, 0, 1, 1, 1, 1, 1), penalties(r, p, "web", null));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0), penalties(r, p, "new", "big"));
    assertEquals(at(p, "Talk", 2, 1) + " moved from its previous plan at " + at(p, "Talk", 0, 1),
        only(r, p, "talk", 2, "small").message());
  }

  @Test
  void asEarlyAsPossibleIsTheLastGrainsIndex() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(2).build())
        .build();
    Map<String, Placement> plan = Map.of("talk", Placement.of(4, "big"));
    Schedule s = evaluate(Rules.asEarlyAsPossible(), p, plan);
    assertEquals(-5, s.score().soft());
    assertEquals(at(p, "Talk", 4, 2) + " could end earlier", s.violations().get(0).message());
    assertEquals(-1, evaluate(Rules.asEarlyAsPossible(), p, Map.of("talk",
        Placement.of(0, "big"))).score().soft());
  }

  @Test
  void dayShapeCountsAStartOffTheStepAndAStartTheShapeRejects() {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int m = 0; m < 8; m++) {
      starts.add(MONDAY.atTime(9, 0).plusMinutes(30L * m));
    }
    DayShape shape = DayShape.weekdays(LocalTime.of(9, 0), LocalTime.of(11, 0));
    SchedulingProblem p = SchedulingProblem.builder().name("shapes")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(30))
            .grainStarts(starts).startStep(Duration.ofHours(1)).build())
        .addLocation(Location.of("big", 5))
        .addDemand(Demand.builder().id("talk").label("Talk").durationGrains(2)
            .addDayShapes(shape).build())
        .addDemand(Demand.builder().id("plain").label("Plain").durationGrains(2).build())
        .addDemand(Demand.builder().id("fixed").label("Fixed").durationGrains(2)
            .addDayShapes(shape).pinned(Placement.of(0, "big")).build())
        .build();
    Rule r = Rules.dayShape();
    // 9:00 and 10:00 fit; half past is off the hour; from 11:00 the shape's day is over
    assertEquals(longs(0, 1, 0, 2, 1, 2, 1, 2), penalties(r, p, "talk", "big"));
    assertEquals(longs(0, 1, 0, 1, 0, 1, 0, 1), penalties(r, p, "plain", "big"));
    // a pinned event keeps its agreed time
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0), penalties(r, p, "fixed", "big"));
    LocalDateTime from = MONDAY.atTime(10, 30);
    String misfit = shape.misfit(from, from.plusHours(1)).orElseThrow();
    assertEquals(at(p, "Talk", 3, 2) + " starts off the 60-minute step and " + misfit,
        only(r, p, "talk", 3, "big").message());
    assertEquals(at(p, "Plain", 1, 2) + " starts off the 60-minute step",
        only(r, p, "plain", 1, "big").message());
    LocalDateTime eleven = MONDAY.atTime(11, 0);
    assertEquals(at(p, "Talk", 4, 2) + " " + shape.misfit(eleven, eleven.plusHours(1))
        .orElseThrow(), only(r, p, "talk", 4, "big").message());
    assertTrue(misfit.length() > 0);
  }

  @Test
  void preferredTimesReadsMinutesOnAHalfHourGrid() {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int m = 0; m < 8; m++) {
      starts.add(MONDAY.atTime(9, 0).plusMinutes(30L * m));
    }
    SchedulingProblem p = SchedulingProblem.builder().name("half hours")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(30))
            .grainStarts(starts).build())
        .addLocation(Location.of("big", 5))
        .addDemand(Demand.builder().id("brief").label("Brief").durationGrains(1)
            .preferredEarliestStart(LocalTime.of(9, 30))
            .preferredLatestEnd(LocalTime.of(11, 30)).build())
        .build();
    // 9:00 is too early; from 11:30 the half hour ends after 11:30
    assertEquals(longs(1, 0, 0, 0, 0, 1, 1, 1),
        penalties(Rules.preferredTimes(), p, "brief", "big"));
  }
}
