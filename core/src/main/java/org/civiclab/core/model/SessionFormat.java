package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The teaching format of a session. */
@API(status = STABLE, since = "0.1.0")
public enum SessionFormat {
  /** A talk to the whole group. */
  LECTURE,
  /** Hands-on work in groups. */
  WORKSHOP,
  /** Participants move between posted materials and discuss them. */
  GALLERY_WALK,
  /** A visit to an organisation to see its work. */
  STUDY_VISIT,
  /** Discussion in small groups. */
  GROUP_DISCUSSION,
  /** A talk by a guest speaker. */
  GUEST_TALK,
  /** Time for participants to meet each other. */
  NETWORKING,
  /** Practical exercises on cases, in groups. */
  GROUP_WORK
}
