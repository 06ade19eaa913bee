package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Hears the solver's progress: each new best score and the first feasible one.
 *
 * <p>Called on the solving thread; keep the work small.
 */
@API(status = STABLE, since = "0.1.0")
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
