package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A recurring weekly time at which someone can meet, such as Tuesday 18:00, in the program's
 * time zone.
 *
 * <p>Matching only compares slots for equality: a learning circle needs one slot that all its
 * members with known availability share. Slots order by day, then start time.
 */
@Value.Immutable(builder = false, copy = false)
@API(status = STABLE, since = "0.1.0")
public abstract class WeeklySlot implements Comparable<WeeklySlot> {
  private static final Comparator<WeeklySlot> ORDER =
      Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::start);

  /** @return the day of the week */
  @Value.Parameter(order = 0)
  public abstract DayOfWeek day();

  /** @return the local start time */
  @Value.Parameter(order = 1)
  public abstract LocalTime start();

  /**
   * The slot on a day at a time.
   *
   * @param day the day of the week
   * @param start the start time, local to the program's zone
   * @return the slot
   */
  public static WeeklySlot of(DayOfWeek day, LocalTime start) {
    return ImmutableWeeklySlot.of(day, start);
  }

  /**
   * The slot on a day at a whole hour.
   *
   * @param day the day of the week
   * @param hour the hour, 0 to 23
   * @return the slot
   * @throws java.time.DateTimeException when the hour is out of range
   */
  public static WeeklySlot of(DayOfWeek day, int hour) {
    return of(day, LocalTime.of(hour, 0));
  }

  @Override
  public int compareTo(WeeklySlot o) {
    return ORDER.compare(this, o);
  }

  /** @return for example {@code TUE 18:00} */
  @Override
  public String toString() {
    return day().name().substring(0, 3) + " " + start();
  }
}
