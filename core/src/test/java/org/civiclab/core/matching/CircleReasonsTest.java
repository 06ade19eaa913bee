package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The sentences circle formation gives for the people it leaves out, one case per reason, and a
 * circle's own explanation. Without these, a reason could name the wrong role or count and only
 * the fact that someone is unplaced would be checked.
 */
class CircleReasonsTest {
  private static final WeeklySlot MONDAY = WeeklySlot.of(DayOfWeek.MONDAY, 17);
  private static final WeeklySlot TUESDAY = WeeklySlot.of(DayOfWeek.TUESDAY, 18);

  private static MatchCandidate.Builder person(String id) {
    return MatchCandidate.builder().id(PersonId.of(id));
  }

  /** Any size in [min, max], no mix and no facilitator required. */
  private static CircleComposition open(int min, int max) {
    return CircleComposition.builder().minSize(min).maxSize(max).minExperienced(0)
        .minNovices(0).minFacilitators(0).build();
  }

  private static List<String> reasons(CircleResult r) {
    return r.unplaced().stream().map(Unmatched::reason).toList();
  }

  @Test
  void tooFewPeopleForTheSmallestCircle() {
    List<MatchCandidate> people = List.of(person("a").build(), person("b").build(),
        person("c").build());
    CircleResult r = Circles.form(CircleRequest.builder().people(people).build());
    assertEquals(List.of(), r.circles());
    assertEquals(List.of("only 3 people, fewer than the minimum circle size 5",
        "only 3 people, fewer than the minimum circle size 5",
        "only 3 people, fewer than the minimum circle size 5"), reasons(r));
  }

  @Test
  void theFirstMissingRoleIsNamedWithItsCounts() {
    List<MatchCandidate> people = new ArrayList<>();
    people.add(person("p0").experience(ExperienceLevel.EXPERIENCED).build());
    for (int i = 1; i < 6; i++) {
      people.add(person("p" + i).build());
    }
    CircleResult r = Circles.form(CircleRequest.builder().people(people).build());
    assertEquals(List.of(), r.circles());
    assertEquals(6, r.unplaced().size());
    assertEquals("not enough facilitators for even one circle (need 1, have 0)",
        r.unplaced().get(0).reason());

    CircleResult noNovice = Circles.form(CircleRequest.builder().people(people.stream()
        .map(p -> p.withExperience(ExperienceLevel.EXPERIENCED)).toList())
        .addFacilitators(person("f").build())
        .composition(CircleComposition.builder().minNovices(2).build()).build());
    assertEquals("not enough novices for even one circle (need 2, have 0)",
        noNovice.unplaced().get(0).reason());

    CircleResult noExperienced = Circles.form(CircleRequest.builder().people(people)
        .composition(CircleComposition.builder().minExperienced(2).minFacilitators(0).build())
        .build());
    assertEquals("not enough experienced members for even one circle (need 2, have 1)",
        noExperienced.unplaced().get(0).reason());
  }

  @Test
  void theFacilitatorsBoundTheNumberOfCirclesAndAreNeverMembers() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      people.add(person("p" + (char) ('a' + i)).experience(i % 3 == 0
          ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE).build());
    }
    CircleResult r = Circles.form(CircleRequest.builder().people(people)
        .addFacilitators(person("trainer").build()).build());
    assertEquals(1, r.circles().size(), r::explain);
    assertEquals(8, r.circles().get(0).members().size());
    assertEquals(List.of(PersonId.of("trainer")), r.circles().get(0).facilitators());
    assertEquals(4, r.unplaced().size());
    assertEquals("all 1 circles are full (at most 8 members); another circle would need more "
        + "facilitators (1 in total, 1 per circle)", r.unplaced().get(0).reason());

    CircleResult two = Circles.form(CircleRequest.builder().people(people)
        .addFacilitators(person("trainer").build(), person("zoe").build()).build());
    assertEquals(2, two.circles().size(), two::explain);
    assertEquals(List.of(), two.unplaced());
    for (Circle c : two.circles()) {
      assertEquals(6, c.members().size());
      assertEquals(1, c.facilitators().size());
    }
  }

  @Test
  void peopleWhoShareNoSlotFormNoCircle() {
    List<MatchCandidate> people = List.of(person("a").addAvailability(MONDAY).build(),
        person("b").addAvailability(TUESDAY).build(),
        person("c").addAvailability(WeeklySlot.of(DayOfWeek.FRIDAY, 9)).build());
    CircleResult r = Circles.form(CircleRequest.builder().people(people).composition(open(3, 4))
        .build());
    assertEquals(List.of(), r.circles());
    assertEquals(List.of(
        "no group of 3 to 4 people with the required roles shares a weekly slot",
        "no group of 3 to 4 people with the required roles shares a weekly slot",
        "no group of 3 to 4 people with the required roles shares a weekly slot"), reasons(r));
  }

  @Test
  void theOneLeftOverIsFewerThanACircle() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      people.add(person("p" + i).organization(OrganizationId.of("o" + i % 2)).region("r" + i % 3)
          .build());
    }
    CircleResult r = Circles.form(CircleRequest.builder().people(people).composition(open(5, 8))
        .build());
    assertEquals(1, r.circles().size());
    assertEquals(8, r.circles().get(0).members().size());
    assertEquals(List.of("all 1 circles are full (at most 8 members); the 1 left over are fewer "
        + "than the minimum circle size 5"), reasons(r));
    Circle c = r.circles().get(0);
    assertEquals(2, c.organizations());
    assertEquals(3, c.regions());
    assertEquals(5, r.diversity());
    assertEquals("8 members; experienced: none; facilitators: none; 2 organisations, 3 regions; "
        + "no availability given", c.explanation());
  }

  @Test
  void someoneWhoseSlotNoCircleWithRoomSharesIsToldSo() {
    List<MatchCandidate> people = List.of(
        person("a").experience(ExperienceLevel.EXPERIENCED).addAvailability(MONDAY).build(),
        person("b").addAvailability(MONDAY).build(),
        person("c").addAvailability(MONDAY).build(),
        person("d").addAvailability(TUESDAY).build());
    CircleResult r = Circles.form(CircleRequest.builder().people(people)
        .addFacilitators(person("lead").addAvailability(TUESDAY).build(),
            person("trainer").addAvailability(MONDAY).build())
        .composition(CircleComposition.ofSize(2, 4)).build());
    assertEquals(1, r.circles().size(), r::explain);
    assertEquals(List.of(PersonId.of("a"), PersonId.of("b"), PersonId.of("c")),
        r.circles().get(0).members());
    assertEquals(List.of(PersonId.of("a")), r.circles().get(0).experienced());
    assertEquals(List.of(PersonId.of("trainer")), r.circles().get(0).facilitators());
    assertEquals(List.of(MONDAY), List.copyOf(r.circles().get(0).commonSlots()));
    assertEquals(List.of("no circle with room shares one of their weekly slots (" + TUESDAY
        + ")", "as a facilitator: no circle left needs them or shares one of their weekly slots"),
        reasons(r));
    assertEquals("3 members; experienced: a; facilitators: trainer; 0 organisations, 0 regions; "
        + "common slots " + MONDAY, r.circles().get(0).explanation());
  }
}
