package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * The grains of time a schedule is built from: equal lengths starting at local times in one zone.
 *
 * <p>A demand lasting {@code n} grains that starts at grain {@code i} occupies grains {@code i}
 * to {@code i + n - 1}; it fits when its last grain exists, lies on the day of its first and
 * follows it without a gap. Grains need not cover whole days: a grid of working hours on
 * working days is typical. Starts are local date-times (as iCalendar's DTSTART with TZID), so a
 * daylight-saving change keeps the wall-clock times. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class TimeGrid implements WithTimeGrid {

  /** @return the zone of the grains' local start times */
  public abstract ZoneId zone();

  /** @return the length of every grain, positive */
  public abstract Duration grainLength();

  /** @return the local start of each grain, strictly increasing */
  public abstract ImmutableList<LocalDateTime> grainStarts();

  /**
   * The granularity at which events whose time is open may start, counted from midnight: with
   * 5-minute grains (so that an agreed 11:15 to 13:05 lies exactly on the grid) and a 30-minute
   * start step, the solver still starts new events only at :00 and :30. Empty: at any grain.
   * Pinned events are not held to it (see {@link Rules#dayShape()}).
   *
   * @return the start step, a positive whole number of minutes, if any
   */
  public abstract Optional<Duration> startStep();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code TimeGrid} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableTimeGrid.Builder {
    Builder() {}
  }

  /**
   * Grains of one length on each day of a range that the filter accepts, from a daily start
   * time up to a daily end time.
   *
   * @param zone the zone
   * @param days the days to cover
   * @param dayFilter which days get grains, for example working days only
   * @param from the daily start of the first grain
   * @param to the daily end of the last grain, after {@code from}
   * @param grainLength the grain length, dividing the day window into whole grains
   * @return the grid
   * @throws org.civiclab.core.InvalidInputException when no grain results
   */
  public static TimeGrid daily(ZoneId zone, DateRange days, Predicate<LocalDate> dayFilter,
      LocalTime from, LocalTime to, Duration grainLength) {
    Builder b = builder().zone(zone).grainLength(grainLength);
    days.days().filter(dayFilter).forEach(day -> {
      LocalDateTime t = day.atTime(from);
      LocalDateTime end = day.atTime(to);
      while (!t.plus(grainLength).isAfter(end)) {
        b.addGrainStart(t);
        t = t.plus(grainLength);
      }
    });
    return b.build();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!grainLength().isNegative() && !grainLength().isZero(), "grainLength",
        "grain length " + grainLength() + " must be positive");
    c.require(!grainStarts().isEmpty(), "grainStarts", "a grid needs at least one grain");
    startStep().ifPresent(st -> c.require(!st.isNegative() && !st.isZero()
        && st.toSecondsPart() == 0 && st.toNanosPart() == 0, "startStep",
        "start step " + st + " must be a positive whole number of minutes"));
    for (int i = 1; i < grainStarts().size(); i++) {
      if (!grainStarts().get(i).isAfter(grainStarts().get(i - 1))) {
        c.add("grainStarts[" + i + "]", "grain start " + grainStarts().get(i)
            + " is not after the previous one " + grainStarts().get(i - 1));
        break;
      }
    }
    c.done();
  }

  /**
   * @param grain a grain index
   * @return whether an event whose time is open may start at the grain, by {@link #startStep()}
   */
  public boolean startsOnStep(int grain) {
    if (startStep().isEmpty()) {
      return true;
    }
    long minute = grainStarts().get(grain).toLocalTime().toSecondOfDay() / 60;
    LocalDateTime t = grainStarts().get(grain);
    return t.getSecond() == 0 && t.getNano() == 0 && minute % startStep().get().toMinutes() == 0;
  }

  /** @return the number of grains */
  public int size() {
    return grainStarts().size();
  }

  /**
   * @param grain a grain index
   * @return the local day of the grain's start
   */
  public LocalDate dayOf(int grain) {
    return grainStarts().get(grain).toLocalDate();
  }

  /**
   * The span covered by an event of some grains starting at a grain.
   *
   * @param start the first grain's index
   * @param grains the number of grains, at least 1
   * @return the span, in this grid's zone
   */
  public TimeSpan span(int start, int grains) {
    return TimeSpan.starting(grainStarts().get(start), grainLength().multipliedBy(grains), zone());
  }
}
