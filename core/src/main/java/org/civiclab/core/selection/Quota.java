package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How many of a panel may come from one {@link Stratum}: at least {@link #min()}, at most
 * {@link #max()}. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Quota implements WithQuota {

  /** @return the stratum */
  @Value.Parameter(order = 0)
  public abstract Stratum stratum();

  /** @return the least number of selected people from the stratum, at least 0 */
  @Value.Parameter(order = 1)
  public abstract int min();

  /** @return the greatest number of selected people from the stratum, at least {@link #min()} */
  @Value.Parameter(order = 2)
  public abstract int max();

  /**
   * @param attribute the attribute's name
   * @param value the value
   * @param min the least number
   * @param max the greatest number
   * @return the quota
   */
  public static Quota between(String attribute, String value, int min, int max) {
    return ImmutableQuota.of(Stratum.of(attribute, value), min, max);
  }

  /**
   * @param attribute the attribute's name
   * @param value the value
   * @param min the least number
   * @return a quota with no maximum
   */
  public static Quota atLeast(String attribute, String value, int min) {
    return between(attribute, value, min, Integer.MAX_VALUE);
  }

  /**
   * @param attribute the attribute's name
   * @param value the value
   * @param max the greatest number
   * @return a quota with no minimum
   */
  public static Quota atMost(String attribute, String value, int max) {
    return between(attribute, value, 0, max);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(min() >= 0, "min", "must not be negative, got " + min());
    c.require(max() >= min(), "max", "must be at least min " + min() + ", got " + max());
    c.done();
  }

  @Override
  public String toString() {
    return stratum() + " in [" + min() + ", "
        + (max() == Integer.MAX_VALUE ? "any" : String.valueOf(max())) + "]";
  }
}
