package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.WorkingHours;
import org.immutables.value.Value;

/**
 * Someone who attends demands: an id, optional working hours in their own zone, and optional
 * days off.
 *
 * <p>Without working hours a participant is available at every grain of the grid. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Participant implements WithParticipant {

  /** @return the participant's id, unique within a problem */
  public abstract String id();

  /** @return the name a coordinator reads, the id by default */
  @Value.Default
  public String name() {
    return id();
  }

  /** @return when the participant can take part, in their zone */
  public abstract Optional<WorkingHours> workingHours();

  /** @return the participant's days off, such as the public holidays of their country */
  public abstract Optional<HolidayCalendar> holidays();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Participant} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  /**
   * A participant available at every grain.
   *
   * @param id the id
   * @return the participant
   */
  public static Participant of(String id) {
    return builder().id(id).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
  }
}
