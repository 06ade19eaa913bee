package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.internal.AsEarlyAsPossible;
import org.civiclab.core.scheduling.internal.AttendeeOverlap;
import org.civiclab.core.scheduling.internal.Availability;
import org.civiclab.core.scheduling.internal.BackToBack;
import org.civiclab.core.scheduling.internal.BuiltInRules;
import org.civiclab.core.scheduling.internal.Capacity;
import org.civiclab.core.scheduling.internal.ClosedDays;
import org.civiclab.core.scheduling.internal.DayShapeFit;
import org.civiclab.core.scheduling.internal.EvenSpread;
import org.civiclab.core.scheduling.internal.FewerGaps;
import org.civiclab.core.scheduling.internal.GridFit;
import org.civiclab.core.scheduling.internal.LessTravel;
import org.civiclab.core.scheduling.internal.ParallelEvents;
import org.civiclab.core.scheduling.internal.ParallelStart;
import org.civiclab.core.scheduling.internal.PreferredAttendeeOverlap;
import org.civiclab.core.scheduling.internal.PreferredTimes;
import org.civiclab.core.scheduling.internal.QuorumRule;
import org.civiclab.core.scheduling.internal.RoomFit;
import org.civiclab.core.scheduling.internal.RoomStability;
import org.civiclab.core.scheduling.internal.Sequence;
import org.civiclab.core.scheduling.internal.SharedCapacity;
import org.civiclab.core.scheduling.internal.Stability;
import org.civiclab.core.scheduling.internal.TravelTime;
import org.civiclab.core.scheduling.internal.VenueDoubleBooked;
import org.civiclab.core.scheduling.internal.Window;
import org.civiclab.core.scheduling.spi.Rule;

/**
 * The built-in rules, each with its default level and weight; change either with {@link
 * Rule#weighted(Level, long)}.
 *
 * <p>Hard: {@link #gridFit()} (or {@link #sameDay()}), {@link #dayShape()}, {@link
 * #attendeeOverlap()}, {@link #travelTime()}, {@link #venueDoubleBooked()}, {@link
 * #venueCapacity()}, {@link #sharedCapacity()}, {@link #quorum()}, {@link #parallelStart()},
 * {@link #window()}, {@link #closedDays()}, {@link #workingHours()}, {@link #holidays()},
 * {@link #moduleOrder()}.
 * Medium: {@link #preferredAttendeeOverlap()}, {@link #stability()}, {@link
 * #quorumTurnout()}. Soft: {@link #evenSpread()}, {@link #preferredTimes()}, {@link
 * #asEarlyAsPossible()}, {@link #breakBetween()}, {@link #parallelEvents()}, {@link
 * #roomFit()}, {@link #roomStability()}, {@link #lessTravel()}, {@link #fewerGaps()}, {@link
 * #agreedAvailability()}.
 */
@API(status = STABLE, since = "0.1.0")
public final class Rules {
  private Rules() {}

  /** @return hard: an event ends within the grid, on its start's day, without a gap */
  public static Rule gridFit() {
    return new GridFit(false, Level.HARD, 1);
  }

  /**
   * A looser {@link #gridFit()}: an event's last grain exists and lies on its start's day, even
   * when the day's grains have a gap (a lunch break) in between.
   *
   * @return hard: an event ends within the grid on its start's day; penalty 1, or the last
   *     grain's index when that grain does not exist
   */
  public static Rule sameDay() {
    return new GridFit(true, Level.HARD, 1);
  }

  /**
   * An event whose time is open starts on the grid's start step ({@link TimeGrid#startStep()})
   * and fits its demand's day shape ({@link Demand#dayShapes()}): on a working day, inside the
   * day's hours, across no break. Pinned (agreed) events are exempt: they keep their time.
   *
   * @return hard: penalty 1 for a start off the step, 1 for a start the day shape rejects
   */
  public static Rule dayShape() {
    return new DayShapeFit(Level.HARD, 1);
  }

  /** @return hard: nobody is required at two overlapping events; penalty per shared grain */
  public static Rule attendeeOverlap() {
    return new AttendeeOverlap(Level.HARD, 1);
  }

  /** @return hard: between events at different sites on one day, attendees have travel time */
  public static Rule travelTime() {
    return new TravelTime(Level.HARD, 1);
  }

  /**
   * @return hard: no location that is not {@linkplain Location#shared() shared} hosts two events
   *     at once; penalty per shared grain
   */
  public static Rule venueDoubleBooked() {
    return new VenueDoubleBooked(Level.HARD, 1);
  }

  /**
   * @return hard: a location that is not shared seats everyone the event needs; penalty per
   *     missing seat
   */
  public static Rule venueCapacity() {
    return new Capacity(Level.HARD, 1);
  }

  /**
   * A {@linkplain Location#shared() shared} location's capacity holds for every event there at
   * one moment together: several groups may be at one host, as long as together they fit.
   * Penalty: the seats over capacity, summed over the grains. Hard.
   *
   * @return the rule
   */
  public static Rule sharedCapacity() {
    return new SharedCapacity(Level.HARD, 1);
  }

  /**
   * The demands of one {@linkplain Demand#parallelGroup() parallel group} start at the same
   * grain: breakout groups of one session. Penalty: one per pair of them apart. Hard.
   *
   * @return the rule
   */
  public static Rule parallelStart() {
    return new ParallelStart(Level.HARD, 1);
  }

