package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** Another rule counted at another level with another weight. */
@API(status = INTERNAL, since = "0.1.0")
public final class WeightedRule extends BaseRule {
  private final Rule rule;

  public WeightedRule(Rule rule, Level level, long weight) {
    super(rule.id(), level, weight);
    this.rule = rule;
  }

  Rule inner() {
    return rule instanceof WeightedRule w ? w.inner() : rule;
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    return rule.bind(view);
  }
}
