package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The outcome of learning-circle formation: the circles and everyone who could not be placed,
 * with the reason.
 *
 * <p>Every person of the request is in exactly one circle or in {@link #unplaced()}. Every
 * circle respects the request's size bounds, role mix and shared slot. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class CircleResult implements WithCircleResult {

  /** @return the circles, numbered from 1 */
  public abstract ImmutableList<Circle> circles();

  /** @return the people not placed, with reasons */
  public abstract ImmutableList<Unmatched> unplaced();

  /** @return the sum over circles of distinct organisations plus distinct regions */
  @Value.Derived
  public int diversity() {
    return circles().stream().mapToInt(c -> c.organizations() + c.regions()).sum();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code CircleResult} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableCircleResult.Builder {
    Builder() {}
  }

  /** @return a multi-line report: one line per circle, then one per person left out */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(circles().size()).append(" circles, ").append(unplaced().size())
        .append(" unplaced, diversity ").append(diversity()).append('\n');
    for (Circle c : circles()) {
      sb.append("  ").append(c).append('\n');
    }
    for (Unmatched u : unplaced()) {
      sb.append("  unplaced ").append(u).append('\n');
    }
    return sb.toString();
  }
}
