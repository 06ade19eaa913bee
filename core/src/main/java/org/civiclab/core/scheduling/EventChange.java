package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * One event that a re-plan moved, added or cancelled, with its old and new time and place and
 * the people it concerns: what an exporter needs to raise an event's SEQUENCE and what a
 * coordinator reads. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class EventChange implements WithEventChange {

  /** What happened to an event. */
  public enum Kind {
    /** It has a new time or place. */
    MOVED,
    /** It is new. */
    ADDED,
    /** It no longer takes place. */
    CANCELLED
  }

  /** @return the demand's id, which is the event's id in the plan */
  public abstract String eventId();

  /** @return what a coordinator calls it */
  public abstract String label();

  /** @return what happened */
  public abstract Kind kind();

  /** @return when it was; empty when added */
  public abstract Optional<TimeSpan> before();

  /** @return when it is now; empty when cancelled */
  public abstract Optional<TimeSpan> after();

  /** @return the location id it was at; empty when added or online */
  public abstract Optional<String> locationBefore();

  /** @return the location id it is at now; empty when cancelled or online */
  public abstract Optional<String> locationAfter();

  /** @return ids of the participants concerned: its attendees before and after */
  public abstract ImmutableSet<String> people();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code EventChange} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableEventChange.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    String from = before().map(TimeSpan::toString).orElse("-")
        + locationBefore().map(l -> " @" + l).orElse("");
    String to = after().map(TimeSpan::toString).orElse("-")
        + locationAfter().map(l -> " @" + l).orElse("");
    return kind().name().toLowerCase(java.util.Locale.ROOT) + " " + label() + ": " + from
        + " -> " + to;
  }
}
