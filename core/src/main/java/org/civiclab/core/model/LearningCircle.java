package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A small group of novice and experienced members that meets periodically, with facilitators
 * and invited trainers or experts.
 *
 * <p>Construction checks the circle against its {@link #composition()}: the number of members
 * and of experienced and novice members among them, and the number of facilitators, who lead
 * the circle apart from its members (nobody is both, nobody is a member twice). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class LearningCircle implements WithLearningCircle {

  /** @return the circle's id */
  public abstract CircleId id();

  /** @return the circle's name */
  public abstract String name();

  /** @return the members with their experience */
  public abstract ImmutableList<CircleMember> members();

  /** @return who leads the circle, apart from its members ({@link CircleComposition}) */
  public abstract ImmutableSet<PersonId> facilitators();

  /** @return trainers and experts invited to some meetings */
  public abstract ImmutableSet<PersonId> invitedExperts();

  /**
   * @return how many members of which experience and how many facilitators the circle needs;
   *     {@link CircleComposition#defaults()} unless given
   */
  @Value.Default
  public CircleComposition composition() {
    return CircleComposition.defaults();
  }

  /** @return how often the circle meets */
  public abstract Cadence cadence();

  /** @return the circle's days */
  public abstract DateRange period();

  /** @return the meetings planned or held */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * Everyone a meeting of the circle is for besides invited experts: the members in order,
   * then the facilitators.
   *
   * @return the members and the facilitators
   */
  public ImmutableSet<PersonId> participants() {
    ImmutableSet.Builder<PersonId> out = ImmutableSet.builder();
    members().forEach(m -> out.add(m.person()));
    return out.addAll(facilitators()).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code LearningCircle} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableLearningCircle.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(name(), "name");
    c.unique(members(), CircleMember::person, "members", "person");
    composition().problems(members(), facilitators().size())
        .forEach(p -> c.add(p.path(), p.message()));
    for (int i = 0; i < members().size(); i++) {
      PersonId member = members().get(i).person();
      c.require(!facilitators().contains(member), "members[" + i + "]", member
          + " is also a facilitator; facilitators lead the circle apart from its members");
    }
    c.unique(meetings(), Meeting::id, "meetings", "id");
    for (int i = 0; i < meetings().size(); i++) {
      c.require(period().contains(meetings().get(i).when().day()), "meetings[" + i + "].when",
          "meeting on " + meetings().get(i).when().day() + " is outside the circle's period "
              + period());
    }
    c.done();
  }
}
