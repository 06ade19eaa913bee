package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a person stands in an edition's enrolment; see {@code org.civiclab.core.enrolment.Roster} for the transitions. */
@API(status = STABLE, since = "0.1.0")
public enum EnrollmentStatus {
  /** Has applied; holds no place yet. */
  APPLIED,
  /** Has been given a place and not yet confirmed it. */
  REGISTERED,
  /** Waits for a place, in registration order. */
  WAITLISTED,
  /** Holds a place and has confirmed it. */
  CONFIRMED,
  /** Has left; holds no place. */
  CANCELLED,
  /** Has completed the edition; an alumna or alumnus. */
  COMPLETED
}
