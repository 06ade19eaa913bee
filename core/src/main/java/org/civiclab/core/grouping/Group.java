package org.civiclab.core.grouping;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/** One group of one round: its members in id order and its facilitator. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Group implements WithGroup {

  /** @return the group's number within its round, from 1 */
  public abstract int number();

  /** @return the members, in id order */
  public abstract ImmutableList<PersonId> members();

  /** @return the member who facilitates, when the request names facilitators */
  public abstract Optional<PersonId> facilitator();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Group} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "group " + number() + " " + members()
        + facilitator().map(f -> " facilitated by " + f).orElse("");
  }
}
