package org.civiclab.core.scheduling;

import java.time.Duration;

/**
 * Hears the solver's progress: each new best score and the first feasible one.
 *
 * <p>Called on the solving thread; keep the work small.
 */
public interface SolverListener {

  /**
   * A better schedule was found.
   *
   * @param score its score
   * @param step the local-search step, 0 for the construction's result
   * @param elapsed time since solving started
   */
  default void newBest(Score score, long step, Duration elapsed) {}

  /**
   * The first schedule without hard violations was found.
   *
   * @param elapsed time since solving started
   */
  default void firstFeasible(Duration elapsed) {}
}
