package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One person's enrolment in an edition: status, audience, track and place in the registration
 * order. Immutable; {@code org.civiclab.core.enrolment.Roster} moves enrolments between states.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Enrollment implements WithEnrollment {

  /** @return who */
  public abstract PersonId person();

  /** @return where the person stands */
  public abstract EnrollmentStatus status();

  /** @return whether the person is staff or external */
  public abstract Audience audience();

  /** @return the track the person joins, if the edition has tracks */
  public abstract Optional<TrackId> track();

  /**
   * The person's position in the registration order: smaller registered earlier. The waiting
   * list is served in this order.
   *
   * @return the registration sequence number, at least 0
   */
  public abstract long sequence();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Enrollment} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableEnrollment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(sequence() >= 0, "sequence", "sequence " + sequence() + " must not be negative");
  }

  /** @return whether this enrolment occupies one of the edition's places */
  public boolean holdsPlace() {
    return holdsPlace(status());
  }

  /**
   * @param status a status
   * @return whether an enrolment in that status occupies a place: registered, confirmed or
   *     completed
   */
  public static boolean holdsPlace(EnrollmentStatus status) {
    return status == EnrollmentStatus.REGISTERED || status == EnrollmentStatus.CONFIRMED
        || status == EnrollmentStatus.COMPLETED;
  }
}
