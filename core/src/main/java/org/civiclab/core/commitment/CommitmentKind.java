package org.civiclab.core.commitment;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a commitment records. */
@API(status = STABLE, since = "0.1.0")
public enum CommitmentKind {
  /** A problem or need heard, such as residents' issues at an outreach visit. */
  FINDING,
  /** Advice the meeting gives to someone. */
  RECOMMENDATION,
  /** Something the meeting decided to do. */
  DECISION
}
