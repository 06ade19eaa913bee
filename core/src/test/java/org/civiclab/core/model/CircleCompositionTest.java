package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.matching.CircleResult;
import org.civiclab.core.matching.Circles;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * A program's circles and the circles matching forms share one composition value, and count
 * members and facilitators apart in the same way.
 */
class CircleCompositionTest {
  private static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 12, 31));
  private static final CircleComposition TWO_TO_FOUR = CircleComposition.ofSize(2, 4);

  private static List<CircleMember> members(int experienced, int novices) {
    List<CircleMember> out = new ArrayList<>();
    for (int i = 0; i < experienced; i++) {
      out.add(CircleMember.of(PersonId.of("e" + i), ExperienceLevel.EXPERIENCED));
    }
    for (int i = 0; i < novices; i++) {
      out.add(CircleMember.of(PersonId.of("n" + i), ExperienceLevel.NOVICE));
    }
    return out;
  }

  private static LearningCircle circle(int experienced, int novices, PersonId... facilitators) {
    return LearningCircle.builder().id(CircleId.of("c")).name("Circle").composition(TWO_TO_FOUR)
        .cadence(Cadence.everyWeeks(3)).period(YEAR).members(members(experienced, novices))
        .addFacilitators(facilitators).build();
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void badBoundsAreRejectedOnceWithTheirFields() {
    int[][] bad = {{1, 4, 0, 0}, {6, 4, 1, 1}, {2, 3, 2, 2}, {2, 4, -1, 0}, {2, 4, 0, -1}};
    for (int[] b : bad) {
      List<String> expected = texts(CircleComposition.boundProblems(b[0], b[1], b[2], b[3]));
      assertTrue(!expected.isEmpty(), java.util.Arrays.toString(b));
      List<String> got = texts(assertThrows(InvalidInputException.class,
          () -> CircleComposition.builder().minSize(b[0]).maxSize(b[1]).minExperienced(b[2])
              .minNovices(b[3]).build()).problems());
      assertEquals(expected, got);
    }
    assertEquals("minFacilitators: must not be negative, got -1",
        assertThrows(InvalidInputException.class,
            () -> CircleComposition.builder().minFacilitators(-1).build()).getMessage());
  }

  @Test
  void bothSidesStartFromTheSameDefaults() {
    LearningCircle held = LearningCircle.builder().id(CircleId.of("c")).name("Circle")
        .cadence(Cadence.everyWeeks(3)).period(YEAR).members(members(2, 3))
        .addFacilitators(PersonId.of("trainer")).build();
    assertEquals(CircleComposition.defaults(), CircleRequest.builder().build().composition());
    assertEquals(CircleComposition.defaults(), held.composition());
  }

  @Test
  void facilitatorsCountApartFromTheMembers() {
    PersonId trainer = PersonId.of("trainer");
    LearningCircle led = circle(1, 1, trainer);
    assertEquals(List.of(PersonId.of("e0"), PersonId.of("n0"), trainer),
        List.copyOf(led.participants()));
    List<Problem> tooSmall = assertThrows(InvalidInputException.class,
        () -> circle(1, 0, trainer)).problems();
    assertEquals(List.of("members: the circle has 1 members but must have between 2 and 4",
        "members: the circle has 0 novice members but needs at least 1"), texts(tooSmall));
    List<Problem> both = assertThrows(InvalidInputException.class,
        () -> circle(1, 1, PersonId.of("e0"))).problems();
    assertEquals(List.of("members[0]: e0 is also a facilitator; facilitators lead the circle "
        + "apart from its members"), texts(both));
    List<Problem> unled = assertThrows(InvalidInputException.class, () -> circle(1, 1))
        .problems();
    assertEquals(List.of("facilitators: the circle has 0 facilitators but needs at least 1"),
        texts(unled));
  }

  @Test
  void whatMatchingFormsIsAValidProgramCircleOfTheSameComposition() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      people.add(MatchCandidate.builder().id(PersonId.of("p" + i))
          .experience(i < 3 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE).build());
    }
    CircleComposition three = CircleComposition.builder().minSize(3).maxSize(3).build();
    CircleResult result = Circles.form(CircleRequest.builder().people(people).composition(three)
        .addFacilitators(MatchCandidate.builder().id(PersonId.of("f1")).build(),
            MatchCandidate.builder().id(PersonId.of("f2")).build(),
            MatchCandidate.builder().id(PersonId.of("f3")).build())
        .build());
    assertEquals(3, result.circles().size(), result::explain);
    for (var c : result.circles()) {
      LearningCircle held = LearningCircle.builder().id(CircleId.of("c" + c.number()))
          .name("Circle " + c.number()).composition(three).cadence(Cadence.everyWeeks(2))
          .period(YEAR).members(c.memberLevels()).facilitators(c.facilitators()).build();
      assertEquals(List.of(), three.problems(held.members(), held.facilitators().size()));
    }
  }
}
