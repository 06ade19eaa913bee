package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A planned stretch of time: a local start and end in an explicit time zone.
 *
 * <p>The wall-clock times are what the organiser agreed on; the instants are derived from the
 * zone's rules, so a future change of daylight-saving rules moves the instants, not the agreed
 * times. The end is strictly after the start (compared as instants). Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class TimeSpan implements Comparable<TimeSpan>, WithTimeSpan {

  /** @return the local start, as agreed */
  @Value.Parameter(order = 0)
  public abstract LocalDateTime start();

  /** @return the local end, as agreed */
  @Value.Parameter(order = 1)
  public abstract LocalDateTime end();

  /** @return the zone the local times are in */
  @Value.Parameter(order = 2)
  public abstract ZoneId zone();

  /**
   * A span from start to end in a zone.
   *
   * @param start local start
   * @param end local end, after start
   * @param zone the zone of both
   * @return the span
   * @throws org.civiclab.core.InvalidInputException when end is not after start
   */
  public static TimeSpan of(LocalDateTime start, LocalDateTime end, ZoneId zone) {
    return ImmutableTimeSpan.of(start, end, zone);
  }

  /**
   * A span on one day, such as 13 March 2024 10:00–17:00 in Europe/Brussels.
   *
   * @param day the day
   * @param from the local start time
   * @param to the local end time, after {@code from}
   * @param zone the zone
   * @return the span
   */
  public static TimeSpan on(LocalDate day, java.time.LocalTime from, java.time.LocalTime to,
      ZoneId zone) {
    return of(day.atTime(from), day.atTime(to), zone);
  }

  /**
   * A span of a given length.
   *
   * @param start local start
   * @param length positive length
   * @param zone the zone
   * @return the span
   */
  public static TimeSpan starting(LocalDateTime start, Duration length, ZoneId zone) {
    ZonedDateTime s = start.atZone(zone);
    return of(start, s.plus(length).withZoneSameInstant(zone).toLocalDateTime(), zone);
  }

  @Value.Check
  void check() {
    Checks.check(endInstant().isAfter(startInstant()), "end",
        "end " + end() + " is not after start " + start() + " (" + zone() + ")");
  }

  /** @return the start as an instant under the zone's current rules */
  public Instant startInstant() {
    return start().atZone(zone()).toInstant();
  }

  /** @return the end as an instant under the zone's current rules */
  public Instant endInstant() {
    return end().atZone(zone()).toInstant();
  }

  /** @return the elapsed time between start and end (a DST change counts) */
  public Duration duration() {
    return Duration.between(startInstant(), endInstant());
  }

  /**
   * @param other another span, in any zone
   * @return whether the two spans share a moment (touching ends do not overlap)
   */
  public boolean overlaps(TimeSpan other) {
    return startInstant().isBefore(other.endInstant()) && other.startInstant().isBefore(endInstant());
  }

  /**
   * The same moments seen in another zone.
   *
   * @param other the zone
   * @return the span with local times in {@code other}
   */
  public TimeSpan in(ZoneId other) {
    return of(start().atZone(zone()).withZoneSameInstant(other).toLocalDateTime(),
        end().atZone(zone()).withZoneSameInstant(other).toLocalDateTime(), other);
  }

  /** @return the local day of the start */
  public LocalDate day() {
    return start().toLocalDate();
  }

  /** Orders by start instant, then end instant. */
  @Override
  public int compareTo(TimeSpan o) {
    int c = startInstant().compareTo(o.startInstant());
    return c != 0 ? c : endInstant().compareTo(o.endInstant());
  }

  @Override
  public String toString() {
    String endText = end().toLocalDate().equals(start().toLocalDate())
        ? end().toLocalTime().toString() : end().toString();
    return start() + "–" + endText + " " + zone();
  }
}
