package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kind of an exchange visit. */
@API(status = STABLE, since = "0.1.0")
public enum ExchangeKind {
  /** An internship at an experienced organisation in the same country. */
  DOMESTIC_INTERNSHIP,
  /** A study visit abroad, with colleagues from other countries. */
  INTERNATIONAL_STUDY_VISIT,
  /** A short visit to an organisation to learn from its work. */
  STUDY_VISIT
}
