package org.civiclab.core.grouping;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who facilitates a group from round to round. */
@API(status = STABLE, since = "0.1.0")
public enum FacilitatorMode {
  /** No facilitator is named. */
  NONE,
  /** A facilitator keeps the role in every round they are present and placed as one. */
  FIXED,
  /** The role rotates: each group's facilitator is the capable member who led least so far. */
  ROTATING
}
