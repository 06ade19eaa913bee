package org.civiclab.core.scheduling.internal;

import static org.civiclab.core.scheduling.internal.BuiltInRules.unary;

import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** A rule about one demand alone; penalty and message from two functions. */
abstract class UnaryRule extends BaseRule {
  UnaryRule(String id, Level level, long weight) {
    super(id, level, weight);
  }

  /** Prepares per-problem data and returns the penalty function. */
  abstract UnaryScorer scorer(ProblemIndex ix);

  /** Whether the penalty depends on the start only, so that hard use may prune starts. */
  boolean filtersStarts() {
    return false;
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    return unary(ix, scorer(ix));
  }
}
