package org.civiclab.core.model;

/** How experienced a member is, for mixing learning circles and matching mentors. */
public enum ExperienceLevel {
  /** New to the field. */
  NOVICE,
  /** Some years of practice. */
  INTERMEDIATE,
  /** Long practice; can guide others. */
  EXPERIENCED
}