  /**
   * Each of a demand's {@linkplain Demand#quorums() quorums} has at least its least number of
   * members free: in their working hours, off their days off and at no other event they must
   * attend. Penalty: the members missing. Hard.
   *
   * @return the rule
   */
  public static Rule quorum() {
    return QuorumRule.quorum(Level.HARD, 1);
  }

  /**
   * As many quorum members as possible are free for their demand (a reflection meeting with
   * every representative, not only one per sector). Penalty: one per member who is not free.
   * Medium, like {@link #preferredAttendeeOverlap()}.
   *
   * @return the rule
   */
  public static Rule quorumTurnout() {
    return QuorumRule.turnout(Level.MEDIUM, 1);
  }

  /** @return hard: an event lies within its window (module window, cadence period) */
  public static Rule window() {
    return new Window(Level.HARD, 1);
  }

  /**
   * An event takes place on none of its demand's {@linkplain Demand#closedDays() closed days}
   * (a host that receives no visitors at weekends or in August), whether its time is open or
   * agreed; travel days around it do not count. Penalty: the grains on closed days. Hard.
   *
   * @return the rule
   */
  public static Rule closedDays() {
    return new ClosedDays(Level.HARD, 1);
  }

  /**
   * @return hard: an event whose time is not agreed lies within every required attendee's
   *     working hours, in their zone (or the event's attendance zone)
   */
  public static Rule workingHours() {
    return new Availability(true, false, Level.HARD, 1);
  }

  /**
   * @return hard: an event whose time is not agreed avoids common holidays and every required
   *     attendee's days off
   */
  public static Rule holidays() {
    return new Availability(false, false, Level.HARD, 1);
  }

  /**
   * Order between events: within a sequence group (the modules of an edition) a lower order ends
   * before a higher order starts, and every demand starts after the demands it names in {@link
   * Demand#after()} end (an opening first, a closing last).
   *
   * @return hard: penalty per grain by which a later event starts before an earlier one ends
   */
  public static Rule moduleOrder() {
    return new Sequence(Level.HARD, 1);
  }

  /**
   * Agreed times ({@link Demand#agreed()}) that fall outside someone's working hours or on
   * their day off: reported, not prevented, since the attendees accepted them.
   *
   * @return soft: per attendee and grain of an agreed event outside their working time
   */
  public static Rule agreedAvailability() {
    return new Availability(true, true, Level.SOFT, 1);
  }

  /** @return medium: preferred attendees are not wanted at two overlapping events */
  public static Rule preferredAttendeeOverlap() {
    return new PreferredAttendeeOverlap(Level.MEDIUM, 1);
  }

  /** @return medium: a re-plan keeps each event's previous start and location */
  public static Rule stability() {
    return new Stability(Level.MEDIUM, 1);
  }

  /** @return soft: an event sits near the middle of its window, spreading a cadence evenly */
  public static Rule evenSpread() {
    return new EvenSpread(Level.SOFT, 1);
  }

  /** @return soft: an event keeps to its preferred times of day; penalty per grain outside */
  public static Rule preferredTimes() {
    return new PreferredTimes(Level.SOFT, 1);
  }

  /** @return soft: events end as early as possible; penalty is the last grain's index */
  public static Rule asEarlyAsPossible() {
    return new AsEarlyAsPossible(Level.SOFT, 1);
  }

  /** @return soft: no event starts right as another ends */
  public static Rule breakBetween() {
    return new BackToBack(Level.SOFT, 1);
  }

  /** @return soft: fewer events run in parallel; penalty per shared grain of any two events */
  public static Rule parallelEvents() {
    return new ParallelEvents(Level.SOFT, 1);
  }

  /** @return soft: events use small rooms; penalty is the seats every larger room has more */
  public static Rule roomFit() {
    return new RoomFit(Level.SOFT, 1);
  }

  /** @return soft: someone with two events at most two grains apart keeps the same room */
  public static Rule roomStability() {
    return new RoomStability(Level.SOFT, 1);
  }

  /** @return soft: people change sites less often within a day; penalty in travel grains */
  public static Rule lessTravel() {
    return new LessTravel(Level.SOFT, 1);
  }

  /** @return soft: fewer idle grains between someone's first and last event of a day */
  public static Rule fewerGaps() {
    return new FewerGaps(Level.SOFT, 1);
  }

  /** @return every built-in hard rule */
  public static ImmutableList<Rule> hard() {
    return ImmutableList.of(gridFit(), dayShape(), attendeeOverlap(), travelTime(),
        venueDoubleBooked(), venueCapacity(), sharedCapacity(), quorum(), parallelStart(), window(),
        closedDays(), workingHours(), holidays(), moduleOrder());
  }

  /**
   * The rules for planning programs: every hard rule, preferred attendance, quorum turnout and
   * stability at medium, and even spread, preferred times, fewer gaps and less travel as soft
   * preferences.
   *
   * @return the standard rule set
   */
  public static ImmutableList<Rule> standard() {
    return ImmutableList.<Rule>builder().addAll(hard()).add(preferredAttendeeOverlap(),
        stability(), evenSpread(), preferredTimes(), fewerGaps(), lessTravel(),
        agreedAvailability(), quorumTurnout()).build();
  }
}
