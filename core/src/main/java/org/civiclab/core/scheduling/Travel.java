package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The time needed to get from one site to another, in whole grains, both ways. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Travel implements WithTravel {

  /** @return one site */
  @Value.Parameter(order = 0)
  public abstract String from();

  /** @return the other site */
  @Value.Parameter(order = 1)
  public abstract String to();

  /** @return grains needed between an event at one site and an event at the other */
  @Value.Parameter(order = 2)
  public abstract int grains();

  /**
   * Travel time between two sites, both ways.
   *
   * @param from a site
   * @param to another site
   * @param grains grains needed, not negative
   * @return the travel time
   */
  public static Travel of(String from, String to, int grains) {
    return ImmutableTravel.of(from, to, grains);
  }

  @Value.Check
  void check() {
    Checks.check(grains() >= 0, "grains", "travel time " + grains() + " must not be negative");
  }
}
