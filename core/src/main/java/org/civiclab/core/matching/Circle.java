package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * One learning circle formed by {@link Circles}: its members, the experienced among them, its
 * facilitators (apart from the members), the weekly slots all members share, and how diverse it
 * is.
 *
 * <p>Member lists are ordered by id. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Circle implements WithCircle {

  /** @return the circle's number, from 1 */
  public abstract int number();

  /** @return every member, ordered by id */
  public abstract ImmutableList<PersonId> members();

  /**
   * The members with their experience, ready for a model {@code LearningCircle}.
   *
   * @return one entry per member, ordered by id
   */
  public abstract ImmutableList<CircleMember> memberLevels();

  /** @return the members who count as experienced */
  public abstract ImmutableList<PersonId> experienced();

  /** @return who leads the circle, apart from its members, ordered by id */
  public abstract ImmutableList<PersonId> facilitators();

  /**
   * The weekly slots every member with known availability shares; empty when nobody in the
   * circle gave availability.
   *
   * @return the common slots, in week order
   */
  public abstract ImmutableSortedSet<WeeklySlot> commonSlots();

  /** @return how many different organisations the members come from */
  public abstract int organizations();

  /** @return how many different regions the members come from */
  public abstract int regions();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Circle} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableCircle.Builder {
    Builder() {}
  }

  /** @return one line saying why the circle is valid and how diverse it is */
  public String explanation() {
    String slots = commonSlots().isEmpty() ? "no availability given"
        : "common slots " + commonSlots().stream().map(WeeklySlot::toString)
            .collect(Collectors.joining(", "));
    return members().size() + " members; experienced: " + names(experienced())
        + "; facilitators: " + names(facilitators()) + "; " + organizations()
        + " organisations, " + regions() + " regions; " + slots;
  }

  private static String names(ImmutableList<PersonId> ids) {
    return ids.isEmpty() ? "none" : ids.stream().map(PersonId::value)
        .collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "circle " + number() + " " + members() + " (" + explanation() + ")";
  }
}
