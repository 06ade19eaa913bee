package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A range of whole days, both ends included: a program's period, a module's window, a term.
 *
 * <p>Immutable; the end is never before the start.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class DateRange implements WithDateRange {

  /** @return the first day */
  @Value.Parameter(order = 0)
  public abstract LocalDate start();

  /** @return the last day, included */
  @Value.Parameter(order = 1)
  public abstract LocalDate end();

  /**
   * The days from start to end, both included.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the range
   * @throws org.civiclab.core.InvalidInputException when end is before start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.of(start, end);
  }

  /**
   * One single day.
   *
   * @param day the day
   * @return the range of that day
   */
  public static DateRange day(LocalDate day) {
    return of(day, day);
  }

  @Value.Check
  void check() {
    Checks.check(!end().isBefore(start()), "end",
        "end " + end() + " is before start " + start());
  }

  /**
   * @param day a day
   * @return whether the day lies in this range
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * @param other another range
   * @return whether every day of the other range lies in this one
   */
  public boolean contains(DateRange other) {
    return contains(other.start()) && contains(other.end());
  }

  /**
   * @param other another range
   * @return whether the two ranges share at least one day
   */
  public boolean overlaps(DateRange other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /** @return the number of days, at least 1 */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /** @return the days of the range in order */
  public Stream<LocalDate> days() {
    return start().datesUntil(end().plusDays(1));
  }

  @Override
  public String toString() {
    return start().equals(end()) ? start().toString() : start() + ".." + end();
  }
}
