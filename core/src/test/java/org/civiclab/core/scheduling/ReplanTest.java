package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

/** Re-planning: nothing moves without a change, the diff is exact, and only what must move. */
class ReplanTest {
  static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);

  @Provide
  Arbitrary<SchedulingProblem> small() {
    return SchedulingArbitraries.smallProblems();
  }

  static Scheduler scheduler() {
    return Scheduler.builder().stepLimit(20_000).seed(3).build();
  }

  @Property(tries = 40)
  void withNoChangeNothingMoves(@ForAll("small") SchedulingProblem p) {
    Schedule old = scheduler().solve(p).schedule();
    Assume.that(old.isFeasible());
    Replan r = scheduler().replan(p, old.placements(), PlanChange.none());
    assertTrue(r.diff().isEmpty(), () -> r.diff().changes().toString());
    assertEquals(old.placements(), r.result().schedule().placements());
  }

  /**
   * Person p0 falls ill on the first day. Brute force finds the fewest demands that must move
   * (all others kept where they were, the day as a day off of p0); the re-plan moves exactly
   * that many, and its diff equals a naive comparison of the two plans.
   */
  @Property(tries = 40)
  void movesOnlyAsManyEventsAsMustMove(@ForAll("small") SchedulingProblem p) {
    Optional<Map<String, Placement>> start = BruteForce.solve(p);
    Assume.that(start.isPresent());
    Map<String, Placement> old = start.get();
    PlanChange ill = PlanChange.personUnavailable("p0", DateRange.day(MONDAY));
    Replan r = scheduler().replan(p, old, ill);
    Map<String, Placement> now = r.result().schedule().placements();

    Set<String> naive = new TreeSet<>();
    old.forEach((id, pl) -> {
      if (!pl.equals(now.get(id))) {
        naive.add(id);
      }
    });
    Set<String> moved = new TreeSet<>();
    r.diff().moved().forEach(c -> moved.add(c.eventId()));
    assertEquals(naive, moved);
    assertTrue(r.diff().added().isEmpty() && r.diff().cancelled().isEmpty());

    int fewest = fewestMoves(p, old);
    if (fewest < 0) {
      assertFalse(r.result().isFeasible());
    } else {
      assertTrue(r.result().isFeasible(), () -> r.result().schedule().hardViolations()
          .toString());
      assertEquals(fewest, moved.size(), () -> "moved " + moved);
    }
  }

  /** The fewest demands that must move when p0 is away on Monday, or -1 when none works. */
  static int fewestMoves(SchedulingProblem p, Map<String, Placement> old) {
    List<Participant> people = new ArrayList<>();
    for (Participant x : p.participants()) {
      people.add(!x.id().equals("p0") ? x : Participant.builder().from(x).holidays(
          HolidayCalendar.builder().name("ill").holidays(ImmutableSortedMap.of(MONDAY, "ill"))
              .build()).build());
    }
    int n = p.demands().size();
    for (int k = 0; k <= n; k++) {
      for (int mask = 0; mask < 1 << n; mask++) {
        if (Integer.bitCount(mask) != k) {
          continue;
        }
        List<Demand> ds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Demand d = p.demands().get(i);
          ds.add((mask & (1 << i)) != 0 ? d : Demand.builder().from(d)
              .pinned(old.get(d.id())).build());
        }
        SchedulingProblem q = SchedulingProblem.builder().from(p).participants(people)
            .demands(ds).build();
        if (BruteForce.solve(q).isPresent()) {
          return k;
        }
      }
    }
    return -1;
  }

  @Test
  void cancelledAddedAndJoiningEventsAreInTheDiffWithTheirPeople() {
    SchedulingProblem p = SchedulingProblem.builder().name("t").grid(SolverBehaviourTest
        .weekdays(DateRange.of(MONDAY, MONDAY.plusDays(1))))
        .addParticipant(Participant.of("ana")).addParticipant(Participant.of("bo"))
        .addDemand(Demand.builder().id("a").label("talk a").durationGrains(2).online(true)
            .addRequiredAttendee("ana").build())
        .addDemand(Demand.builder().id("b").label("talk b").durationGrains(2).online(true)
            .addRequiredAttendee("bo").build())
        .build();
    Schedule old = scheduler().solve(p).schedule();
    PlanChange change = PlanChange.builder().addCancelled("b")
        .addAdded(Demand.builder().id("c").label("talk c").durationGrains(1).online(true)
            .addRequiredAttendee("bo").build())
        .addNewParticipant(Participant.of("cy"))
        .joins(ImmutableMap.of("a", ImmutableSet.of("cy"))).build();
    Replan r = scheduler().replan(p, old.placements(), change);
    assertTrue(r.result().isFeasible());
    assertEquals(List.of("b"), r.diff().cancelled().stream().map(EventChange::eventId)
        .toList());
    assertEquals(List.of("c"), r.diff().added().stream().map(EventChange::eventId).toList());
    assertTrue(r.diff().moved().isEmpty(), "a joining person needs no move here");
    assertEquals(Set.of("b", "c"), r.diff().changedEventIds());
    assertEquals(Set.of("bo"), r.diff().byPerson().keySet());
    assertTrue(r.diff().cancelled().get(0).before().isPresent());
    assertTrue(r.diff().added().get(0).after().isPresent());
    assertTrue(r.problem().demands().stream().filter(d -> d.id().equals("a")).findFirst()
        .orElseThrow().requiredAttendees().contains("cy"));
  }

  @Test
  void anUnknownPersonIsBadInput() {
    SchedulingProblem p = EarlyStopTest.overfull();
    Schedule old = scheduler().solve(p).schedule();
    assertThrows(InvalidInputException.class, () -> scheduler().replan(p, old.placements(),
        PlanChange.personUnavailable("nobody", DateRange.day(MONDAY))));
  }
}
