package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.scheduling.Occurrence;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.junit.jupiter.api.Test;

/**
 * {@link CadenceExpander} without a season against a day-by-day walk written here: "every k
 * weeks" cuts the period into runs of 7k days and keeps a last run of at least half that;
 * "n per year" and "n per term" hand the days of each year (counted from the period's start)
 * or term (clipped to the period) to n runs in turn, run k ending before day
 * {@code floor((k + 1) * len / n)}, a run left empty taking the day its successor starts at
 * (or the last day); holidays at a window's edges are walked off, never its last day. Numbers
 * run from 1 across the whole expansion.
 */
class CadenceExpanderWalkTest {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final AcademicCalendar CAL = AcademicCalendar.builder().name("2024/25")
      .addTerm(Term.of("autumn", DateRange.of(LocalDate.of(2024, 9, 2),
          LocalDate.of(2024, 12, 20))))
      .addTerm(Term.of("spring", DateRange.of(LocalDate.of(2025, 1, 13),
          LocalDate.of(2025, 1, 17))))
      .build();

  @Property(tries = 150)
  void everyKWeeksIsTheWalkInRunsOfKWeeks(@ForAll @IntRange(min = 1, max = 5) int k,
      @ForAll @IntRange(min = 0, max = 400) int offset,
      @ForAll @IntRange(min = 1, max = 200) int days,
      @ForAll @IntRange(min = 0, max = 6) int holidayEvery,
      @ForAll @IntRange(min = 0, max = 6) int shift) {
    DateRange period = range(offset, days);
    HolidayCalendar h = holidays(period, holidayEvery, shift);
    List<Occurrence> expected = new ArrayList<>();
    int run = 0;
    LocalDate from = period.start();
    while (!from.isAfter(period.end())) {
      run++;
      LocalDate to = from;
      int len = 1;
      while (len < 7 * k && to.isBefore(period.end())) {
        to = to.plusDays(1);
        len++;
      }
      if (2 * len >= 7 * k) {
        expected.add(occurrence(expected.size() + 1, "period " + run, from, to, h));
      }
      from = to.plusDays(1);
    }
    assertEquals(expected, CadenceExpander.expand(Cadence.everyWeeks(k), period,
        Optional.empty(), h));
  }

  @Property(tries = 150)
  void nPerYearHandsEachYearsDaysToNRuns(@ForAll @IntRange(min = 1, max = 9) int n,
      @ForAll @IntRange(min = 0, max = 400) int offset,
      @ForAll @IntRange(min = 1, max = 800) int days,
      @ForAll @IntRange(min = 0, max = 6) int holidayEvery,
      @ForAll @IntRange(min = 0, max = 6) int shift, @ForAll boolean yearly) {
    DateRange period = range(offset, days);
    HolidayCalendar h = holidays(period, holidayEvery, shift);
    int count = yearly ? 1 : n;
    List<Occurrence> expected = new ArrayList<>();
    int year = 0;
    for (LocalDate s = period.start(); !s.isAfter(period.end()); s = s.plusYears(1)) {
      year++;
      LocalDate e = s.plusYears(1).minusDays(1);
      List<LocalDate> part = walk(s, e.isAfter(period.end()) ? period.end() : e);
      runs(part, count, "year " + year, h, expected);
    }
    assertEquals(expected, CadenceExpander.expand(yearly ? Cadence.yearly()
        : Cadence.perYear(n), period, Optional.empty(), h));
  }

