package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why the hard rules could not all hold: the conflicts found, each naming its demands and
 * rules. Immutable.
 *
 * <p>A conflict found before solving (a demand with no grain that suits all its attendees,
 * window, holidays and its day) is certain; a conflict read from the best schedule found is
 * what the solver could not resolve within its limits.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Infeasibility implements WithInfeasibility {

  /** @return the conflicts, smallest first */
  public abstract ImmutableList<Conflict> conflicts();

  /** @return whether the conflicts were proven before solving rather than left by the search */
  public abstract boolean proven();

  /**
   * Whether the first conflict is proven minimal: found by deletion filtering over the solver,
   * which kept a demand only when the solver scheduled the rest without it, so that removing
   * any one of its demands leaves a feasible rest. False when the filtering's budget ran out
   * (the first conflict is then smaller than the start but maybe not minimal), or when the
   * conflicts were proven before solving.
   *
   * @return whether the first conflict is minimal
   */
  @Value.Default
  public boolean minimal() {
    return false;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Infeasibility} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableInfeasibility.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(proven() ? "infeasible:" : "no feasible schedule found:");
    conflicts().forEach(c -> b.append("\n  ").append(c));
    return b.toString();
  }
}
