package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.scheduling.Occurrence;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Season;

/**
 * Expanding a cadence over the days of a season: the reachable days of each year split into
 * runs, a season over New Year, a year without a reachable day, and no change at all for a
 * season of every day. Expected days come from a day-by-day count written here.
 */
class CadenceExpanderSeasonTest {
  static final HolidayCalendar NONE = HolidayCalendar.none("none");
  static final Season TUSHETI = Season.of(MonthDay.of(6, 1), MonthDay.of(9, 30));
  static final Season WINTER = Season.of(MonthDay.of(11, 1), MonthDay.of(3, 31));

  /** A season of every day changes nothing, whatever the cadence and period. */
  @Property(tries = 60)
  void aSeasonOfEveryDayGivesTheSameOccurrencesAsNone(
      @ForAll @IntRange(min = 0, max = 3) int kind, @ForAll @IntRange(min = 1, max = 6) int n,
      @ForAll @IntRange(min = 0, max = 700) int offset,
      @ForAll @IntRange(min = 1, max = 800) int days) {
    Cadence c = kind == 0 ? Cadence.perYear(n) : kind == 1 ? Cadence.everyWeeks(n)
        : kind == 2 ? Cadence.yearly() : Cadence.perYear(1);
    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(offset);
    DateRange period = DateRange.of(start, start.plusDays(days - 1));
    assertEquals(CadenceExpander.expand(c, period, Optional.empty(), NONE),
        CadenceExpander.expand(c, period, Optional.empty(), NONE, Season.allYear()));
  }

  /** Every window starts and ends on a reachable day; its other unreachable days are closed. */
  @Property(tries = 80)
  void windowsKeepToTheSeasonAndCloseTheRest(
      @ForAll @IntRange(min = 1, max = 12) int firstMonth,
      @ForAll @IntRange(min = 1, max = 28) int firstDay,
      @ForAll @IntRange(min = 1, max = 12) int lastMonth,
      @ForAll @IntRange(min = 1, max = 28) int lastDay,
      @ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 0, max = 365) int offset,
      @ForAll @IntRange(min = 30, max = 900) int days) {
    Season season = Season.of(MonthDay.of(firstMonth, firstDay), MonthDay.of(lastMonth, lastDay));
    LocalDate start = LocalDate.of(2023, 1, 1).plusDays(offset);
    DateRange period = DateRange.of(start, start.plusDays(days - 1));
    List<Occurrence> os = CadenceExpander.expand(Cadence.perYear(n), period, Optional.empty(),
        NONE, season);
    int years = 0;
    for (LocalDate y = start; !y.isAfter(period.end()); y = y.plusYears(1)) {
      years++;
    }
    assertEquals(years * n, os.size(), "n occurrences in each year of the period");
    for (Occurrence o : os) {
      assertTrue(period.contains(o.window()), o::toString);
      for (LocalDate d = o.window().start(); !d.isAfter(o.window().end()); d = d.plusDays(1)) {
        assertEquals(!inSeason(d, firstMonth, firstDay, lastMonth, lastDay),
            o.closedDays().contains(d), d + " in " + o);
      }
      if (o.reachable()) {
        assertTrue(inSeason(o.window().start(), firstMonth, firstDay, lastMonth, lastDay), o::toString);
        assertTrue(inSeason(o.window().end(), firstMonth, firstDay, lastMonth, lastDay), o::toString);
      }
    }
  }

  @Example
  void twoPerYearInTheTushetiSeasonSplitsJuneToSeptember() {
    DateRange year = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    List<Occurrence> os = CadenceExpander.expand(Cadence.perYear(2), year, Optional.empty(),
        NONE, TUSHETI);
    assertEquals(2, os.size());
    assertEquals(DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)),
        os.get(0).window());
    assertEquals(DateRange.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30)),
        os.get(1).window());
    assertTrue(os.get(0).closedDays().isEmpty());
  }

  @Example
  void aWinterSeasonWrapsOverNewYear() {
    DateRange period = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
    List<Occurrence> os = CadenceExpander.expand(Cadence.perYear(1), period, Optional.empty(),
        NONE, WINTER);
    assertEquals(1, os.size());
    assertEquals(DateRange.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 3, 31)),
        os.get(0).window());
    assertTrue(os.get(0).closedDays().isEmpty(), "November to March has no gap");
    assertTrue(WINTER.contains(LocalDate.of(2026, 1, 1)));
    assertFalse(WINTER.contains(LocalDate.of(2026, 4, 1)));
  }

  @Example
  void aCalendarYearOfAWinterSeasonClosesTheSummerInsideItsLastWindow() {
    DateRange year = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    List<Occurrence> os = CadenceExpander.expand(Cadence.perYear(2), year, Optional.empty(),
        NONE, WINTER);
    // 151 reachable days: January to March (90) and November and December (61)
    assertEquals(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 16)),
        os.get(0).window());
    assertEquals(DateRange.of(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 12, 31)),
        os.get(1).window());
    assertTrue(os.get(1).closedDays().contains(LocalDate.of(2026, 7, 1)));
    assertFalse(os.get(1).closedDays().contains(LocalDate.of(2026, 11, 1)));
    assertTrue(os.get(1).reachable());
  }

  @Example
  void aYearWithoutAReachableDayGivesOccurrencesThatCannotBeHeld() {
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 5, 31));
    List<Occurrence> os = CadenceExpander.expand(Cadence.perYear(2), period, Optional.empty(),
        NONE, TUSHETI);
    assertEquals(4, os.size());
    assertTrue(os.get(1).reachable());
    assertFalse(os.get(2).reachable());
    assertFalse(os.get(3).reachable());
    assertEquals(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31)),
        os.get(2).window());
  }

  @Example
  void everyFourWeeksCountsWithinEachSeason() {
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    List<Occurrence> os = CadenceExpander.expand(Cadence.everyWeeks(4), period,
        Optional.empty(), NONE, TUSHETI);
    // June to September is 122 days: four whole windows of 28 days and a last of 10, too short
    assertEquals(8, os.size());
    assertEquals(LocalDate.of(2026, 6, 1), os.get(0).window().start());
    assertEquals(LocalDate.of(2027, 6, 1), os.get(4).window().start());
    assertTrue(os.stream().allMatch(o -> o.closedDays().isEmpty()));
  }

  /** The season by day of the year as month * 100 + day, written apart from {@link Season}. */
  static boolean inSeason(LocalDate d, int fm, int fd, int lm, int ld) {
    int x = d.getMonthValue() * 100 + d.getDayOfMonth();
    int a = fm * 100 + fd;
    int b = lm * 100 + ld;
    return a <= b ? x >= a && x <= b : x >= a || x <= b;
  }
}
