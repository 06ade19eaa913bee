package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a computed actual counts over a period; see
 * {@code org.civiclab.core.analysis.ResultsTable} for the exact definitions.
 */
@API(status = STABLE, since = "0.1.0")
public enum FormulaKind {
  /** Distinct people holding a place in an edition overlapping the period. */
  PARTICIPANTS,
  /** Completed enrolments of editions ending in the period. */
  COMPLETIONS,
  /** Percentage of the period's participants whose attribute has the given value. */
  SHARE_WITH_ATTRIBUTE,
  /** Mean of a survey question's numeric answers submitted in the period. */
  MEAN_ANSWER,
  /** Percentage of follow-up actions due in the period that were done by their due date. */
  FOLLOW_UPS_ON_TIME,
  /** Distinct people who completed an edition ending by the period's end. */
  ALUMNI,
  /**
   * Percentage of one indicator's actual over another's, both for the same period: 100 ×
   * {@link Formula#numerator()} over {@link Formula#denominator()}, such as completions over
   * participants for a completion rate. No actual when either has none or the denominator's
   * is zero.
   */
  RATIO
}
