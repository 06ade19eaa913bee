package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The state of a funding application for an edition. */
@API(status = STABLE, since = "0.1.0")
public enum FundingStatus {
  /** To be applied for. */
  PLANNED,
  /** Applied for, no decision yet. */
  APPLIED,
  /** Granted. */
  GRANTED,
  /** Rejected. */
  REJECTED
}
