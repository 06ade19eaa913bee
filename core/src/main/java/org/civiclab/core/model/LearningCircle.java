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
 * <p>Construction checks the circle's own bounds by {@link CircleRules}, which also says who
 * counts as a member: size within [{@link #minSize()}, {@link #maxSize()}], at least
 * {@link #minExperienced()} experienced and {@link #minNovices()} novice members, nobody twice,
 * at least one facilitator (a member or from outside). Immutable.
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

  /**
   * @return who facilitates; may include members, who then count as members, and people
   *     from outside the circle, who do not ({@link CircleRules})
   */
  public abstract ImmutableSet<PersonId> facilitators();

  /** @return trainers and experts invited to some meetings */
  public abstract ImmutableSet<PersonId> invitedExperts();

  /** @return the fewest members, at least {@link CircleRules#SMALLEST} */
  @Value.Default
  public int minSize() {
    return CircleRules.DEFAULT_MIN_SIZE;
  }

  /** @return the most members */
  @Value.Default
  public int maxSize() {
    return CircleRules.DEFAULT_MAX_SIZE;
  }

  /** @return the fewest experienced members */
  @Value.Default
  public int minExperienced() {
    return CircleRules.DEFAULT_MIN_EXPERIENCED;
  }

  /** @return the fewest novice members */
  @Value.Default
  public int minNovices() {
    return CircleRules.DEFAULT_MIN_NOVICES;
  }

  /** @return how often the circle meets */
  public abstract Cadence cadence();

  /** @return the circle's days */
  public abstract DateRange period();

  /** @return the meetings planned or held */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * Everyone a meeting of the circle is for besides invited experts: the members in order,
   * then the facilitators who are not members.
   *
   * @return the members and outside facilitators, each once
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
    CircleRules.boundProblems(minSize(), maxSize(), minExperienced(), minNovices())
        .forEach(p -> c.add(p.path(), p.message()));
    int n = members().size();
    c.require(n >= minSize() && n <= maxSize(), "members", "the circle has " + n
        + " members but must have between " + minSize() + " and " + maxSize());
    c.unique(members(), CircleMember::person, "members", "person");
    long experienced = members().stream()
        .filter(m -> m.level() == ExperienceLevel.EXPERIENCED).count();
    long novices = members().stream().filter(m -> m.level() == ExperienceLevel.NOVICE).count();
    c.require(experienced >= minExperienced(), "members", "the circle has " + experienced
        + " experienced members but needs at least " + minExperienced());
    c.require(novices >= minNovices(), "members", "the circle has " + novices
        + " novice members but needs at least " + minNovices());
    c.require(!facilitators().isEmpty(), "facilitators", "a circle needs a facilitator");
    c.unique(meetings(), Meeting::id, "meetings", "id");
    for (int i = 0; i < meetings().size(); i++) {
      c.require(period().contains(meetings().get(i).when().day()), "meetings[" + i + "].when",
          "meeting on " + meetings().get(i).when().day() + " is outside the circle's period "
              + period());
    }
    c.done();
  }
}
