package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The hours of the week in which a person or an organisation can take part, in their own zone.
 *
 * <p>Each working day has one window from a start to an end time; days without a window are
 * free days. The zone is the zone of whoever these hours belong to, so an online session shared
 * by Brussels and Sofia is checked against each participant's own hours. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class WorkingHours implements WithWorkingHours {

  /** @return the zone in which the hours are read */
  public abstract ZoneId zone();

  /** @return the start of work per working day */
  public abstract ImmutableMap<DayOfWeek, LocalTime> openingTimes();

  /** @return the end of work per working day; same keys as {@link #openingTimes()} */
  public abstract ImmutableMap<DayOfWeek, LocalTime> closingTimes();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code WorkingHours} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableWorkingHours.Builder {
    Builder() {}
  }

  /**
   * The same hours on the given days.
   *
   * @param zone the zone
   * @param from daily start
   * @param to daily end, after {@code from}
   * @param days the working days
   * @return the working hours
   */
  public static WorkingHours of(ZoneId zone, LocalTime from, LocalTime to, Set<DayOfWeek> days) {
    Builder b = builder().zone(zone);
    for (DayOfWeek d : days) {
      b.putOpeningTime(d, from).putClosingTime(d, to);
    }
    return b.build();
  }

  /**
   * Monday to Friday, 09:00–17:00.
   *
   * @param zone the zone
   * @return office hours in that zone
   */
  public static WorkingHours officeHours(ZoneId zone) {
    return of(zone, LocalTime.of(9, 0), LocalTime.of(17, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  /**
   * The hours as a coordinator reads them: runs of days with the same hours, in week order, and
   * the zone, such as {@code Mon–Fri 09:00–17:00 (Europe/Sofia)}.
   *
   * @return the description; {@code no working days (zone)} when there are none
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    DayOfWeek[] week = DayOfWeek.values();
    int i = 0;
    while (i < week.length) {
      LocalTime from = openingTimes().get(week[i]);
      if (from == null) {
        i++;
        continue;
      }
      LocalTime to = closingTimes().get(week[i]);
      int j = i;
      while (j + 1 < week.length && from.equals(openingTimes().get(week[j + 1]))
          && java.util.Objects.equals(to, closingTimes().get(week[j + 1]))) {
        j++;
      }
      String days = shortName(week[i]) + (j > i ? "\u2013" + shortName(week[j]) : "");
      parts.add(days + " " + from + "\u2013" + to);
      i = j + 1;
    }
    return (parts.isEmpty() ? "no working days" : String.join(", ", parts)) + " (" + zone().getId()
        + ")";
  }

  private static String shortName(DayOfWeek d) {
    return d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(openingTimes().keySet().equals(closingTimes().keySet()), "closingTimes",
        "working days " + closingTimes().keySet() + " differ from opening days " + openingTimes().keySet());
    for (Map.Entry<DayOfWeek, LocalTime> e : openingTimes().entrySet()) {
      LocalTime close = closingTimes().get(e.getKey());
      if (close != null) {
        c.require(close.isAfter(e.getValue()), "closingTimes[" + e.getKey() + "]",
            "closing time " + close + " is not after opening time " + e.getValue());
      }
    }
    c.done();
  }

  /** @return the days with a working window */
  public ImmutableSet<DayOfWeek> workingDays() {
    return openingTimes().keySet();
  }

  /**
   * Whether a span lies wholly inside one working window, as seen in these hours' zone.
   *
   * @param span the span, in any zone
   * @return true when the span starts and ends on one working day within its window
   */
  public boolean contains(TimeSpan span) {
    TimeSpan local = span.in(zone());
    if (!local.start().toLocalDate().equals(local.end().toLocalDate())) {
      return false;
    }
    DayOfWeek day = local.start().getDayOfWeek();
    LocalTime open = openingTimes().get(day);
    LocalTime close = closingTimes().get(day);
    return open != null && !local.start().toLocalTime().isBefore(open)
        && !local.end().toLocalTime().isAfter(close);
  }
}
