package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * Everything learning-circle formation needs: the members to place, the facilitators to
 * assign, the circles' composition and the seed that fixes every random choice.
 *
 * <p>The composition is the model's ({@link CircleComposition}): the size bounds and the
 * experienced and novice minimums count the {@link #people()} placed as members; the
 * {@link #facilitators()} lead circles apart from them, each at most one circle, at least
 * {@link CircleComposition#minFacilitators()} per circle. A person counts as experienced when
 * {@link MatchCandidate#isExperienced()} and as a novice when their experience is
 * {@code NOVICE}. Where people give weekly availability, a circle's members must share at
 * least one slot, and its facilitators one of the members' common slots. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class CircleRequest implements WithCircleRequest {

  /** @return the members to place, each with a distinct id */
  public abstract ImmutableList<MatchCandidate> people();

  /**
   * @return the people who may lead a circle, apart from the members: each distinct and not
   *     among {@link #people()}
   */
  public abstract ImmutableList<MatchCandidate> facilitators();

  /** @return the circles' composition; {@link CircleComposition#defaults()} unless given */
  @Value.Default
  public CircleComposition composition() {
    return CircleComposition.defaults();
  }

  /**
   * How many circles to form, when the program fixes it; otherwise the count follows from the
   * size bounds (near the middle size). When the mix, the facilitators or the slots do not
   * allow this many, fewer are formed and the people left out say why.
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
    circleCount().ifPresent(k -> c.require(k >= 1, "circleCount",
        "must be at least 1 when given, got " + k));
    Set<PersonId> ids = new HashSet<>();
    for (int i = 0; i < people().size(); i++) {
      PersonId id = people().get(i).id();
      c.require(ids.add(id), "people[" + i + "]", "duplicate person " + id);
    }
    for (int i = 0; i < facilitators().size(); i++) {
      PersonId id = facilitators().get(i).id();
      c.require(ids.add(id), "facilitators[" + i + "]", "person " + id
          + " is given twice, as a member or as a facilitator; facilitators are apart from "
          + "the members");
    }
    c.done();
  }
}
