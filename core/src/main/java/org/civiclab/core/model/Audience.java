package org.civiclab.core.model;

/** Whom a place is for: the organiser's own staff or people from outside. */
public enum Audience {
  /** The organising institution's own staff. */
  STAFF,
  /** Participants from other organisations. */
  EXTERNAL
}
