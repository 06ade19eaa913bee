package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * A circle's common slots are exactly the weekly slots all its members with availability
 * share: recomputed by set intersection on the seeded cases of {@link CircleRestartsTest}, and
 * on a hand-made request with more than 64 distinct slots, where slot sets no longer fit one
 * machine word.
 */
class CircleSlotsTest {

  /** The slots every member who gave availability shares; empty when nobody gave any. */
  private static Set<WeeklySlot> shared(CircleRequest r, Circle c) {
    Set<WeeklySlot> out = null;
    for (PersonId id : c.members()) {
      MatchCandidate m = r.people().stream().filter(p -> p.id().equals(id)).findFirst()
          .orElseThrow();
      if (m.availability().isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new TreeSet<>(m.availability());
      } else {
        out.retainAll(m.availability());
      }
    }
    return out == null ? Set.of() : out;
  }

  private static void assertCommonSlotsAreShared(CircleRequest r, CircleResult result) {
    for (Circle c : result.circles()) {
      assertEquals(List.copyOf(shared(r, c)), List.copyOf(c.commonSlots()), result::explain);
    }
  }

  @Test
  void commonSlotsAreWhatTheMembersShare() {
    for (long seed = 0; seed < 60; seed++) {
      CircleRequest r = CircleRestartsTest.withSlots(seed);
      assertCommonSlotsAreShared(r, Circles.form(r));
    }
  }

  /** Every hour of the given days, from {@code from} to {@code to} inclusive. */
  private static List<WeeklySlot> hours(int from, int to, DayOfWeek... days) {
    List<WeeklySlot> out = new ArrayList<>();
    for (DayOfWeek d : days) {
      for (int h = from; h <= to; h++) {
        out.add(WeeklySlot.of(d, h));
      }
    }
    return out;
  }

  @Test
  void moreThanSixtyFourSlotsAreKeptApartAndShared() {
    // Monday to Thursday, 6:00 to 23:00: 72 slots. a and b share Thursday's last hours (slots
    // 68 to 71), c and d Monday and Tuesday mornings and Thursday daytime; nobody else shares.
    // Partners differ in level, so that joining a partner gains more than an empty circle
    List<WeeklySlot> late = hours(20, 23, DayOfWeek.THURSDAY);
    List<WeeklySlot> early = hours(6, 9, DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    List<WeeklySlot> middle = hours(10, 23, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY);
    middle.addAll(hours(10, 19, DayOfWeek.THURSDAY));
    List<WeeklySlot> wednesday = hours(6, 9, DayOfWeek.WEDNESDAY);
    List<WeeklySlot> thursday = hours(6, 19, DayOfWeek.THURSDAY);
    MatchCandidate a = MatchCandidate.builder().id(PersonId.of("a"))
        .experience(ExperienceLevel.INTERMEDIATE).addAllAvailability(late)
        .addAllAvailability(wednesday).build();
    MatchCandidate b = MatchCandidate.builder().id(PersonId.of("b"))
        .experience(ExperienceLevel.NOVICE).addAllAvailability(late)
        .build();
    MatchCandidate c = MatchCandidate.builder().id(PersonId.of("c"))
        .experience(ExperienceLevel.INTERMEDIATE).addAllAvailability(early)
        .addAllAvailability(middle).build();
    MatchCandidate d = MatchCandidate.builder().id(PersonId.of("d"))
        .experience(ExperienceLevel.NOVICE).addAllAvailability(early)
        .addAllAvailability(thursday).build();
    for (long seed = 0; seed < 8; seed++) {
      CircleRequest r = CircleRequest.builder().addPeople(d, c, b, a)
          .composition(CircleComposition.builder().minSize(2).maxSize(2).minExperienced(0)
              .minNovices(0).minFacilitators(0).build())
          .seed(seed).build();
      CircleResult result = Circles.form(r);
      assertEquals(List.of("[a, b]", "[c, d]"),
          result.circles().stream().map(x -> x.members().toString()).toList(), result::explain);
      assertEquals(late, List.copyOf(result.circles().get(0).commonSlots()));
      List<WeeklySlot> both = new ArrayList<>(early);
      both.addAll(hours(10, 19, DayOfWeek.THURSDAY));
      both.sort(null);
      assertEquals(both, List.copyOf(result.circles().get(1).commonSlots()));
    }
  }
}
