package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One record of an attendance log: whether a person attended an event of a program, recorded
 * at an instant. Records are appended, never changed; a correction is a later record. Immutable.
 *
 * <p>The event is any event of the program with an {@link EventId}: a module session, a mentor
 * or circle meeting, an outreach or reflection meeting (an exchange visit is recorded under its
 * visit id read as an event id). A record may say how the person took part ({@link #mode()}:
 * on site or online) and for how many minutes ({@link #minutes()}), for partial presence: late
 * arrival, leaving early. Records written before these fields existed simply lack them.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Attendance implements WithAttendance {

  /** @return the program the event belongs to */
  public abstract ProgramId program();

  /** @return the event: a session or meeting */
  public abstract EventId event();

  /** @return who */
  public abstract PersonId person();

  /** @return whether they attended */
  public abstract AttendanceStatus status();

  /** @return when this was recorded */
  public abstract Instant recordedAt();

  /**
   * @return how the person took part, on site or online ({@code HYBRID} is not a way of taking
   *     part), if recorded
   */
  public abstract Optional<DeliveryMode> mode();

  /** @return the minutes the person was present, 0 to 100,000, if recorded */
  public abstract Optional<Integer> minutes();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Attendance} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }

  /** @return whether the person was there (present, late or leaving early) */
  public boolean attended() {
    return status().attended();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    mode().ifPresent(m -> c.require(m != DeliveryMode.HYBRID, "mode",
        "a person takes part ON_SITE or ONLINE, not HYBRID"));
    minutes().ifPresent(m -> c.require(m >= 0 && m <= 100_000, "minutes",
        "minutes " + m + " must be between 0 and 100000"));
    c.done();
  }
}
