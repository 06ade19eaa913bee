package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Facilitator assignment on hand-made circles whose members and slots leave one answer: a
 * facilitator free at both circles' slots must give way to one who fits only the other circle
 * (a matching, not first come first served), and spare facilitators go where they fit, the
 * same whatever order they are given in. Each case runs under several seeds, because the seed
 * decides which circle is matched first.
 */
class CircleLeadsTest {
  private static final WeeklySlot MON = WeeklySlot.of(DayOfWeek.MONDAY, 17);
  private static final WeeklySlot TUE = WeeklySlot.of(DayOfWeek.TUESDAY, 18);
  private static final int SEEDS = 12;

  private static MatchCandidate at(String id, WeeklySlot... slots) {
    return MatchCandidate.builder().id(PersonId.of(id)).addAvailability(slots).build();
  }

  private static CircleComposition pairs(int minFacilitators) {
    return CircleComposition.builder().minSize(2).maxSize(2).minExperienced(0).minNovices(0)
        .minFacilitators(minFacilitators).build();
  }

  /** The members and facilitators of each circle, as ids, in circle order. */
  private static List<String> circles(CircleResult r) {
    return r.circles().stream().map(c -> c.members() + " led by " + c.facilitators()).toList();
  }

  private static CircleResult form(List<MatchCandidate> leads, int minFacilitators, long seed) {
    return Circles.form(CircleRequest.builder()
        .addPeople(at("a", MON), at("b", MON), at("c", TUE), at("d", TUE))
        .facilitators(leads).composition(pairs(minFacilitators)).seed(seed).build());
  }

  @Test
  void aFacilitatorWhoFitsBothGivesWayToOneWhoFitsOnlyOne() {
    for (long seed = 0; seed < SEEDS; seed++) {
      CircleResult r = form(List.of(at("f1", MON, TUE), at("f2", TUE)), 1, seed);
      assertEquals(List.of("[a, b] led by [f1]", "[c, d] led by [f2]"), circles(r),
          r::explain);
      assertEquals(List.of(), r.unplaced());
    }
  }

  @Test
  void whenOnlyOneCircleCanBeLedTheOtherIsDroppedAndSaysWhy() {
    String dropped = "no facilitator left shares one of their circle's weekly slots, so the"
        + " circle is not formed";
    for (long seed = 0; seed < SEEDS; seed++) {
      CircleResult r = form(List.of(at("f1", TUE), at("f2", TUE)), 1, seed);
      assertEquals(List.of("[c, d] led by [f1, f2]"), circles(r), r::explain);
      assertEquals(List.of("a: " + dropped, "b: " + dropped),
          r.unplaced().stream().map(Unmatched::toString).toList());
    }
  }

  @Test
  void spareFacilitatorsGoToTheCircleWithFewestThatTheyFit() {
    for (long seed = 0; seed < SEEDS; seed++) {
      // f0 and f3 fit anywhere, f1 only Monday, f2 only Tuesday, f4 at neither slot
      CircleResult r = form(List.of(MatchCandidate.builder().id(PersonId.of("f0")).build(),
          at("f1", MON), at("f2", TUE), at("f3"), at("f4", WeeklySlot.of(DayOfWeek.FRIDAY, 9))),
          0, seed);
      List<String> got = circles(r);
      assertEquals(2, got.size(), r::explain);
      // f1 and f2 can only go one way; f0 and f3 then even the counts out, one each
      assertEquals(2, r.circles().get(0).facilitators().size(), r::explain);
      assertEquals(2, r.circles().get(1).facilitators().size(), r::explain);
      assertEquals(true, r.circles().get(0).facilitators().contains(PersonId.of("f1")),
          r::explain);
      assertEquals(true, r.circles().get(1).facilitators().contains(PersonId.of("f2")),
          r::explain);
      assertEquals(List.of("f4: as a facilitator: no circle left needs them or shares one of"
          + " their weekly slots"), r.unplaced().stream().map(Unmatched::toString).toList());
    }
  }

  @Test
  void theOrderFacilitatorsAreGivenInDoesNotMatter() {
    List<MatchCandidate> leads = List.of(MatchCandidate.builder().id(PersonId.of("f0")).build(),
        at("f1", MON), at("f2", TUE), at("f3"), at("f4", MON, TUE));
    List<MatchCandidate> reversed = new ArrayList<>(leads);
    Collections.reverse(reversed);
    for (int minFacilitators = 0; minFacilitators <= 2; minFacilitators++) {
      for (long seed = 0; seed < SEEDS; seed++) {
        assertEquals(form(leads, minFacilitators, seed), form(reversed, minFacilitators, seed));
      }
    }
  }

  @Test
  void twoFacilitatorsPerCircleAreMatchedAcrossBothCircles() {
    for (long seed = 0; seed < SEEDS; seed++) {
      CircleResult r = form(List.of(at("f1", MON, TUE), at("f2", MON, TUE), at("f3", TUE),
          at("f4", TUE)), 2, seed);
      assertEquals(List.of("[a, b] led by [f1, f2]", "[c, d] led by [f3, f4]"), circles(r),
          r::explain);
    }
  }
}
