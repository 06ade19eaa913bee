package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How an indicator is measured. */
@API(status = STABLE, since = "0.1.0")
public enum Measure {
  /** A count or amount in units (people, meetings). */
  UNIT,
  /** A percentage, 0 to 100. */
  PERCENTAGE,
  /** Words: a qualitative description, no number. */
  QUALITATIVE
}
