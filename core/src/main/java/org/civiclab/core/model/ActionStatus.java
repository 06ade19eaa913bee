package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The state of a follow-up action agreed after an outreach meeting. */
@API(status = STABLE, since = "0.1.0")
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
