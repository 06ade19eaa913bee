package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A small set of demands and rules that cannot all hold together, with a sentence that says
 * what to change. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Conflict implements WithConflict {

  /** @return ids of the demands in conflict */
  public abstract ImmutableList<String> demands();

  /** @return ids of the rules that cannot all hold for them */
  public abstract ImmutableSet<String> rules();

  /**
   * @return the explanation, such as "pair 3, spring term: mentor and mentee share no free
   *     slot between 2025-01-15 and 2025-06-05"
   */
  public abstract String message();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Conflict} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableConflict.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return message() + " " + rules();
  }
}
