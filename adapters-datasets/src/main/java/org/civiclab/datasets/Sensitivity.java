package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a column reveals about people, and so what the export options do with it. */
@API(status = STABLE, since = "0.1.0")
public enum Sensitivity {
  /** Nothing about a person. Always written. */
  NONE,
  /** A person's id: replaced by a stable salted hash when pseudonymising. */
  PERSON_ID,
  /** Identifies a person directly (name, e-mail): dropped when pseudonymising. */
  IDENTIFYING,
  /** A special category of personal data (GDPR Art. 9): dropped on request. */
  SPECIAL_CATEGORY
}
