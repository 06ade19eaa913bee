package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Where and when one demand is placed: its first grain and its location (none when online).
 * Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Placement implements WithPlacement {

  /** @return the index of the first grain in the problem's grid */
  @Value.Parameter(order = 0)
  public abstract int startGrain();

  /** @return the location's id, empty for an online event */
  @Value.Parameter(order = 1)
  public abstract Optional<String> location();

  /**
   * An in-person placement.
   *
   * @param startGrain the first grain
   * @param location the location's id
   * @return the placement
   */
  public static Placement of(int startGrain, String location) {
    return ImmutablePlacement.of(startGrain, Optional.of(location));
  }

  /**
   * An online placement.
   *
   * @param startGrain the first grain
   * @return the placement
   */
  public static Placement online(int startGrain) {
    return ImmutablePlacement.of(startGrain, Optional.empty());
  }

  @Value.Check
  void check() {
    Checks.check(startGrain() >= 0, "startGrain", "start grain " + startGrain()
        + " must not be negative");
  }

  @Override
  public String toString() {
    return "grain " + startGrain() + location().map(l -> " in " + l).orElse(" online");
  }
}
