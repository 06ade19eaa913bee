package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The outcome of {@link Scheduler#replan}: the changed problem, its new plan and the diff. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Replan implements WithReplan {

  /** @return the problem with the change applied; its previous plan is the old plan */
  public abstract SchedulingProblem problem();

  /** @return the new plan, scored under the scheduler's rules and the change */
  public abstract SchedulingResult result();

  /** @return what moved, was added or was cancelled, and whom it concerns */
  public abstract PlanDiff diff();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Replan} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableReplan.Builder {
    Builder() {}
  }
}
