package org.civiclab.core.scheduling.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.internal.BuiltInRules;
import org.civiclab.core.scheduling.internal.ProblemIndex;
import org.civiclab.core.scheduling.internal.UnaryScorer;

/**
 * A rule about one demand's placement alone, such as "board meetings start in the morning".
 *
 * <p>Subclasses give a penalty and a sentence for a demand at a start and location; the solver
 * calls {@link #penalty} only for demands a move touches.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class PerDemandRule implements Rule {
  private final String id;
  private final Level level;
  private final long weight;

  /**
   * A rule with an id, a level and a weight.
   *
   * @param id the id
   * @param level the level
   * @param weight the weight, at least 1
   * @throws IllegalArgumentException when the weight is below 1 or the id blank
   */
  protected PerDemandRule(String id, Level level, long weight) {
    if (weight < 1 || id.isBlank()) {
      throw new IllegalArgumentException("rule needs a non-blank id and a weight of at least 1, "
          + "got '" + id + "' and " + weight);
    }
    this.id = id;
    this.level = level;
    this.weight = weight;
  }

  /**
   * The raw penalty of a demand at a start and location.
   *
   * @param problem the problem, numbered densely
   * @param demand the demand's number
   * @param start its start grain
   * @param location its location's number, -1 when online
   * @return zero when the rule holds, else a positive penalty
   */
  protected abstract long penalty(ProblemView problem, int demand, int start, int location);

  /**
   * The sentence for a violation.
   *
   * @param problem the problem, numbered densely
   * @param demand the demand's number
   * @param start its start grain
   * @param location its location's number, -1 when online
   * @return the explanation
   */
  protected abstract String message(ProblemView problem, int demand, int start, int location);

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Level level() {
    return level;
  }

  @Override
  public final long weight() {
    return weight;
  }

  @Override
  public RuleScorer bind(ProblemView problem) {
    return BuiltInRules.unary(ProblemIndex.from(problem), new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        return PerDemandRule.this.penalty(problem, d, s, l);
      }

      @Override
      public String message(int d, int s, int l) {
        return PerDemandRule.this.message(problem, d, s, l);
      }
    });
  }
}
