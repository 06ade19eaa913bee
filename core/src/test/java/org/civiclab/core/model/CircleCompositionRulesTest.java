package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link CircleComposition}, to the message: the bounds at their edges (a minimum
 * of exactly two, a maximum equal to the minimum, minimums that exactly fill the circle), and
 * the count of a circle's members, experienced members, novices and facilitators against a
 * naive recount in which intermediate members count as neither.
 */
class CircleCompositionRulesTest {

  private static List<CircleMember> members(int experienced, int intermediate, int novices) {
    List<CircleMember> out = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < experienced; i++) {
      out.add(CircleMember.of(PersonId.of("m" + n++), ExperienceLevel.EXPERIENCED));
    }
    for (int i = 0; i < intermediate; i++) {
      out.add(CircleMember.of(PersonId.of("m" + n++), ExperienceLevel.INTERMEDIATE));
    }
    for (int i = 0; i < novices; i++) {
      out.add(CircleMember.of(PersonId.of("m" + n++), ExperienceLevel.NOVICE));
    }
    return out;
  }

  private static List<Problem> refused(CircleComposition.Builder b) {
    return assertThrows(InvalidInputException.class, b::build).problems();
  }

  @Test
  void theDefaultsAreFiveToEightWithOneOfEach() {
    CircleComposition d = CircleComposition.defaults();
    assertEquals(List.of(5, 8, 1, 1, 1), List.of(d.minSize(), d.maxSize(), d.minExperienced(),
        d.minNovices(), d.minFacilitators()));
    CircleComposition s = CircleComposition.ofSize(3, 4);
    assertEquals(List.of(3, 4, 1, 1, 1), List.of(s.minSize(), s.maxSize(), s.minExperienced(),
        s.minNovices(), s.minFacilitators()));
  }

  @Test
  void boundsThatHoldExactlyAtTheirEdgesAreAccepted() {
    assertEquals(List.of(), CircleComposition.boundProblems(2, 2, 0, 0));
    assertEquals(List.of(), CircleComposition.boundProblems(2, 2, 1, 1));
    assertEquals(List.of(), CircleComposition.boundProblems(3, 5, 2, 3));
    CircleComposition edge = CircleComposition.builder().minSize(2).maxSize(2).minExperienced(0)
        .minNovices(2).minFacilitators(0).build();
    assertEquals(0, edge.minFacilitators());
  }

  @Test
  void eachBrokenBoundIsNamedWithItsValues() {
    assertEquals(List.of(Problem.at("minSize",
        "must be at least 2 (a circle has at least 2 members), got 1")),
        CircleComposition.boundProblems(1, 4, 0, 0));
    assertEquals(List.of(Problem.at("maxSize", "must be at least minSize 5, got 4")),
        CircleComposition.boundProblems(5, 4, 1, 1));
    assertEquals(List.of(Problem.at("minExperienced", "must not be negative, got -1")),
        CircleComposition.boundProblems(2, 4, -1, 0));
    assertEquals(List.of(Problem.at("minNovices", "must not be negative, got -2")),
        CircleComposition.boundProblems(2, 4, 0, -2));
    assertEquals(List.of(Problem.at("maxSize",
        "experienced members (2) and novices (2) must fit in a circle of at most 3")),
        CircleComposition.boundProblems(2, 3, 2, 2));
  }

  @Test
  void aBuilderReportsEveryBrokenBoundAndANegativeFacilitatorMinimumTogether() {
    List<Problem> p = refused(CircleComposition.builder().minSize(1).maxSize(0)
        .minExperienced(-1).minNovices(-1).minFacilitators(-1));
    assertEquals(List.of(
        Problem.at("minSize", "must be at least 2 (a circle has at least 2 members), got 1"),
        Problem.at("maxSize", "must be at least minSize 1, got 0"),
        Problem.at("minExperienced", "must not be negative, got -1"),
        Problem.at("minNovices", "must not be negative, got -1"),
        Problem.at("minFacilitators", "must not be negative, got -1")), p);
    assertEquals(List.of(Problem.at("minFacilitators", "must not be negative, got -3")),
        refused(CircleComposition.builder().minFacilitators(-3)));
  }

  @Property(tries = 150)
  void boundProblemsAreTheNaiveListOfBrokenRules(@ForAll @IntRange(min = -1, max = 6) int min,
      @ForAll @IntRange(min = -1, max = 6) int max,
      @ForAll @IntRange(min = -2, max = 4) int experienced,
      @ForAll @IntRange(min = -2, max = 4) int novices) {
    List<String> expected = new ArrayList<>();
    if (min <= 1) {
      expected.add("minSize");
    }
    if (max - min < 0) {
      expected.add("maxSize");
    }
    if (experienced <= -1) {
      expected.add("minExperienced");
    }
    if (novices <= -1) {
      expected.add("minNovices");
    }
    if (max - experienced - novices < 0) {
      expected.add("maxSize");
    }
    List<String> got = CircleComposition.boundProblems(min, max, experienced, novices).stream()
        .map(Problem::path).toList();
    assertEquals(expected, got);
  }

  @Test
  void aCircleThatFitsExactlyAtEveryMinimumAndMaximumHasNoProblem() {
    CircleComposition c = CircleComposition.builder().minSize(3).maxSize(4).minExperienced(1)
        .minNovices(2).minFacilitators(2).build();
    assertEquals(List.of(), c.problems(members(1, 0, 2), 2));
    assertEquals(List.of(), c.problems(members(1, 1, 2), 2));
    assertEquals(List.of(), c.problems(members(2, 0, 2), 3));
  }

  @Test
  void everyShortfallOfACircleIsNamedWithItsCounts() {
    CircleComposition c = CircleComposition.builder().minSize(3).maxSize(4).minExperienced(2)
        .minNovices(2).minFacilitators(1).build();
    assertEquals(List.of(
        Problem.at("members", "the circle has 2 members but must have between 3 and 4"),
        Problem.at("members", "the circle has 1 experienced members but needs at least 2"),
        Problem.at("members", "the circle has 0 novice members but needs at least 2"),
        Problem.at("facilitators", "the circle has 0 facilitators but needs at least 1")),
        c.problems(members(1, 1, 0), 0));
    assertEquals(List.of(
        Problem.at("members", "the circle has 5 members but must have between 3 and 4")),
        c.problems(members(2, 1, 2), 1));
  }

  @Property(tries = 150)
  void aCirclesProblemsAreTheNaiveRecount(@ForAll @IntRange(min = 0, max = 5) int experienced,
      @ForAll @IntRange(min = 0, max = 3) int intermediate,
      @ForAll @IntRange(min = 0, max = 5) int novices,
      @ForAll @IntRange(min = 0, max = 3) int facilitators,
      @ForAll @IntRange(min = 2, max = 6) int min, @ForAll @IntRange(min = 0, max = 4) int extra,
      @ForAll @IntRange(min = 0, max = 3) int minExperienced,
      @ForAll @IntRange(min = 0, max = 3) int minNovices,
      @ForAll @IntRange(min = 0, max = 2) int minFacilitators) {
    int max = Math.max(min + extra, minExperienced + minNovices);
    CircleComposition c = CircleComposition.builder().minSize(min).maxSize(max)
        .minExperienced(minExperienced).minNovices(minNovices).minFacilitators(minFacilitators)
        .build();
    List<CircleMember> all = members(experienced, intermediate, novices);
    int size = experienced + intermediate + novices;
    List<String> expected = new ArrayList<>();
    if (size - min < 0 || max - size < 0) {
      expected.add("members: the circle has " + size + " members but must have between " + min
          + " and " + max);
    }
    if (minExperienced - experienced > 0) {
      expected.add("members: the circle has " + experienced
          + " experienced members but needs at least " + minExperienced);
    }
    if (minNovices - novices > 0) {
      expected.add("members: the circle has " + novices + " novice members but needs at least "
          + minNovices);
    }
    if (minFacilitators - facilitators > 0) {
      expected.add("facilitators: the circle has " + facilitators
          + " facilitators but needs at least " + minFacilitators);
    }
    assertEquals(expected, c.problems(all, facilitators).stream().map(Problem::toString)
        .toList());
  }
}
