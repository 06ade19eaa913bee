package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.scheduling.Occurrence;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.Term;

/**
 * Expands a {@link Cadence} over a period into occurrences, each with its own window of days.
 *
 * <p>"n per term" splits each term of the calendar that meets the period into n consecutive
 * windows of (nearly) equal length, so that meetings spread over the term; "n per year" does the
 * same for each year counted from the period's start; "every k weeks" gives one window per k
 * weeks (a last partial window counts when it is at least half as long); "yearly" is one per
 * year. Holidays at either edge of a window are trimmed off; holidays inside stay for the
 * holiday rule.
 *
 * <p>With a {@link Season} (the days of the year an outreach series' community can be
 * reached) the same splits apply to the reachable days only: "n per term" and "n per year"
 * split the reachable days of each term or year into n runs of (nearly) equal count, each
 * window reaching from its run's first reachable day to its last, with the unreachable days
 * between them (a season over New Year leaves a gap inside a year) as the occurrence's closed
 * days; "every k weeks" counts its weeks within each stretch of consecutive reachable days. A
 * term or year without a reachable day still gives its n occurrences, each with the whole
 * term or year as its window and every day of it closed, so that the caller can report them;
 * so does a period without a reachable day for "every k weeks" (one occurrence). Without a
 * season, or with one of every day, the result is the same as without. Stateless.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CadenceExpander {
  private CadenceExpander() {}

  /**
   * Expands a cadence.
   *
   * @param cadence the cadence
   * @param period the days it applies to, such as a mentoring pair's year
   * @param calendar the academic calendar; required for "per term"
   * @param holidays days off to keep out of window edges
   * @return the occurrences in date order, numbered from 1
   * @throws InvalidInputException when a "per term" cadence has no calendar, or no term meets
   *     the period
   */
  public static ImmutableList<Occurrence> expand(Cadence cadence, DateRange period,
      Optional<AcademicCalendar> calendar, HolidayCalendar holidays) {
    return expand(cadence, period, calendar, holidays, Season.allYear());
  }

  /**
   * Expands a cadence over the days of a period that lie in a season.
   *
   * @param cadence the cadence
   * @param period the days it applies to, such as an outreach series' period
   * @param calendar the academic calendar; required for "per term"
   * @param holidays days off to keep out of window edges
   * @param season the days of every year an occurrence may fall on
   * @return the occurrences in date order, numbered from 1; those with no day outside their
   *     closed days ({@link Occurrence#reachable()} false) have no reachable day
   * @throws InvalidInputException when a "per term" cadence has no calendar, or no term meets
   *     the period
   */
  public static ImmutableList<Occurrence> expand(Cadence cadence, DateRange period,
      Optional<AcademicCalendar> calendar, HolidayCalendar holidays, Season season) {
    ImmutableList.Builder<Occurrence> out = ImmutableList.builder();
    int[] number = {0};
    switch (cadence.kind()) {
      case PER_TERM: {
        AcademicCalendar cal = calendar.orElseThrow(() -> InvalidInputException.of("calendar",
            "cadence '" + cadence + "' needs an academic calendar"));
        List<Term> terms = cal.termsOverlapping(period);
        if (terms.isEmpty()) {
          throw InvalidInputException.of("period", "no term of " + cal.name() + " meets "
              + period);
        }
        for (Term t : terms) {
          DateRange part = clip(t.dates(), period);
          split(part, cadence.count(), t.name(), season, holidays, number, out);
        }
        break;
      }
      case PER_YEAR:
      case YEARLY: {
        int year = 0;
        for (LocalDate s = period.start(); !s.isAfter(period.end()); s = s.plusYears(1)) {
          year++;
          DateRange part = DateRange.of(s, Comparators.min(s.plusYears(1).minusDays(1), period.end()));
          split(part, cadence.count(), "year " + year, season, holidays, number, out);
        }
        break;
      }
      default: {
        long days = 7L * cadence.count();
        List<DateRange> stretches = stretches(period, season);
        if (stretches.isEmpty()) {
          out.add(unreachable(++number[0], "period 1", period));
        }
        int i = 0;
        for (DateRange stretch : stretches) {
          for (LocalDate s = stretch.start(); !s.isAfter(stretch.end()); s = s.plusDays(days)) {
            i++;
            DateRange part = DateRange.of(s, Comparators.min(s.plusDays(days - 1), stretch.end()));
            if (part.lengthInDays() * 2 >= days) {
              out.add(occurrence(++number[0], "period " + i, part, season, holidays));
            }
          }
        }
      }
    }
    return out.build();
  }

  /**
   * Splits the reachable days of a term or year into n runs of (nearly) equal count; every day
   * of the part is reachable without a season, so the runs are then equal lengths of days.
   */
  private static void split(DateRange part, int n, String name, Season season,
      HolidayCalendar holidays, int[] number, ImmutableList.Builder<Occurrence> out) {
    List<LocalDate> open = part.days().filter(season::contains).toList();
    if (open.isEmpty()) {
      for (int k = 0; k < n; k++) {
        out.add(unreachable(++number[0], name, part));
      }
      return;
    }
    int len = open.size();
    for (int k = 0; k < n; k++) {
      long from = (long) len * k / n;
      long to = Math.max(from, (long) len * (k + 1) / n - 1);
      DateRange w = DateRange.of(open.get((int) Math.min(from, len - 1)),
          open.get((int) Math.min(to, len - 1)));
      out.add(occurrence(++number[0], name, w, season, holidays));
    }
  }

  /** The stretches of consecutive days of a period that lie in a season, in date order. */
  private static List<DateRange> stretches(DateRange period, Season season) {
    List<DateRange> out = new ArrayList<>();
    LocalDate start = period.start();
    boolean inside = false;
    for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
      boolean in = season.contains(d);
      if (in && !inside) {
        start = d;
      } else if (!in && inside) {
        out.add(DateRange.of(start, d.minusDays(1)));
      }
      inside = in;
    }
    if (inside) {
      out.add(DateRange.of(start, period.end()));
    }
    return out;
  }

  /** An occurrence whose every day is closed: its window has no reachable day. */
  private static Occurrence unreachable(int number, String period, DateRange w) {
    return Occurrence.builder().number(number).period(period).window(w)
        .addAllClosedDays(w.days().toList()).build();
  }

  private static Occurrence occurrence(int number, String period, DateRange w, Season season,
      HolidayCalendar holidays) {
    LocalDate s = w.start();
    LocalDate e = w.end();
    while (s.isBefore(e) && (holidays.isHoliday(s) || !season.contains(s))) {
      s = s.plusDays(1);
    }
    while (e.isAfter(s) && (holidays.isHoliday(e) || !season.contains(e))) {
      e = e.minusDays(1);
    }
    DateRange window = DateRange.of(s, e);
    return Occurrence.builder().number(number).period(period).window(window)
        .addAllClosedDays(window.days().filter(d -> !season.contains(d)).toList()).build();
  }

  private static DateRange clip(DateRange a, DateRange b) {
    return DateRange.of(Comparators.max(a.start(), b.start()), Comparators.min(a.end(), b.end()));
  }
}
