package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The circle reasons {@link CircleReasonsTest} leaves out, word for word: facilitators left
 * without a circle, a circle dropped because no facilitator shares its slot, the novice
 * shortage, a leftover group that no slot joins, the whole report, and a malformed request's
 * problems.
 */
class CircleTextsTest {
  private static final WeeklySlot MON = WeeklySlot.of(DayOfWeek.MONDAY, 17);
  private static final WeeklySlot TUE = WeeklySlot.of(DayOfWeek.TUESDAY, 18);
  private static final WeeklySlot WED = WeeklySlot.of(DayOfWeek.WEDNESDAY, 9);

  private static MatchCandidate.Builder person(String id) {
    return MatchCandidate.builder().id(PersonId.of(id));
  }

  private static CircleComposition pairs(int minFacilitators) {
    return CircleComposition.builder().minSize(2).maxSize(2).minExperienced(0).minNovices(0)
        .minFacilitators(minFacilitators).build();
  }

  private static List<String> unplaced(CircleResult r) {
    return r.unplaced().stream().map(Unmatched::toString).toList();
  }

  @Test
  void aFacilitatorWithoutAnyCircleIsToldWhyNoneFormed() {
    CircleResult r = Circles.form(CircleRequest.builder()
        .addPeople(person("a").build(), person("b").build(), person("c").build())
        .addFacilitator(person("f").build()).build());
    String why = "only 3 people, fewer than the minimum circle size 5";
    assertEquals(List.of("a: " + why, "b: " + why, "c: " + why,
        "f: as a facilitator: no circle was formed (" + why + ")"), unplaced(r));
  }

  @Test
  void aCircleNoFacilitatorCanMeetIsNotFormed() {
    CircleResult r = Circles.form(CircleRequest.builder()
        .addPeople(person("a").addAvailability(MON).build(),
            person("b").addAvailability(MON).build())
        .addFacilitator(person("f").addAvailability(TUE).build())
        .composition(pairs(1)).build());
    String dropped = "no facilitator left shares one of their circle's weekly slots, so the"
        + " circle is not formed";
    assertEquals(List.of(), r.circles());
    assertEquals(List.of("a: " + dropped, "b: " + dropped, "f: as a facilitator: no circle was"
        + " formed (no group of 2 to 2 people with the required roles shares a weekly slot)"),
        unplaced(r));
  }

  @Test
  void tooFewNovicesForAnotherCircle() {
    List<MatchCandidate> people = new ArrayList<>();
    people.add(person("n0").build());
    for (int i = 1; i <= 8; i++) {
      people.add(person("x" + i).experience(ExperienceLevel.EXPERIENCED).build());
    }
    CircleResult r = Circles.form(CircleRequest.builder().people(people)
        .addFacilitators(person("f1").build(), person("f2").build(), person("f3").build())
        .build());
    assertEquals(1, r.circles().size());
    assertEquals(List.of(PersonId.of("f1"), PersonId.of("f2"), PersonId.of("f3")),
        r.circles().get(0).facilitators(), "spare facilitators join the only circle");
    assertEquals(List.of("all 1 circles are full (at most 8 members); another circle would need"
        + " more novices (1 in total, 1 per circle)"),
        r.unplaced().stream().map(Unmatched::reason).toList());
  }

  @Test
  void leftoversWithoutACommonSlotAreReportedAfterTheCircles() {
    CircleResult r = Circles.form(CircleRequest.builder()
        .addPeople(person("a").addAvailability(MON).build(),
            person("b").addAvailability(MON).build(), person("c").addAvailability(TUE).build(),
            person("d").addAvailability(WED).build())
        .composition(pairs(0)).build());
    String full = "all 1 circles are full (at most 2 members); no further circle could be"
        + " seeded with its roles and a shared weekly slot";
    assertEquals("1 circles, 2 unplaced, diversity 0\n"
        + "  circle 1 [a, b] (2 members; experienced: none; facilitators: none; 0 organisations,"
        + " 0 regions; common slots MON 17:00)\n"
        + "  unplaced c: " + full + "\n"
        + "  unplaced d: " + full + "\n", r.explain());
  }

  @Test
  void aMalformedCircleRequestNamesEveryProblem() {
    MatchCandidate a = person("a").build();
    List<String> problems = assertThrows(InvalidInputException.class, () ->
        CircleRequest.builder().addPeople(a, a).addFacilitators(person("f").build(), a)
            .circleCount(0).build()).problems().stream().map(Problem::toString).toList();
    assertEquals(List.of("circleCount: must be at least 1 when given, got 0",
        "people[1]: duplicate person a", "facilitators[1]: person a is given twice, as a member"
            + " or as a facilitator; facilitators are apart from the members"), problems);
  }
}
