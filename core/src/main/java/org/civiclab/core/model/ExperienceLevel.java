package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How experienced a member is, for mixing learning circles and matching mentors. */
@API(status = STABLE, since = "0.1.0")
public enum ExperienceLevel {
  /** New to the field. */
  NOVICE,
  /** Some years of practice. */
  INTERMEDIATE,
  /** Long practice; can guide others. */
  EXPERIENCED
}
