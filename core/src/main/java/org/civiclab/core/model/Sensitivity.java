package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How carefully a person attribute must be handled. Exports and analyses may drop or
 * pseudonymise attributes by their sensitivity ({@link Pseudonyms}).
 */
@API(status = STABLE, since = "0.1.0")
public enum Sensitivity {
  /** Personal data: identifies or describes a person. */
  PERSONAL,
  /**
   * A special category of personal data in the sense of GDPR article 9 (health, which covers
   * access needs, ethnic origin, beliefs and the like): dropped from exports unless asked.
   */
  SPECIAL_CATEGORY
}
