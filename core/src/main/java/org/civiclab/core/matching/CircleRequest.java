package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.CircleRules;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * Everything learning-circle formation needs: the people, the size bounds, the required mix of
 * experienced members, facilitators and novices, and the seed that fixes every random choice.
 *
 * <p>The composition rules are the model's, {@link CircleRules}: every person placed is a
 * member, so a facilitator counts toward the size and for their level. A person counts as
 * experienced when {@link MatchCandidate#isExperienced()}, as a novice when their experience
 * is {@code NOVICE}, and as a facilitator when {@link MatchCandidate#facilitator()}. Where
 * people give weekly availability, a circle's members must share at least one slot. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class CircleRequest implements WithCircleRequest {

  /** @return the people to place, each with a distinct id */
  public abstract ImmutableList<MatchCandidate> people();

  /** @return the smallest circle allowed; 5 unless given */
  @Value.Default
  public int minSize() {
    return CircleRules.DEFAULT_MIN_SIZE;
  }

  /** @return the largest circle allowed; 8 unless given */
  @Value.Default
  public int maxSize() {
    return CircleRules.DEFAULT_MAX_SIZE;
  }

  /** @return experienced members every circle needs; 1 unless given */
  @Value.Default
  public int minExperienced() {
    return CircleRules.DEFAULT_MIN_EXPERIENCED;
  }

  /** @return facilitators every circle needs; 1 unless given */
  @Value.Default
  public int minFacilitators() {
    return CircleRules.DEFAULT_MIN_FACILITATORS;
  }

  /**
   * Novices every circle needs; 1 unless given, as in the model's {@code LearningCircle}, so
   * that each circle mixes novices with experienced members.
   *
   * @return the fewest novices per circle
   */
  @Value.Default
  public int minNovices() {
    return CircleRules.DEFAULT_MIN_NOVICES;
  }

  /**
   * How many circles to form, when the program fixes it; otherwise the count follows from the
   * size bounds (near the middle size). When the roles or slots do not allow this many, fewer
   * are formed and the people left out say why.
   *
   * @return the wanted number of circles, if fixed
   */
  public abstract Optional<Integer> circleCount();

  /** @return the seed of every random choice; the same seed gives the same circles */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code CircleRequest} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableCircleRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    CircleRules.boundProblems(minSize(), maxSize(), minExperienced(), minNovices())
        .forEach(p -> c.add(p.path(), p.message()));
    c.require(minFacilitators() >= 0, "minFacilitators",
        "must not be negative, got " + minFacilitators());
    c.require(minFacilitators() <= maxSize(), "maxSize", "facilitators (" + minFacilitators()
        + ") must fit in a circle of at most " + maxSize());
    circleCount().ifPresent(k -> c.require(k >= 1, "circleCount",
        "must be at least 1 when given, got " + k));
    Set<PersonId> ids = new HashSet<>();
    for (int i = 0; i < people().size(); i++) {
      PersonId id = people().get(i).id();
      c.require(ids.add(id), "people[" + i + "]", "duplicate person " + id);
    }
    c.done();
  }
}
