package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.Problem;

/**
 * The composition rules of a learning circle, stated once for the circles a program holds
 * ({@link LearningCircle}) and the circles matching forms
 * ({@code org.civiclab.core.matching.CircleRequest}).
 *
 * <p>A circle's <em>members</em> are the people it is formed of, each with an
 * {@link ExperienceLevel}. The size bounds and the experienced and novice minimums count
 * members only. A facilitator who is a member counts toward the size and for their own level,
 * like any member; a facilitator from outside the circle (a trainer leading it) counts toward
 * neither, and attends its meetings all the same ({@link LearningCircle#participants()}).
 * Every circle is led by at least one facilitator, member or not: matching, which places only
 * the candidates it is given, counts facilitators among the members it places
 * ({@code minFacilitators}); a program's circle may also name an outside one.
 *
 * <p>The bounds themselves: a circle has at least {@value #SMALLEST} members (one person is no
 * circle), at most as many as its largest size, and room for the minimum of experienced
 * members and of novices together. The defaults are {@value #DEFAULT_MIN_SIZE} to
 * {@value #DEFAULT_MAX_SIZE} members with at least {@value #DEFAULT_MIN_EXPERIENCED}
 * experienced member and {@value #DEFAULT_MIN_NOVICES} novice, so that every circle mixes
 * novices with experienced members.
 */
@API(status = STABLE, since = "0.1.0")
public final class CircleRules {
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

  private CircleRules() {}

  /**
   * What is wrong with a circle's bounds, before any member is counted.
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
}
