package org.civiclab.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What brought two people together in a program. */
@API(status = STABLE, since = "0.1.0")
public enum TieKind {
  /** Enrolled in the same edition and track (cancelled, waitlisted and applicants left out). */
  SAME_TRACK,
  /** Attended sessions of the same module on the same day (from the attendance log). */
  SAME_MODULE_DAY,
  /** Mentor and mentee of one pairing. */
  MENTOR_PAIR,
  /** Members, facilitators or invited experts of the same learning circle. */
  CIRCLE,
  /** Visitors of one exchange visit, with each other and with the host organisation's people. */
  EXCHANGE,
  /** Took part in the same reflection meeting. */
  REFLECTION
}
