package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a person attended an event. */
@API(status = STABLE, since = "0.1.0")
public enum AttendanceStatus {
  /** Attended. */
  PRESENT,
  /** Attended, arriving late. */
  LATE,
  /** Absent with notice. */
  EXCUSED,
  /** Absent without notice. */
  ABSENT,
  /** Attended, leaving before the end. */
  LEFT_EARLY;

  /** @return whether this status means the person was there for at least part of the event */
  public boolean attended() {
    return this == PRESENT || this == LATE || this == LEFT_EARLY;
  }
}
