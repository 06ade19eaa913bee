package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Figures of one solve: time, steps, move speed and when the first feasible schedule appeared.
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class SolveStats implements WithSolveStats {

  /** @return the time the whole solve took */
  public abstract Duration elapsed();

  /** @return the time the construction heuristic took */
  public abstract Duration construction();

  /** @return when the first schedule without hard violations was found, if one was */
  public abstract Optional<Duration> firstFeasible();

  /** @return local-search steps taken (each evaluates one move) */
  public abstract long steps();

  /** @return whether the solve stopped because it was cancelled */
  public abstract boolean cancelled();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code SolveStats} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSolveStats.Builder {
    Builder() {}
  }

  /** @return moves evaluated per second of local search */
  public long movesPerSecond() {
    long nanos = elapsed().minus(construction()).toNanos();
    return nanos <= 0 ? 0 : (long) (steps() * 1e9 / nanos);
  }
}
