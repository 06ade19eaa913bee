package org.civiclab.core.scheduling.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.internal.BuiltInRules;
import org.civiclab.core.scheduling.internal.WeightedRule;

/**
 * A rule a schedule should follow, hard or weighted soft, that explains each violation.
 *
 * <p>Users add their own rules without touching the solver: implement {@link #bind} to return a
 * {@link RuleScorer} that keeps its own state, or extend {@link PerDemandRule} for the common case
 * of a rule about one demand's placement. The solver multiplies each penalty by {@link
 * #weight()} and adds it at {@link #level()}. Built-in rules come from {@link Rules}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Rule {

  /** @return a stable id, such as {@code attendee-overlap} */
  String id();

  /** @return the level its penalties count at */
  Level level();

  /** @return the factor each penalty is multiplied by, at least 1 */
  long weight();

  /**
   * Prepares the rule's incremental state for one problem.
   *
   * @param problem the problem, numbered densely
   * @return a fresh scorer with nothing placed
   */
  RuleScorer bind(ProblemView problem);

  /**
   * The same rule counted at another level with another weight.
   *
   * @param level the level
   * @param weight the weight, at least 1
   * @return the re-weighted rule
   * @throws IllegalArgumentException when the weight is below 1
   */
  default Rule weighted(Level level, long weight) {
    if (weight < 1) {
      throw new IllegalArgumentException("weight of rule " + id() + " must be at least 1, got "
          + weight);
    }
    return new WeightedRule(this, level, weight);
  }
}
