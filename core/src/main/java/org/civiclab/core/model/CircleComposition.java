package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.Problem;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a learning circle is made of, stated once for the circles a program holds
 * ({@link LearningCircle#composition()}) and the circles matching forms
 * ({@code org.civiclab.core.matching.CircleRequest#composition()}).
 *
 * <p>A circle has <em>members</em>, each with an {@link ExperienceLevel}, and
 * <em>facilitators</em> who lead it. The two are apart: a facilitator is never one of the
 * members, and the size bounds and the experienced and novice minimums count members only;
 * {@link #minFacilitators()} counts facilitators. A program's circle names its facilitators
 * beside its members; matching is given the members to place and, apart from them, the
 * facilitators to assign.
 *
 * <p>The bounds: at least {@value #SMALLEST} members (one person is no circle), at most as
 * many as the largest size, room for the experienced and novice minimums together, no negative
 * minimum. Unless given, a circle has {@value #DEFAULT_MIN_SIZE} to {@value #DEFAULT_MAX_SIZE}
 * members with at least {@value #DEFAULT_MIN_EXPERIENCED} experienced member and
 * {@value #DEFAULT_MIN_NOVICES} novice, so that every circle mixes novices with experienced
 * members, and {@value #DEFAULT_MIN_FACILITATORS} facilitator. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class CircleComposition implements WithCircleComposition {
  /** The fewest members any circle may be allowed: 2. */
  public static final int SMALLEST = 2;
  /** The fewest members of a circle unless given: 5. */
  public static final int DEFAULT_MIN_SIZE = 5;
  /** The most members of a circle unless given: 8. */
  public static final int DEFAULT_MAX_SIZE = 8;
  /** The fewest experienced members of a circle unless given: 1. */
  public static final int DEFAULT_MIN_EXPERIENCED = 1;
  /** The fewest novice members of a circle unless given: 1. */
  public static final int DEFAULT_MIN_NOVICES = 1;
  /** The fewest facilitators of a circle unless given: 1. */
  public static final int DEFAULT_MIN_FACILITATORS = 1;

  /** @return the fewest members, at least {@value #SMALLEST} */
  @Value.Default
  public int minSize() {
    return DEFAULT_MIN_SIZE;
  }

  /** @return the most members */
  @Value.Default
  public int maxSize() {
    return DEFAULT_MAX_SIZE;
  }

  /** @return the fewest experienced members */
  @Value.Default
  public int minExperienced() {
    return DEFAULT_MIN_EXPERIENCED;
  }

  /** @return the fewest novice members */
  @Value.Default
  public int minNovices() {
    return DEFAULT_MIN_NOVICES;
  }

  /** @return the fewest facilitators, who are not members */
  @Value.Default
  public int minFacilitators() {
    return DEFAULT_MIN_FACILITATORS;
  }

  /** @return the composition with every default */
  public static CircleComposition defaults() {
    return builder().build();
  }

  /**
   * A composition with the given size bounds and the other defaults.
   *
   * @param minSize the fewest members
   * @param maxSize the most members
   * @return the composition
   * @throws org.civiclab.core.InvalidInputException when the bounds do not hold
   */
  public static CircleComposition ofSize(int minSize, int maxSize) {
    return builder().minSize(minSize).maxSize(maxSize).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code CircleComposition} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the bounds and throws
   * {@link org.civiclab.core.InvalidInputException} naming each field that breaks one.
   */
  public static class Builder extends ImmutableCircleComposition.Builder {
    Builder() {}
  }

  /**
   * What is wrong with a group's member bounds, before any member is counted; the same bounds
   * hold for circles and for groups formed over rounds.
   *
   * @param minSize the fewest members
   * @param maxSize the most members
   * @param minExperienced the fewest experienced members
   * @param minNovices the fewest novice members
   * @return the problems, each naming the field ({@code minSize}, {@code maxSize},
   *     {@code minExperienced}, {@code minNovices}); empty when the bounds hold
   */
  public static ImmutableList<Problem> boundProblems(int minSize, int maxSize,
      int minExperienced, int minNovices) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    if (minSize < SMALLEST) {
      out.add(Problem.at("minSize", "must be at least " + SMALLEST + " (a circle has at least "
          + SMALLEST + " members), got " + minSize));
    }
    if (maxSize < minSize) {
      out.add(Problem.at("maxSize", "must be at least minSize " + minSize + ", got " + maxSize));
    }
    if (minExperienced < 0) {
      out.add(Problem.at("minExperienced", "must not be negative, got " + minExperienced));
    }
    if (minNovices < 0) {
      out.add(Problem.at("minNovices", "must not be negative, got " + minNovices));
    }
    if (minExperienced + minNovices > maxSize) {
      out.add(Problem.at("maxSize", "experienced members (" + minExperienced + ") and novices ("
          + minNovices + ") must fit in a circle of at most " + maxSize));
    }
    return out.build();
  }

  /**
   * What keeps a circle of these members and this many facilitators from this composition.
   *
   * @param members the members with their experience
   * @param facilitators how many facilitators lead the circle
   * @return the problems, at {@code members} or {@code facilitators}; empty when it fits
   */
  public ImmutableList<Problem> problems(List<CircleMember> members, int facilitators) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    int n = members.size();
    if (n < minSize() || n > maxSize()) {
      out.add(Problem.at("members", "the circle has " + n + " members but must have between "
          + minSize() + " and " + maxSize()));
    }
    long experienced = members.stream()
        .filter(m -> m.level() == ExperienceLevel.EXPERIENCED).count();
    long novices = members.stream().filter(m -> m.level() == ExperienceLevel.NOVICE).count();
    if (experienced < minExperienced()) {
      out.add(Problem.at("members", "the circle has " + experienced
          + " experienced members but needs at least " + minExperienced()));
    }
    if (novices < minNovices()) {
      out.add(Problem.at("members", "the circle has " + novices
          + " novice members but needs at least " + minNovices()));
    }
    if (facilitators < minFacilitators()) {
      out.add(Problem.at("facilitators", "the circle has " + facilitators
          + " facilitators but needs at least " + minFacilitators()));
    }
    return out.build();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    boundProblems(minSize(), maxSize(), minExperienced(), minNovices())
        .forEach(p -> c.add(p.path(), p.message()));
    c.require(minFacilitators() >= 0, "minFacilitators",
        "must not be negative, got " + minFacilitators());
    c.done();
  }
}
