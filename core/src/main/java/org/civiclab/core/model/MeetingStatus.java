package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The state of a planned meeting. */
@API(status = STABLE, since = "0.1.0")
public enum MeetingStatus {
  /** Planned, not yet held. */
  PLANNED,
  /** Took place. */
  HELD,
  /** Did not take place. */
  CANCELLED
}