  @Property(tries = 100)
  void nPerTermHandsEachClippedTermsDaysToNRuns(@ForAll @IntRange(min = 1, max = 7) int n,
      @ForAll @IntRange(min = 200, max = 420) int offset,
      @ForAll @IntRange(min = 1, max = 250) int days,
      @ForAll @IntRange(min = 0, max = 6) int holidayEvery,
      @ForAll @IntRange(min = 0, max = 6) int shift) {
    DateRange period = range(offset, days);
    HolidayCalendar h = holidays(period, holidayEvery, shift);
    List<Occurrence> expected = new ArrayList<>();
    for (Term t : CAL.terms()) {
      LocalDate s = t.dates().start().isBefore(period.start()) ? period.start()
          : t.dates().start();
      LocalDate e = t.dates().end().isAfter(period.end()) ? period.end() : t.dates().end();
      if (!s.isAfter(e)) {
        runs(walk(s, e), n, t.name(), h, expected);
      }
    }
    if (expected.isEmpty()) {
      InvalidInputException x = assertThrows(InvalidInputException.class,
          () -> CadenceExpander.expand(Cadence.perTerm(n), period, Optional.of(CAL), h));
      assertEquals(List.of(Problem.at("period", "no term of 2024/25 meets " + period)),
          x.problems());
    } else {
      assertEquals(expected, CadenceExpander.expand(Cadence.perTerm(n), period,
          Optional.of(CAL), h));
    }
  }

  @Test
  void perTermWithoutACalendarNamesTheCadence() {
    InvalidInputException x = assertThrows(InvalidInputException.class,
        () -> CadenceExpander.expand(Cadence.perTerm(3), range(0, 10), Optional.empty(),
            HolidayCalendar.none("none")));
    assertEquals(List.of(Problem.at("calendar", "cadence '3 per term' needs an academic "
        + "calendar")), x.problems());
  }

  /** Run k takes the days from floor(k * len / n) up to before floor((k + 1) * len / n). */
  private static void runs(List<LocalDate> part, int n, String name, HolidayCalendar h,
      List<Occurrence> out) {
    int len = part.size();
    int k = 0;
    List<List<LocalDate>> byRun = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      byRun.add(new ArrayList<>());
    }
    for (int j = 0; j < len; j++) {
      while ((long) (k + 1) * len / n <= j) {
        k++;
      }
      byRun.get(k).add(part.get(j));
    }
    for (int r = 0; r < n; r++) {
      List<LocalDate> mine = byRun.get(r);
      LocalDate first;
      LocalDate last;
      if (mine.isEmpty()) {
        first = part.get((int) Math.min((long) r * len / n, len - 1));
        last = first;
      } else {
        first = mine.get(0);
        last = mine.get(mine.size() - 1);
      }
      out.add(occurrence(out.size() + 1, name, first, last, h));
    }
  }

  /** The window from first to last with holidays walked off both edges, keeping one day. */
  private static Occurrence occurrence(int number, String period, LocalDate first,
      LocalDate last, HolidayCalendar h) {
    LocalDate s = first;
    LocalDate e = last;
    while (s.isBefore(e) && h.isHoliday(s)) {
      s = s.plusDays(1);
    }
    while (e.isAfter(s) && h.isHoliday(e)) {
      e = e.minusDays(1);
    }
    return Occurrence.builder().number(number).period(period).window(DateRange.of(s, e))
        .build();
  }

  private static List<LocalDate> walk(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  private static DateRange range(int offset, int days) {
    LocalDate start = BASE.plusDays(offset);
    return DateRange.of(start, start.plusDays(days - 1));
  }

  /**
   * Every {@code every}-th day of the period (none for 0) and, in runs, the two days after
   * it when {@code shift} is odd, so that edges hold several holidays in a row.
   */
  private static HolidayCalendar holidays(DateRange period, int every, int shift) {
    ImmutableSortedMap.Builder<LocalDate, String> b = ImmutableSortedMap.naturalOrder();
    if (every > 0) {
      long i = 0;
      for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1), i++) {
        boolean mark = (i + shift) % (every + 1) == 0;
        boolean run = shift % 2 == 1 && ((i + shift) % (every + 1) <= 2);
        if (mark || run) {
          b.put(d, "off");
        }
      }
    }
    return HolidayCalendar.builder().name("h").holidays(b.build()).build();
  }
}
