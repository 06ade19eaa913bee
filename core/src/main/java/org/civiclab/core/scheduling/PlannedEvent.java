package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * One event of a program's plan: what it is, when, where and who comes. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class PlannedEvent implements WithPlannedEvent {

  /** What a planned event comes from. */
  public enum Kind {
    /** A session of a module. */
    SESSION,
    /** A meeting of a mentor pairing. */
    MENTORING,
    /** A meeting of a learning circle. */
    CIRCLE,
    /** An exchange visit, internship or study visit: whole days at a host. */
    VISIT,
    /** An outreach visit to a community. */
    OUTREACH,
    /** A reflection meeting of the sectors. */
    REFLECTION
  }

  /** @return the demand's id in the scheduling problem */
  public abstract String demandId();

  /** @return what a coordinator calls it */
  public abstract String label();

  /** @return what it comes from */
  public abstract Kind kind();

  /** @return the id of the session, pairing, circle, visit or meeting it comes from */
  public abstract String sourceId();

  /** @return when it takes place, in the program's zone */
  public abstract TimeSpan when();

  /** @return its venue; empty when online */
  public abstract Optional<VenueId> venue();

  /** @return who must attend */
  public abstract ImmutableList<PersonId> attendees();

  /**
   * The whole days its attendees spend travelling to and from it, outside {@link #when()}: the
   * travel days before and after an exchange visit, each side one span from midnight to
   * midnight in the program's zone. Nothing else they must attend falls on them.
   *
   * @return the travel spans, the one before first; empty for most events
   */
  public abstract ImmutableList<TimeSpan> travel();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code PlannedEvent} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePlannedEvent.Builder {
    Builder() {}
  }
}
