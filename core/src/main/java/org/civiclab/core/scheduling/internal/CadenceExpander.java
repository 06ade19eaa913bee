package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.scheduling.Occurrence;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;

/**
 * Expands a {@link Cadence} over a period into occurrences, each with its own window of days.
 *
 * <p>"n per term" splits each term of the calendar that meets the period into n consecutive
 * windows of (nearly) equal length, so that meetings spread over the term; "n per year" does the
 * same for each year counted from the period's start; "every k weeks" gives one window per k
 * weeks (a last partial window counts when it is at least half as long); "yearly" is one per
 * year. Holidays at either edge of a window are trimmed off; holidays inside stay for the
 * holiday rule. Stateless.
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
          split(part, cadence.count(), t.name(), holidays, number, out);
        }
        break;
      }
      case PER_YEAR:
      case YEARLY: {
        int year = 0;
        for (LocalDate s = period.start(); !s.isAfter(period.end()); s = s.plusYears(1)) {
          year++;
          DateRange part = DateRange.of(s, min(s.plusYears(1).minusDays(1), period.end()));
          split(part, cadence.count(), "year " + year, holidays, number, out);
        }
        break;
      }
      default: {
        long days = 7L * cadence.count();
        int i = 0;
        for (LocalDate s = period.start(); !s.isAfter(period.end()); s = s.plusDays(days)) {
          i++;
          DateRange part = DateRange.of(s, min(s.plusDays(days - 1), period.end()));
          if (part.lengthInDays() * 2 >= days) {
            out.add(occurrence(++number[0], "period " + i, part, holidays));
          }
        }
      }
    }
    return out.build();
  }

  private static void split(DateRange part, int n, String name, HolidayCalendar holidays,
      int[] number, ImmutableList.Builder<Occurrence> out) {
    long len = part.lengthInDays();
    for (int k = 0; k < n; k++) {
      long from = len * k / n;
      long to = Math.max(from, len * (k + 1) / n - 1);
      DateRange w = DateRange.of(part.start().plusDays(Math.min(from, len - 1)),
          part.start().plusDays(Math.min(to, len - 1)));
      out.add(occurrence(++number[0], name, w, holidays));
    }
  }

  private static Occurrence occurrence(int number, String period, DateRange w,
      HolidayCalendar holidays) {
    LocalDate s = w.start();
    LocalDate e = w.end();
    while (s.isBefore(e) && holidays.isHoliday(s)) {
      s = s.plusDays(1);
    }
    while (e.isAfter(s) && holidays.isHoliday(e)) {
      e = e.minusDays(1);
    }
    return Occurrence.builder().number(number).period(period).window(DateRange.of(s, e)).build();
  }

  private static DateRange clip(DateRange a, DateRange b) {
    return DateRange.of(a.start().isAfter(b.start()) ? a.start() : b.start(),
        min(a.end(), b.end()));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
