package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whom a place is for: the organiser's own staff or people from outside. */
@API(status = STABLE, since = "0.1.0")
public enum Audience {
  /** The organising institution's own staff. */
  STAFF,
  /** Participants from other organisations. */
  EXTERNAL
}
