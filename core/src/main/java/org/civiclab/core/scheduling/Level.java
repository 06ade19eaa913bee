package org.civiclab.core.scheduling;

/**
 * The level of a rule's penalty: scores compare hard first, then medium, then soft.
 */
public enum Level {
  /** Must hold; a schedule with any hard penalty is infeasible. */
  HARD,
  /** Should hold; weighs more than any soft penalty. */
  MEDIUM,
  /** A preference; weighed against other preferences. */
  SOFT
}
