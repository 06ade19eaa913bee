package org.civiclab.core.model;

/** The state of a follow-up action agreed after an outreach meeting. */
public enum ActionStatus {
  /** Agreed, not started. */
  OPEN,
  /** Being worked on with the partner. */
  IN_PROGRESS,
  /** Completed. */
  DONE,
  /** Abandoned, with the partner's agreement. */
  DROPPED
}
