package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a ballot's answers decide. */
@API(status = STABLE, since = "0.1.0")
public enum DecisionRule {
  /** A single choice wins with more than half of the votes cast. */
  MAJORITY,
  /** A choice wins when its share of the votes cast reaches the ballot's threshold. */
  THRESHOLD,
  /** Voters approve any number of choices; the most approved wins, no winner on a tie. */
  APPROVAL
}
