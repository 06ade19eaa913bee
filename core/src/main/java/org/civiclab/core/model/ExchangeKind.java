package org.civiclab.core.model;

/** The kind of an exchange visit. */
public enum ExchangeKind {
  /** An internship at an experienced organisation in the same country. */
  DOMESTIC_INTERNSHIP,
  /** A study visit abroad, with colleagues from other countries. */
  INTERNATIONAL_STUDY_VISIT,
  /** A short visit to an organisation to learn from its work. */
  STUDY_VISIT
}
