package org.civiclab.core.grouping;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/** One round of a {@link Grouping}: its groups and who was absent. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Round implements WithRound {

  /** @return the round's number, from 1 */
  public abstract int number();

  /** @return the groups, numbered from 1 */
  public abstract ImmutableList<Group> groups();

  /** @return the people absent from this round, in id order */
  public abstract ImmutableList<PersonId> absent();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Round} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableRound.Builder {
    Builder() {}
  }
}
