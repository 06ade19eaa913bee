package org.civiclab.ical;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.scheduling.PlanDiff;

/**
 * How often each event has been revised, and when last: the SEQUENCE and LAST-MODIFIED that
 * {@link ICalExporter} writes. A calendar client that already holds an event replaces it only
 * when the new copy's SEQUENCE is higher, so every change of time or place must raise it.
 *
 * <p>Events are named by their id: a session's or meeting's {@link EventId} as text (which is
 * also the event id of a {@link PlanDiff}), {@code visit/<visitId>} for an exchange visit.
 * An event not named has SEQUENCE 0 and no LAST-MODIFIED. Keep the revisions with the program
 * and pass them to every export: after a re-plan, {@link #after(PlanDiff, Instant)} raises the
 * SEQUENCE of every moved, added or cancelled event by one. Instances are immutable.
 *
 * {@snippet :
 * EventRevisions revisions = EventRevisions.none();       // kept with the program
 * Replan replan = scheduler.replan(problem, previous, change);
 * revisions = revisions.after(replan.diff(), Instant.now());
 * String ics = ICalExporter.create().withRevisions(revisions).program(replanned, directory);
 * }
 */
@API(status = STABLE, since = "0.1.0")
@CheckReturnValue
public final class EventRevisions {
  private static final EventRevisions NONE = new EventRevisions(ImmutableMap.of());

  /** A revision: the SEQUENCE number and when it was made. */
  private static final class Revision {
    final int sequence;
    final Instant at;

    Revision(int sequence, Instant at) {
      this.sequence = sequence;
      this.at = at;
    }
  }

  private final ImmutableMap<String, Revision> byEvent;

  private EventRevisions(ImmutableMap<String, Revision> byEvent) {
    this.byEvent = byEvent;
  }

  /** @return no revisions: every event has SEQUENCE 0 and no LAST-MODIFIED */
  public static EventRevisions none() {
    return NONE;
  }

  /**
   * These revisions with one event's set.
   *
   * @param event the session's or meeting's id
   * @param sequence its SEQUENCE, 0 or more
   * @param lastModified when it last changed
   * @return the new revisions
   * @throws InvalidInputException when the sequence is negative
   */
  public EventRevisions with(EventId event, int sequence, Instant lastModified) {
    return with(event.value(), sequence, lastModified);
  }

  /**
   * These revisions with one exchange visit's set.
   *
   * @param visit the visit's id
   * @param sequence its SEQUENCE, 0 or more
   * @param lastModified when it last changed
   * @return the new revisions
   * @throws InvalidInputException when the sequence is negative
   */
  public EventRevisions with(VisitId visit, int sequence, Instant lastModified) {
    return with(EventGatherer.visitKey(visit), sequence, lastModified);
  }

  private EventRevisions with(String key, int sequence, Instant lastModified) {
    if (sequence < 0) {
      throw InvalidInputException.of("sequence", "the SEQUENCE of '" + key
          + "' must be 0 or more, not " + sequence);
    }
    Map<String, Revision> next = new LinkedHashMap<>(byEvent);
    next.put(key, new Revision(sequence, lastModified.truncatedTo(ChronoUnit.SECONDS)));
    return new EventRevisions(ImmutableMap.copyOf(next));
  }

  /**
   * These revisions after a re-plan: every event the diff moved, added or cancelled gets the
   * next SEQUENCE and {@code when} as LAST-MODIFIED; the others keep theirs.
   *
   * @param diff what the re-plan changed ({@code Replan.diff()})
   * @param when when the re-plan was made
   * @return the new revisions
   */
  public EventRevisions after(PlanDiff diff, Instant when) {
    Map<String, Revision> next = new LinkedHashMap<>(byEvent);
    Instant at = when.truncatedTo(ChronoUnit.SECONDS);
    for (String id : diff.changedEventIds()) {
      Revision old = next.get(id);
      next.put(id, new Revision(old == null ? 1 : old.sequence + 1, at));
    }
    return new EventRevisions(ImmutableMap.copyOf(next));
  }

  /**
   * @param event an event's id as text ({@code visit/<visitId>} for a visit)
   * @return its SEQUENCE; 0 when never revised
   */
  public int sequence(String event) {
    Revision r = byEvent.get(event);
    return r == null ? 0 : r.sequence;
  }

  /**
   * @param event an event's id as text ({@code visit/<visitId>} for a visit)
   * @return when it was last revised; empty when never
   */
  public Optional<Instant> lastModified(String event) {
    return Optional.ofNullable(byEvent.get(event)).map(r -> r.at);
  }

  /** @return the SEQUENCE of every event revised at least once, in first-revised order */
  public ImmutableMap<String, Integer> sequences() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    byEvent.forEach((k, r) -> b.put(k, r.sequence));
    return b.build();
  }

  @Override
  public String toString() {
    return "EventRevisions" + sequences();
  }
}
