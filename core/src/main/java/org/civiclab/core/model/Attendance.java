package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One record of an attendance log: whether a person attended an event of a program, recorded
 * at an instant. Records are appended, never changed; a correction is a later record. Immutable.
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

  /** @return whether the person was there (present or late) */
  public boolean attended() {
    return status() == AttendanceStatus.PRESENT || status() == AttendanceStatus.LATE;
  }
}
