package org.civiclab.core.scheduling;

import com.google.common.collect.ImmutableList;

/**
 * A rule about one demand's placement alone, such as "board meetings start in the morning".
 *
 * <p>Subclasses give a penalty and a sentence for a demand at a start and location; the solver
 * calls {@link #penalty} only for demands a move touches.
 */
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
   * @param index the compiled problem
   * @param demand the demand's number
   * @param start its start grain
   * @param location its location's number, -1 when online
   * @return zero when the rule holds, else a positive penalty
   */
  protected abstract long penalty(ProblemIndex index, int demand, int start, int location);

  /**
   * The sentence for a violation.
   *
   * @param index the compiled problem
   * @param demand the demand's number
   * @param start its start grain
   * @param location its location's number, -1 when online
   * @return the explanation
   */
  protected abstract String message(ProblemIndex index, int demand, int start, int location);

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
  public RuleScorer bind(ProblemIndex index) {
    return new RuleScorer() {
      @Override
      public long insert(int demand, int start, int location, PlanView plan) {
        return penalty(index, demand, start, location);
      }

      @Override
      public long retract(int demand, int start, int location, PlanView plan) {
        return penalty(index, demand, start, location);
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int d = 0; d < index.demandCount(); d++) {
          if (plan.isPlaced(d)) {
            long p = penalty(index, d, plan.start(d), plan.location(d));
            if (p > 0) {
              out.violation(p, new int[] {d}, subjects(index, plan.location(d)),
                  message(index, d, plan.start(d), plan.location(d)));
            }
          }
        }
      }
    };
  }

  private static ImmutableList<String> subjects(ProblemIndex index, int location) {
    return location < 0 ? ImmutableList.of() : ImmutableList.of(index.location(location).id());
  }
}
