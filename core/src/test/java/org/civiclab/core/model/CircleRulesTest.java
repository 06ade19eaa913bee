package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** A program's circles and the circles matching forms obey one statement of the rules. */
class CircleRulesTest {
  private static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 12, 31));

  private static List<CircleMember> members(int experienced, int novices) {
    List<CircleMember> out = new java.util.ArrayList<>();
    for (int i = 0; i < experienced; i++) {
      out.add(CircleMember.of(PersonId.of("e" + i), ExperienceLevel.EXPERIENCED));
    }
    for (int i = 0; i < novices; i++) {
      out.add(CircleMember.of(PersonId.of("n" + i), ExperienceLevel.NOVICE));
    }
    return out;
  }

  /** A circle of the given members and facilitators within bounds [2, 4]. */
  private static LearningCircle circle(int experienced, int novices, PersonId... facilitators) {
    return LearningCircle.builder().id(CircleId.of("c")).name("Circle").minSize(2).maxSize(4)
        .cadence(Cadence.everyWeeks(3)).period(YEAR).members(members(experienced, novices))
        .addFacilitators(facilitators).build();
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void bothSidesRejectTheSameBoundsWithTheSameWords() {
    int[][] bad = {{1, 4, 0, 0}, {6, 4, 1, 1}, {2, 3, 2, 2}, {2, 4, -1, 0}, {2, 4, 0, -1}};
    for (int[] b : bad) {
      List<String> expected = texts(CircleRules.boundProblems(b[0], b[1], b[2], b[3]));
      assertTrue(!expected.isEmpty(), java.util.Arrays.toString(b));
      List<String> request = texts(assertThrows(InvalidInputException.class,
          () -> CircleRequest.builder().minSize(b[0]).maxSize(b[1]).minExperienced(b[2])
              .minNovices(b[3]).build()).problems());
      List<String> circle = texts(assertThrows(InvalidInputException.class,
          () -> LearningCircle.builder().from(circle(2, 2, PersonId.of("f"))).minSize(b[0])
              .maxSize(b[1]).minExperienced(b[2]).minNovices(b[3]).build()).problems());
      assertTrue(request.containsAll(expected), request + " lacks " + expected);
      assertTrue(circle.containsAll(expected), circle + " lacks " + expected);
    }
  }

  @Test
  void theDefaultsAreTheSameOnBothSides() {
    CircleRequest r = CircleRequest.builder().build();
    LearningCircle defaults = LearningCircle.builder().id(CircleId.of("c")).name("Circle")
        .cadence(Cadence.everyWeeks(3)).period(YEAR).members(members(2, 3))
        .addFacilitators(PersonId.of("e0")).build();
    assertEquals(r.minSize(), defaults.minSize());
    assertEquals(r.maxSize(), defaults.maxSize());
    assertEquals(r.minExperienced(), defaults.minExperienced());
    assertEquals(r.minNovices(), defaults.minNovices());
  }

  @Test
  void aMemberFacilitatorCountsAndAnOutsideOneDoesNot() {
    PersonId outside = PersonId.of("trainer");
    LearningCircle led = circle(1, 1, PersonId.of("e0"), outside);
    assertEquals(List.of(PersonId.of("e0"), PersonId.of("n0"), outside),
        List.copyOf(led.participants()));
    List<Problem> tooSmall = assertThrows(InvalidInputException.class,
        () -> circle(1, 0, outside)).problems();
    assertTrue(tooSmall.stream().anyMatch(p -> p.message().contains("has 1 members")),
        tooSmall.toString());
  }
}
