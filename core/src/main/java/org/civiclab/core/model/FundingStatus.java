package org.civiclab.core.model;

/** The state of a funding application for an edition. */
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
