package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * Something to place in the schedule: a session, a mentoring meeting, a circle meeting, a study
 * visit.
 *
 * <p>A demand lasts a whole number of grains, has required and preferred attendees, takes place
 * in one of its allowed locations (any location when none is named) or online, and may carry a
 * window of days, a pinned placement, a sequence (module order), demands it must follow and
 * preferred times of day.
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Demand implements WithDemand {

  /** @return the demand's id, unique within a problem */
  public abstract String id();

  /** @return what a coordinator calls it, such as {@code pair 3, spring term, meeting 1} */
  @Value.Default
  public String label() {
    return id();
  }

  /** @return the length in grains, at least 1 */
  public abstract int durationGrains();

  /** @return participants who must attend */
  public abstract ImmutableList<String> requiredAttendees();

  /** @return participants who should attend when they can */
  public abstract ImmutableList<String> preferredAttendees();

  /**
   * Groups of which at least some members must be free at the demand's time: every sector at a
   * reflection meeting, say. Held by {@link Rules#quorum()} (hard) and {@link
   * Rules#quorumTurnout()} (soft: as many members as possible).
   *
   * @return the quorums; empty by default
   */
  public abstract ImmutableList<Quorum> quorums();

  /** @return whether the demand takes place online, without a location */
  @Value.Default
  public boolean online() {
    return false;
  }

  /** @return the locations it may use; empty means any */
  public abstract ImmutableSet<String> allowedLocations();

  /** @return the days it must lie in, such as its module's window or its cadence period */
  public abstract Optional<DateRange> window();

  /** @return a placement that was agreed and must not move */
  public abstract Optional<Placement> pinned();

  /** @return a group whose demands follow each other in {@link #sequenceOrder()} order */
  public abstract Optional<String> sequenceGroup();

  /**
   * A group of demands held at the same time: a workshop split into breakout groups, each with
   * its own facilitator and room or online breakout. Every demand of the group starts at the
   * same grain ({@link Rules#parallelStart()}), and the solver moves them together.
   *
   * @return the parallel group's name, if the demand belongs to one
   */
  public abstract Optional<String> parallelGroup();

  /** @return the position within the sequence group; lower orders end before higher ones start */
  @Value.Default
  public int sequenceOrder() {
    return 0;
  }

  /**
   * The demands that must end before this one starts, by id: an opening before the module's
   * other sessions, the sessions a closing or a decision follows. Held by {@link
   * Rules#moduleOrder()} beside the sequence group; the ids name demands of the same problem and
   * their order has no cycle.
   *
   * @return the ids of the demands this one comes after; empty by default
   */
  public abstract ImmutableSet<String> after();

  /** @return the earliest preferred local start time of day, in the grid's zone */
  public abstract Optional<LocalTime> preferredEarliestStart();

  /** @return the latest preferred local end time of day, in the grid's zone */
  public abstract Optional<LocalTime> preferredLatestEnd();

  /**
   * The zone attendees are in for an in-person event: everyone's working hours are then read as
   * the same wall-clock hours in that zone (a Sofia participant at a Brussels workshop works
   * Brussels hours that day). Empty: each attendee's hours in their own zone, as online.
   *
   * @return the zone where attendance is read, if any
   */
  public abstract Optional<java.time.ZoneId> attendanceZone();

  /**
   * The days an event whose time is open must fit, every one of them: working days, the day's
   * hours and its breaks, read in the grid's zone (a module's day and its venue's opening hours,
   * say). Empty: any grain of the grid. Not held against a pinned demand.
   *
   * @return the day shapes
   */
  public abstract ImmutableList<org.civiclab.core.time.DayShape> dayShapes();

  /**
   * Whether the attendees agreed to this demand's time (a recorded or confirmed meeting): the
   * working-hours and holiday rules then do not hold it back, and {@link
   * Rules#agreedAvailability()} reports any clash as a soft violation instead.
   *
   * @return whether the time is agreed; false by default
   */
  @Value.Default
  public boolean agreed() {
    return false;
  }

  /**
   * Whether the demand takes whole days, such as an exchange visit or an internship: it starts
   * at the first grain of a day and ends with the last grain of a day (its length is whole days
   * of grains), and its attendees' working hours and days off do not hold it back (a visit
   * runs over the weekend). Other events of its attendees still must not overlap it.
   *
   * @return whether it takes whole days; false by default
   */
  @Value.Default
  public boolean wholeDays() {
    return false;
  }

  /**
   * Whole days before the demand's first day on which its required attendees are away (a
   * journey to an international study visit): none of their other events may fall on them
   * ({@link Rules#attendeeOverlap()}), but the location is not used and its capacity and window
   * hold only for the demand's own days. The days must lie within the grid's days ({@link
   * Rules#gridFit()}). Only for a {@linkplain #wholeDays() whole-day} demand.
   *
   * @return the days, 0 by default
   */
  @Value.Default
  public int travelDaysBefore() {
    return 0;
  }

  /**
   * Whole days after the demand's last day on which its required attendees are away (the
   * journey back); held as {@link #travelDaysBefore()}.
   *
   * @return the days, 0 by default
   */
  @Value.Default
  public int travelDaysAfter() {
    return 0;
  }

  /**
   * Days on which the demand must not take place, in the grid's zone: a host organisation that
   * receives no visitors in August or at weekends. Held by {@link Rules#closedDays()} (hard),
   * for pinned demands too; travel days ({@link #travelDaysBefore()}) are not held back by them.
   *
   * @return the days closed to the demand; empty by default
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> closedDays();

  /**
   * @return the seats needed; by default required and preferred attendees and every quorum
   *     member, each person once
   */
  @Value.Default
  public int capacityNeed() {
    Set<String> who = new HashSet<>(requiredAttendees());
    who.addAll(preferredAttendees());
    quorums().forEach(q -> who.addAll(q.members()));
    return who.size();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Demand} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableDemand.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!id().isBlank(), "id", "must not be blank");
    c.require(durationGrains() >= 1, "durationGrains",
        "duration " + durationGrains() + " must be at least one grain");
    c.require(capacityNeed() >= 0, "capacityNeed", "must not be negative: " + capacityNeed());
    c.require(!online() || allowedLocations().isEmpty(), "allowedLocations",
        "an online demand names no location, got " + allowedLocations());
    pinned().ifPresent(p -> c.require(p.location().isPresent() != online(), "pinned",
        online() ? "an online demand is pinned without location, got " + p
            : "an in-person demand is pinned to a location, got " + p));
    c.require(travelDaysBefore() >= 0 && travelDaysAfter() >= 0, "travelDaysBefore",
        "travel days must not be negative, got " + travelDaysBefore() + " before and "
            + travelDaysAfter() + " after");
    c.require(wholeDays() || travelDaysBefore() + travelDaysAfter() == 0, "travelDaysBefore",
        "only a whole-day demand has travel days");
    c.require(!after().contains(id()), "after", "demand '" + id() + "' cannot come after itself");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requiredAttendees().size(); i++) {
      c.require(seen.add(requiredAttendees().get(i)), "requiredAttendees[" + i + "]",
          "participant '" + requiredAttendees().get(i) + "' is listed twice");
    }
    c.done();
  }
}
