package org.civiclab.core.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One record of an attendance log: whether a person attended an event of a program, recorded
 * at an instant. Records are appended, never changed; a correction is a later record. Immutable.
 */
@Value.Immutable
public abstract class Attendance {

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
  public static ImmutableAttendance.Builder builder() {
    return ImmutableAttendance.builder();
  }

  /** @return whether the person was there (present or late) */
  public boolean attended() {
    return status() == AttendanceStatus.PRESENT || status() == AttendanceStatus.LATE;
  }
}
