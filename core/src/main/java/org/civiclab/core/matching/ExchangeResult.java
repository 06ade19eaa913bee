package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The outcome of exchange-host assignment: placements with explanations and the visitors who
 * could not be placed, with the reason.
 *
 * <p>Placements are ordered by visitor id. Every visitor is placed once or listed unplaced; no
 * host receives more visitors than its capacity. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class ExchangeResult implements WithExchangeResult {

  /** @return the placements */
  public abstract ImmutableList<Placement> placements();

  /** @return the visitors not placed, with reasons */
  public abstract ImmutableList<Unmatched> unplaced();

  /** @return the sum of the placements' scores */
  @Value.Derived
  public long totalScore() {
    return placements().stream().mapToLong(Placement::score).sum();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code ExchangeResult} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableExchangeResult.Builder {
    Builder() {}
  }

  /** @return a multi-line report: one line per placement, then one per visitor left out */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(placements().size()).append(" placed, ").append(unplaced().size())
        .append(" unplaced, total score ").append(totalScore()).append('\n');
    for (Placement p : placements()) {
      sb.append("  ").append(p).append('\n');
    }
    for (Unmatched u : unplaced()) {
      sb.append("  unplaced ").append(u).append('\n');
    }
    return sb.toString();
  }
}
