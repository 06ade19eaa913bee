package org.civiclab.core.model;

/** A participant's career stage, used in track eligibility. */
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
