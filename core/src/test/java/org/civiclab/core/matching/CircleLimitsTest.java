package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What limits the number of circles, on hand-made requests with one right answer, and the
 * sentence the people left out get for it, word for word: a fixed count, a fixed count the
 * experienced members cannot fill, two facilitators per circle, a midpoint count that would
 * leave someone out, restarts that place nobody more, and a circle dropped for want of a
 * facilitator next to someone whose slot it lacks.
 */
class CircleLimitsTest {
  private static final WeeklySlot MON = WeeklySlot.of(DayOfWeek.MONDAY, 17);
  private static final WeeklySlot TUE = WeeklySlot.of(DayOfWeek.TUESDAY, 18);

  /** {@code n} novices p0, p1, ... of whom the first {@code experienced} are experienced. */
  private static List<MatchCandidate> people(int n, int experienced) {
    List<MatchCandidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MatchCandidate.builder().id(PersonId.of("p" + (char) ('a' + i)))
          .experience(i < experienced ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE)
          .build());
    }
    return out;
  }

  private static List<MatchCandidate> leads(int n) {
    List<MatchCandidate> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      out.add(MatchCandidate.builder().id(PersonId.of("f" + j)).build());
    }
    return out;
  }

  private static CircleComposition sized(int min, int max, int experienced, int facilitators) {
    return CircleComposition.builder().minSize(min).maxSize(max).minExperienced(experienced)
        .minNovices(0).minFacilitators(facilitators).build();
  }

  private static List<Integer> sizes(CircleResult r) {
    return r.circles().stream().map(c -> c.members().size()).toList();
  }

  private static List<String> reasons(CircleResult r) {
    return r.unplaced().stream().map(Unmatched::reason).distinct().toList();
  }

  @Test
  void aFixedCountIsKeptAndNamedAsTheLimit() {
    CircleResult r = Circles.form(CircleRequest.builder().people(people(9, 0))
        .composition(sized(2, 4, 0, 0)).circleCount(1).build());
    assertEquals(List.of(4), sizes(r), r::explain);
    assertEquals(5, r.unplaced().size());
    assertEquals(List.of("all 1 circles are full (at most 4 members); the request fixes 1 "
        + "circles"), reasons(r));
  }

  @Test
  void aFixedCountTheExperiencedCannotFillNamesThem() {
    CircleResult r = Circles.form(CircleRequest.builder().people(people(12, 2))
        .composition(sized(2, 3, 1, 0)).circleCount(3).build());
    assertEquals(List.of(3, 3), sizes(r), r::explain);
    for (Circle c : r.circles()) {
      assertEquals(1, c.experienced().size(), r::explain);
    }
    assertEquals(6, r.unplaced().size());
    assertEquals(List.of("all 2 circles are full (at most 3 members); another circle would need"
        + " more experienced members (2 in total, 1 per circle)"), reasons(r));
  }

  @Test
  void twoFacilitatorsPerCircleHalveTheCircles() {
    CircleResult r = Circles.form(CircleRequest.builder().people(people(12, 0))
        .facilitators(leads(4)).composition(sized(2, 3, 0, 2)).build());
    assertEquals(List.of(3, 3), sizes(r), r::explain);
    assertEquals(List.of(2, 2), r.circles().stream().map(c -> c.facilitators().size()).toList());
    assertEquals(List.of("all 2 circles are full (at most 3 members); another circle would need"
        + " more facilitators (4 in total, 2 per circle)"), reasons(r));
  }

  @Test
  void theCountNeverDropsBelowTheFewestThatFitEveryone() {
    // eight people in circles of 4 to 7: the midpoint count rounds to 1, which leaves one out
    for (long seed = 0; seed < 5; seed++) {
      CircleResult r = Circles.form(CircleRequest.builder().people(people(8, 0))
          .composition(sized(4, 7, 0, 0)).seed(seed).build());
      assertEquals(List.of(4, 4), sizes(r), r::explain);
      assertEquals(List.of(), r.unplaced());
    }
  }

  @Test
  void restartsThatPlaceNoMoreKeepTheFirstCount() {
    // eight people free on Monday and one who never is: every start leaves that one out, so
    // the restarts (which also try one circle of eight) must not replace the first count, 2
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      people.add(MatchCandidate.builder().id(PersonId.of("m" + i)).addAvailability(MON).build());
    }
    WeeklySlot wed = WeeklySlot.of(DayOfWeek.WEDNESDAY, 9);
    people.add(MatchCandidate.builder().id(PersonId.of("x")).addAvailability(TUE, wed).build());
    for (long seed = 0; seed < 5; seed++) {
      CircleResult r = Circles.form(CircleRequest.builder().people(people)
          .composition(sized(2, 8, 0, 0)).seed(seed).build());
      assertEquals(2, r.circles().size(), r::explain);
      assertEquals(8, sizes(r).stream().mapToInt(Integer::intValue).sum(), r::explain);
      assertEquals(List.of("x: no circle with room shares one of their weekly slots (" + TUE
          + ", " + wed + ")"), r.unplaced().stream().map(Unmatched::toString).toList());
    }
  }

  @Test
  void someoneBesideADroppedCircleIsToldNoneFormed() {
    List<MatchCandidate> members = new ArrayList<>(List.of(
        MatchCandidate.builder().id(PersonId.of("a")).addAvailability(MON).build(),
        MatchCandidate.builder().id(PersonId.of("b")).addAvailability(MON).build(),
        MatchCandidate.builder().id(PersonId.of("c")).addAvailability(TUE).build()));
    Collections.reverse(members);
    CircleResult r = Circles.form(CircleRequest.builder().people(members)
        .addFacilitator(MatchCandidate.builder().id(PersonId.of("f"))
            .addAvailability(WeeklySlot.of(DayOfWeek.WEDNESDAY, 9)).build())
        .composition(sized(2, 3, 0, 1)).build());
    String dropped = "no facilitator left shares one of their circle's weekly slots, so the"
        + " circle is not formed";
    String none = "no group of 2 to 3 people with the required roles shares a weekly slot";
    assertEquals(List.of(), r.circles());
    // c could join no circle with room, but no circle was formed at all, and that comes first
    assertEquals(List.of("a: " + dropped, "b: " + dropped, "c: " + none,
        "f: as a facilitator: no circle was formed (" + none + ")"),
        r.unplaced().stream().map(Unmatched::toString).toList());
  }
}
