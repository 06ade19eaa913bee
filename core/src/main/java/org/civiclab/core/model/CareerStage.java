package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A participant's career stage, used in track eligibility. */
@API(status = STABLE, since = "0.1.0")
public enum CareerStage {
  /** Studying. */
  STUDENT,
  /** Young professional, roughly the first years of work. */
  EARLY_CAREER,
  /** Several years in post. */
  MID_CAREER,
  /** Leads people or units. */
  MANAGER,
  /** Senior official or executive. */
  SENIOR
}
