package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One broken rule in a schedule: which rule, how badly, whom it concerns and why, in a
 * sentence a coordinator understands. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Violation implements WithViolation {

  /** @return the rule's id, such as {@code attendee-overlap} */
  public abstract String ruleId();

  /** @return the level of the penalty */
  public abstract Level level();

  /** @return the penalty (weight included), positive */
  public abstract long penalty();

  /** @return ids of the demands involved */
  public abstract ImmutableList<String> demands();

  /** @return ids of the participants or locations involved */
  public abstract ImmutableList<String> subjects();

  /** @return the explanation, such as "Ana is in 'module 1 lecture' and 'pair 3' at once" */
  public abstract String message();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Violation} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(penalty() > 0, "penalty", "a violation's penalty must be positive, got "
        + penalty());
  }

  @Override
  public String toString() {
    return level() + " " + ruleId() + " (-" + penalty() + "): " + message();
  }
}
