package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The shape of a program's (or a module's, or a venue's) day: which weekdays are working days,
 * when the day starts and ends, and its breaks (lunch, coffee).
 *
 * <p>An event whose time is open lies wholly inside one working day's hours and crosses no
 * break; a weekend program names Saturday and Sunday as its working days. Agreed times are not
 * held to it. The times are local wall-clock times in whatever zone the event is read in.
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class DayShape implements WithDayShape {

  /** @return the weekdays on which events may take place, at least one */
  public abstract ImmutableSet<DayOfWeek> workingDays();

  /** @return the local time the day's first event may start */
  public abstract LocalTime dayStart();

  /** @return the local time the day's last event must end by, after {@link #dayStart()} */
  public abstract LocalTime dayEnd();

  /** @return the breaks of every working day, inside the day's hours */
  public abstract ImmutableList<DailyBreak> breaks();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code DayShape} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableDayShape.Builder {
    Builder() {}
  }

  /**
   * A day without breaks.
   *
   * @param from the day's start
   * @param to the day's end, after {@code from}
   * @param days the working days, at least one
   * @return the day shape
   * @throws org.civiclab.core.InvalidInputException when the hours or days are not valid
   */
  public static DayShape of(LocalTime from, LocalTime to, Set<DayOfWeek> days) {
    return builder().dayStart(from).dayEnd(to).workingDays(days).build();
  }

  /**
   * Monday to Friday from a start to an end.
   *
   * @param from the day's start
   * @param to the day's end, after {@code from}
   * @return the day shape
   * @throws org.civiclab.core.InvalidInputException when the hours are not valid
   */
  public static DayShape weekdays(LocalTime from, LocalTime to) {
    return of(from, to, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!workingDays().isEmpty(), "workingDays", "a day shape needs a working day");
    c.require(dayEnd().isAfter(dayStart()), "dayEnd", "the day ends at " + dayEnd()
        + ", not after its start " + dayStart());
    for (int i = 0; i < breaks().size(); i++) {
      DailyBreak b = breaks().get(i);
      c.require(!b.start().isBefore(dayStart()) && !b.end().isAfter(dayEnd()),
          "breaks[" + i + "]", "break " + b + " is outside the day " + dayStart() + "–"
              + dayEnd());
    }
    c.done();
  }

  /**
   * Why an event may not take place at a time, in a coordinator's words.
   *
   * @param start the event's local start
   * @param end the event's local end, after {@code start}
   * @return empty when the event fits the day: on one working day, within the hours, across no
   *     break; else the reason, such as {@code crosses the lunch break 12:30–13:30}
   */
  public Optional<String> misfit(LocalDateTime start, LocalDateTime end) {
    if (!workingDays().contains(start.getDayOfWeek())) {
      return Optional.of("falls on a " + start.getDayOfWeek().toString().toLowerCase(
          java.util.Locale.ROOT) + ", not a working day " + workingDays());
    }
    if (!end.toLocalDate().equals(start.toLocalDate())) {
      return Optional.of("runs into the next day");
    }
    LocalTime from = start.toLocalTime();
    LocalTime to = end.toLocalTime();
    if (from.isBefore(dayStart())) {
      return Optional.of("starts before the day starts at " + dayStart());
    }
    if (to.isAfter(dayEnd())) {
      return Optional.of("ends after the day ends at " + dayEnd());
    }
    for (DailyBreak b : breaks()) {
      if (b.overlaps(from, to)) {
        return Optional.of("crosses the " + b + " break");
      }
    }
    return Optional.empty();
  }

  /**
   * @param start an event's local start
   * @param end its local end
   * @return whether the event fits the day, as {@link #misfit} finds no reason against it
   */
  public boolean admits(LocalDateTime start, LocalDateTime end) {
    return misfit(start, end).isEmpty();
  }

  /**
   * The working hours this day shape gives people who state none of their own.
   *
   * @param zone the zone the hours are read in
   * @return the day's hours on its working days (breaks are the day's, not the person's)
   */
  public WorkingHours asWorkingHours(java.time.ZoneId zone) {
    return WorkingHours.of(zone, dayStart(), dayEnd(), workingDays());
  }
}
