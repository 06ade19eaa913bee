package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * What changed since a plan was made, for {@link Scheduler#replan}: people or venues that
 * became unavailable on some dates, events cancelled or added, people joining events.
 * Immutable; the empty change re-plans to the same plan.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class PlanChange implements WithPlanChange {

  /** @return per participant id, the dates they can no longer attend anything */
  public abstract ImmutableMap<String, ImmutableSet<LocalDate>> unavailablePeople();

  /** @return per location id, the dates it can no longer be used */
  public abstract ImmutableMap<String, ImmutableSet<LocalDate>> unavailableVenues();

  /** @return ids of the demands cancelled */
  public abstract ImmutableSet<String> cancelled();

  /** @return new demands to place */
  public abstract ImmutableList<Demand> added();

  /** @return participants new to the problem, for {@link #joins()} */
  public abstract ImmutableList<Participant> newParticipants();

  /** @return per demand id, participant ids who now must attend it */
  public abstract ImmutableMap<String, ImmutableSet<String>> joins();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code PlanChange} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePlanChange.Builder {
    Builder() {}
  }

  /** @return the change that changes nothing */
  public static PlanChange none() {
    return builder().build();
  }

  /**
   * @param participantId who is unavailable
   * @param dates the days, both ends included
   * @return the change that makes one person unavailable on those days
   */
  public static PlanChange personUnavailable(String participantId, DateRange dates) {
    return builder().unavailablePeople(ImmutableMap.of(participantId, dates.days()
        .collect(ImmutableSet.toImmutableSet()))).build();
  }

  /**
   * @param locationId which venue
   * @param dates the days, both ends included
   * @return the change that closes one venue on those days
   */
  public static PlanChange venueUnavailable(String locationId, DateRange dates) {
    return builder().unavailableVenues(ImmutableMap.of(locationId, dates.days()
        .collect(ImmutableSet.toImmutableSet()))).build();
  }
}
