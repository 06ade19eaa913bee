package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * One visitor placed with one host by {@link Exchanges}, with the score by term and the rules
 * the placement satisfies.
 *
 * <p>Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Placement implements WithPlacement {

  /** @return the visitor */
  public abstract PersonId visitor();

  /** @return the host organisation */
  public abstract OrganizationId host();

  /** @return the days of the visit */
  public abstract DateRange dates();

  /** @return why this host: scored terms and the rules met */
  public abstract Explanation explanation();

  /** @return the placement's score, the sum of its explanation's terms */
  public long score() {
    return explanation().score();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Placement} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePlacement.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return visitor() + " at " + host() + " " + dates() + " (" + explanation() + ")";
  }
}
