package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What the scheduler returns: the best schedule found, and why it is infeasible when it is.
 *
 * <p>Never a bare failure: even when the hard rules cannot all hold, the best schedule comes
 * back with an {@link Infeasibility} naming the conflicting demands and rules. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class SchedulingResult implements WithSchedulingResult {

  /** @return the best schedule found */
  public abstract Schedule schedule();

  /** @return the conflicts, when some hard rule does not hold */
  public abstract Optional<Infeasibility> infeasibility();

  /** @return figures of the solve */
  public abstract SolveStats stats();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code SchedulingResult} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSchedulingResult.Builder {
    Builder() {}
  }

  /** @return whether every hard rule holds */
  public boolean isFeasible() {
    return schedule().isFeasible();
  }
}
