package org.civiclab.core.scheduling.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The current placement of every demand, as a rule sees it while the solver works. Read only.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface PlanView {

  /**
   * @param demand a demand's number
   * @return whether it is placed
   */
  boolean isPlaced(int demand);

  /**
   * @param demand a placed demand's number
   * @return its start grain
   */
  int start(int demand);

  /**
   * @param demand a placed demand's number
   * @return its location's number, -1 when online
   */
  int location(int demand);
}
