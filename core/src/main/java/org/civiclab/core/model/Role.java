package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a person does in a program. */
@API(status = STABLE, since = "0.1.0")
public enum Role {
  /** Runs the program. */
  ORGANIZER,
  /** Plans and follows up the program day to day. */
  COORDINATOR,
  /** Leads sessions or circle meetings. */
  FACILITATOR,
  /** An external expert engaged to train. */
  EXPERT_TRAINER,
  /** Speaks at a session on behalf of an organisation. */
  GUEST_SPEAKER,
  /** Joins a learning circle or session to share expertise. */
  INVITED_EXPERT,
  /** Teaches or studies the program as a researcher. */
  RESEARCHER,
  /** Mentors someone in a pairing. */
  MENTOR,
  /** Is mentored in a pairing. */
  MENTEE,
  /** Takes part as a learner. */
  PARTICIPANT,
  /** Hosts visitors at an organisation. */
  HOST
}
