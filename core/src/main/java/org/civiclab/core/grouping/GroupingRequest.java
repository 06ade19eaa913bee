package org.civiclab.core.grouping;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * Everything grouping over rounds needs: the people, the group size bounds, the number of
 * rounds, who is absent from which round, the mix rules every group must keep and the seed.
 *
 * <p>The mix rules take the bounds of learning circles ({@link CircleComposition#boundProblems})
 * and are hard: a person counts as experienced when {@link MatchCandidate#isExperienced()}, as
 * a novice when their experience is {@code NOVICE}, as a facilitator when
 * {@link MatchCandidate#facilitator()}. Unlike a circle's facilitators, a group's facilitator
 * is one of its members, who leads the discussion for that round. All mix minimums are 0
 * unless given. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class GroupingRequest implements WithGroupingRequest {

  /** @return the people, each with a distinct id */
  public abstract ImmutableList<MatchCandidate> people();

  /** @return the smallest group, at least 2 */
  public abstract int minSize();

  /** @return the largest group */
  public abstract int maxSize();

  /** @return how many rounds, at least 1 */
  public abstract int rounds();

  /** @return rounds (numbered from 1) mapped to the people absent from them */
  public abstract ImmutableSetMultimap<Integer, PersonId> absent();

  /** @return experienced members every group needs; 0 unless given */
  @Value.Default
  public int minExperienced() {
    return 0;
  }

  /** @return novices every group needs; 0 unless given */
  @Value.Default
  public int minNovices() {
    return 0;
  }

  /** @return facilitators every group needs; 0 unless given */
  @Value.Default
  public int minFacilitators() {
    return 0;
  }

  /** @return who facilitates from round to round; {@link FacilitatorMode#NONE} unless given */
  @Value.Default
  public FacilitatorMode facilitatorMode() {
    return FacilitatorMode.NONE;
  }

  /** @return local-search moves per round; 200,000 unless given (no wall-clock limit) */
  @Value.Default
  public int stepsPerRound() {
    return 200_000;
  }

  /** @return the seed of every random choice; the same seed gives the same groups */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code GroupingRequest} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableGroupingRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    CircleComposition.boundProblems(minSize(), maxSize(), minExperienced(), minNovices())
        .forEach(p -> c.add(p.path(), p.message()));
    c.require(minFacilitators() >= 0 && minFacilitators() <= maxSize(), "minFacilitators",
        "must be between 0 and maxSize " + maxSize() + ", got " + minFacilitators());
    c.require(rounds() >= 1, "rounds", "must be at least 1, got " + rounds());
    c.require(stepsPerRound() >= 0, "stepsPerRound", "must not be negative");
    Set<PersonId> ids = new HashSet<>();
    for (int i = 0; i < people().size(); i++) {
      c.require(ids.add(people().get(i).id()), "people[" + i + "]",
          "duplicate person " + people().get(i).id());
    }
    for (Map.Entry<Integer, PersonId> e : absent().entries()) {
      String at = "absent." + e.getKey();
      c.require(e.getKey() >= 1 && e.getKey() <= rounds(), at, "round " + e.getKey()
          + " is not between 1 and " + rounds());
      c.require(ids.contains(e.getValue()), at, "absent person " + e.getValue()
          + " is not among the people");
    }
    c.done();
  }
}
