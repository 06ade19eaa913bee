package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.TimeSpan;

/**
 * Outreach series planned end to end: two series with a shared leader, random seasons (some
 * over New Year) and cadences over one or two years. A day-by-day count written here, apart from
 * the expander and the rules, says which days each community can be reached and how many visits
 * each year must get; the plan, written back into the program, must agree, keep every visit in
 * its window on a reachable day, never book the shared leader twice, and not grow when planned
 * again.
 */
class OutreachSeriesPropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  static final PersonId NINO = PersonId.of("nino");
  static final PersonId GIORGI = PersonId.of("giorgi");

  /**
   * @param a first season's first month, day, length in days (at least three weeks) for series A
   * @param b the same for series B, which shares Nino with A
   */
  @Property(tries = 25)
  void everyPlannedVisitKeepsToItsWindowAndItsSeasonAndEachYearGetsItsCount(
      @ForAll @IntRange(min = 1, max = 12) int aMonth, @ForAll @IntRange(min = 1, max = 28) int aDay,
      @ForAll @IntRange(min = 21, max = 200) int aLength,
      @ForAll @IntRange(min = 1, max = 3) int aCount,
      @ForAll @IntRange(min = 1, max = 12) int bMonth, @ForAll @IntRange(min = 1, max = 28) int bDay,
      @ForAll @IntRange(min = 21, max = 200) int bLength,
      @ForAll @IntRange(min = 1, max = 3) int bCount,
      @ForAll @IntRange(min = 0, max = 300) int offset,
      @ForAll @IntRange(min = 1, max = 2) int years) {
    LocalDate start = LocalDate.of(2025, 1, 1).plusDays(offset);
    DateRange period = DateRange.of(start, start.plusYears(years).minusDays(1));
    OutreachSeries a = series("a", "Omalo", season(aMonth, aDay, aLength), aCount,
        Set.of(NINO));
    OutreachSeries b = series("b", "Shatili", season(bMonth, bDay, bLength), bCount,
        Set.of(NINO, GIORGI));
    Program program = program(period, List.of(a, b), List.of());
    ProgramPlan plan = planner().plan(program, directory());
    assertTrue(plan.isFeasible(), () -> plan.violations() + " " + plan.result().infeasibility());
    Program applied = plan.applyTo(program);
    for (OutreachSeries s : List.of(a, b)) {
      List<OutreachMeeting> visits = applied.outreachMeetings().stream()
          .filter(o -> o.series().equals(java.util.Optional.of(s.id()))).toList();
      Map<Integer, Integer> perYear = new HashMap<>();
      Set<Integer> numbers = new HashSet<>();
      for (OutreachMeeting v : visits) {
        LocalDate day = v.when().day();
        assertTrue(v.window().orElseThrow().contains(day), v::toString);
        assertTrue(reachable(s.season().orElseThrow(), day), day + " is not reachable: " + v);
        assertEquals(s.leaders(), v.leaders());
        assertEquals(s.community(), v.community());
        assertEquals(EventId.of(s.id().value() + "-" + v.occurrence().orElseThrow()), v.id());
        assertTrue(numbers.add(v.occurrence().orElseThrow()), "each occurrence once");
        perYear.merge(yearOf(period, day), 1, Integer::sum);
      }
      for (int y = 0; y < years; y++) {
        int expected = reachableDays(s.season().orElseThrow(), period, y) > 0
            ? s.cadence().count() : 0;
        assertEquals(expected, perYear.getOrDefault(y, 0), "visits to " + s.community()
            + " in year " + (y + 1));
      }
    }
    // Nino goes on both series: no two of his visits overlap
    List<TimeSpan> nino = new ArrayList<>();
    applied.outreachMeetings().stream().filter(o -> o.leaders().contains(NINO))
        .forEach(o -> nino.add(o.when()));
    for (int i = 0; i < nino.size(); i++) {
      for (int j = i + 1; j < nino.size(); j++) {
        TimeSpan x = nino.get(i);
        TimeSpan y = nino.get(j);
        assertFalse(x.start().isBefore(y.end()) && y.start().isBefore(x.end()),
            x + " overlaps " + y);
      }
    }
    // planned again, the written visits stand for their occurrences: nothing is added
    ProgramPlan again = planner().plan(applied, directory());
    assertTrue(again.isFeasible(), () -> again.violations().toString());
    Program twice = again.applyTo(applied);
    assertEquals(applied.outreachMeetings().size(), twice.outreachMeetings().size());
    for (OutreachMeeting v : twice.outreachMeetings()) {
      OutreachSeries s = twice.outreachSeries(v.series().orElseThrow()).orElseThrow();
      assertTrue(reachable(s.season().orElseThrow(), v.when().day()), v::toString);
    }
  }

  @Example
  void aYearWithoutAReachableDayIsReportedInTheCoordinatorsWords() {
    // 18 months from January: the second year runs January to June 2026, before the season
    DateRange period = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 31));
    OutreachSeries omalo = series("omalo", "Omalo", Season.of(MonthDay.of(6, 1),
        MonthDay.of(9, 30)), 2, Set.of(NINO));
    Program program = program(period, List.of(omalo), List.of());
    ProgramPlan plan = planner().plan(program, directory());
    assertFalse(plan.isFeasible());
    List<Conflict> conflicts = plan.result().infeasibility().orElseThrow().conflicts();
    assertEquals("outreach series 'omalo' occurrence 3 has no day the community Omalo can be"
        + " reached between 2026-01-01 and 2026-05-31 (reachable 1 June to 30 September)",
        conflicts.get(0).message());
    assertEquals(List.of("omalo#3"), conflicts.get(0).demands());
    assertTrue(conflicts.get(1).message().contains("occurrence 4"), conflicts::toString);
    // the two reachable occurrences are planned all the same
    assertEquals(2, plan.applyTo(program).outreachMeetings().size());
  }

  @Example
  void aVisitThatNamesAnOccurrenceStandsForIt() {
    DateRange period = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    OutreachSeries omalo = series("omalo", "Omalo", Season.of(MonthDay.of(6, 1),
        MonthDay.of(9, 30)), 2, Set.of(NINO));
    LocalDate held = LocalDate.of(2025, 6, 10);
    OutreachMeeting first = OutreachMeeting.builder().id(EventId.of("omalo-june"))
        .community("Omalo").country("GE").addLeaders(NINO)
        .when(TimeSpan.on(held, LocalTime.of(11, 0), LocalTime.of(14, 0), ZONE))
        .series(omalo.id()).occurrence(1).build();
    Program program = program(period, List.of(omalo), List.of(first));
    ProgramPlan plan = planner().plan(program, directory());
    assertTrue(plan.isFeasible(), plan.violations()::toString);
    Program applied = plan.applyTo(program);
    assertEquals(2, applied.outreachMeetings().size());
    OutreachMeeting second = applied.outreachMeetings().get(1);
    assertEquals(EventId.of("omalo-2"), second.id());
    assertEquals(2, second.occurrence().orElseThrow());
    assertEquals(DateRange.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 30)),
        second.window().orElseThrow());
    assertEquals(Duration.ofHours(3), second.when().duration());
  }

  static ProgramScheduler planner() {
    return ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(7).stepLimit(4_000).build()).build();
  }

  /** A season of {@code length} days from a day of the year, over New Year if it gets there. */
  static Season season(int month, int day, int length) {
    MonthDay first = MonthDay.of(month, day);
    MonthDay last = MonthDay.from(LocalDate.of(2025, month, day).plusDays(length - 1));
    return Season.of(first, last);
  }

  static OutreachSeries series(String id, String community, Season season, int perYear,
      Set<PersonId> leaders) {
    return OutreachSeries.builder().id(SeriesId.of(id)).community(community).country("GE")
        .cadence(Cadence.perYear(perYear)).season(season).length(Duration.ofHours(3))
        .preferredStart(LocalTime.of(11, 0)).leaders(leaders)
        .travelFromBase(Duration.ofHours(2)).build();
  }

  static Program program(DateRange period, List<OutreachSeries> series,
      List<OutreachMeeting> visits) {
    return Program.builder().id(ProgramId.of("tusheti")).title(LocalizedText.of("en", "Visits"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(period)
        .dayShape(DayShape.builder().workingDays(EnumSet.allOf(DayOfWeek.class))
            .dayStart(LocalTime.of(8, 0)).dayEnd(LocalTime.of(18, 0)).build())
        .outreachSeries(series).outreachMeetings(visits).build();
  }

  static DirectorySnapshot directory() {
    return DirectorySnapshot.of(List.of(
        Person.builder().id(NINO).fullName("Nino").country("GE").homeZone(ZONE).build(),
        Person.builder().id(GIORGI).fullName("Giorgi").country("GE").homeZone(ZONE).build()),
        List.of());
  }

  // ---------------------------------------------------------------- the oracle, day by day

  /** Whether a day is in a season, read from its month and day and nothing else. */
  static boolean reachable(Season s, LocalDate day) {
    int x = day.getMonthValue() * 100 + day.getDayOfMonth();
    int a = s.first().getMonthValue() * 100 + s.first().getDayOfMonth();
    int b = s.last().getMonthValue() * 100 + s.last().getDayOfMonth();
    return a <= b ? a <= x && x <= b : x >= a || x <= b;
  }

  /** Which year of the period, from 0, a day falls in (years counted from its start). */
  static int yearOf(DateRange period, LocalDate day) {
    int y = 0;
    while (!day.isBefore(period.start().plusYears(y + 1))) {
      y++;
    }
    return y;
  }

  /** How many reachable days year {@code y} of the period has, counted one day at a time. */
  static int reachableDays(Season s, DateRange period, int y) {
    int n = 0;
    for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
      if (yearOf(period, d) == y && reachable(s, d)) {
        n++;
      }
    }
    return n;
  }
}
