package org.civiclab.core.scheduling.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The incremental state of one rule on one problem: the solver tells it each placement it adds
 * or removes, and it answers with the change in its raw penalty.
 *
 * <p>{@link #insert} is called for a demand that is not placed yet, {@link #retract} for a demand
 * that is; the {@link PlanView} shows every other demand's current placement. A scorer only
 * looks at what the demand touches (its attendees, its location, its grains), so a move costs
 * the same however large the problem. {@link #explain} recomputes from scratch, for reporting
 * and to check the incremental sums. Not thread-safe: one solver thread owns it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface RuleScorer {

  /**
   * Places a demand.
   *
   * @param demand the demand's number
   * @param start its start grain
   * @param location its location's number, -1 when online
   * @param plan the other demands' placements
   * @return the raw penalty the placement adds, zero or more
   */
  long insert(int demand, int start, int location, PlanView plan);

  /**
   * Removes a demand's placement.
   *
   * @param demand the demand's number
   * @param start its start grain
   * @param location its location's number, -1 when online
   * @param plan the other demands' placements
   * @return the raw penalty the removal takes away, zero or more
   */
  long retract(int demand, int start, int location, PlanView plan);

  /**
   * Lists the rule's violations in a plan, computed from scratch.
   *
   * @param plan every demand's placement
   * @param out where each violation goes
   */
  void explain(PlanView plan, Sink out);

  /** Receives the violations a scorer explains. */
  interface Sink {
    /**
     * One violation.
     *
     * @param penalty its raw penalty, positive
     * @param demands the demands' numbers
     * @param subjects ids of the participants or locations concerned
     * @param message the explanation
     */
    void violation(long penalty, int[] demands, List<String> subjects, String message);
  }
}
