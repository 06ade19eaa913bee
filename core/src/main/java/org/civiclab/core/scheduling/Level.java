package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The level of a rule's penalty: scores compare hard first, then medium, then soft.
 */
@API(status = STABLE, since = "0.1.0")
public enum Level {
  /** Must hold; a schedule with any hard penalty is infeasible. */
  HARD,
  /** Should hold; weighs more than any soft penalty. */
  MEDIUM,
  /** A preference; weighed against other preferences. */
  SOFT
}
