package org.civiclab.core.model;

/** Whether a person attended an event. */
public enum AttendanceStatus {
  /** Attended. */
  PRESENT,
  /** Attended, arriving late. */
  LATE,
  /** Absent with notice. */
  EXCUSED,
  /** Absent without notice. */
  ABSENT
}
