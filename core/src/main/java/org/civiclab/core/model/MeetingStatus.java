package org.civiclab.core.model;

/** The state of a planned meeting. */
public enum MeetingStatus {
  /** Planned, not yet held. */
  PLANNED,
  /** Took place. */
  HELD,
  /** Did not take place. */
  CANCELLED
}
