package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Replanning#apply}, the problem a re-plan solves, against a naive rewrite of the
 * demands: cancelled demands leave (and leave the orders that named them), joining people
 * become required once each and add their seats, added demands come last, and the previous
 * plan holds the old placements of the demands that stay. Every bad reference of a change is
 * reported with its path, all at once.
 */
class ReplanningApplyTest {
  private static final int N = 5;
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);

  /** d_i is required by p_i and comes after every earlier d_j with bit j of afterMask set. */
  private static SchedulingProblem problem(int afterMask) {
    SchedulingProblem.Builder b = SchedulingProblem.builder().name("replan")
        .grid(SolverBehaviourTest.weekdays(DateRange.day(MONDAY)))
        .addLocation(Location.of("room", 10));
    for (int i = 0; i < N; i++) {
      b.addParticipant(Participant.of("p" + i));
    }
    for (int i = 0; i < N; i++) {
      Demand.Builder d = Demand.builder().id("d" + i).durationGrains(1)
          .addRequiredAttendee("p" + i).capacityNeed(i + 1);
      for (int j = 0; j < i; j++) {
        if ((afterMask & (1 << (i * N + j) % 30)) != 0) {
          d.addAfter("d" + j);
        }
      }
      b.addDemand(d.build());
    }
    return b.build();
  }

  @Property(tries = 150)
  void theChangedProblemIsTheNaiveRewrite(@ForAll @IntRange(min = 0, max = 1 << 30) int after,
      @ForAll @IntRange(min = 0, max = 31) int cancelMask,
      @ForAll @IntRange(min = 0, max = 31) int planMask,
      @ForAll @IntRange(min = 0, max = 1023) int joinMask,
      @ForAll boolean addOne) {
    SchedulingProblem p = problem(after);
    Map<String, Placement> plan = new LinkedHashMap<>();
    for (int i = N - 1; i >= 0; i--) {
      if ((planMask & (1 << i)) != 0) {
        plan.put("d" + i, Placement.of(i, "room"));
      }
    }
    PlanChange.Builder change = PlanChange.builder().addNewParticipant(Participant.of("new"));
    List<String> cancelled = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      if ((cancelMask & (1 << i)) != 0) {
        cancelled.add("d" + i);
      }
    }
    change.addAllCancelled(cancelled);
    // d_i is joined by p_(i+1) (not yet there) and, with the second bit, by p_i (already is)
    // and the new person
    Map<String, ImmutableSet<String>> joins = new LinkedHashMap<>();
    for (int i = 0; i < N; i++) {
      int bits = (joinMask >> (2 * i)) & 3;
      if (bits == 1) {
        joins.put("d" + i, ImmutableSet.of("p" + (i + 1) % N));
      } else if (bits >= 2) {
        joins.put("d" + i, ImmutableSet.of("p" + i, "new", "p" + (i + 1) % N));
      }
    }
    change.joins(joins);
    Demand extra = Demand.builder().id("extra").durationGrains(2).addRequiredAttendee("new")
        .build();
    if (addOne) {
      change.addAdded(extra);
    }

    SchedulingProblem q = Replanning.apply(p, plan, change.build());

    List<Demand> expected = new ArrayList<>();
    Map<String, Placement> previous = new LinkedHashMap<>();
    for (Demand d : p.demands()) {
      if (cancelled.contains(d.id())) {
        continue;
      }
      List<String> req = new ArrayList<>(d.requiredAttendees());
      for (String who : joins.getOrDefault(d.id(), ImmutableSet.of())) {
        if (!req.contains(who)) {
          req.add(who);
        }
      }
      List<String> order = d.after().stream().filter(a -> !cancelled.contains(a)).toList();
      expected.add(Demand.builder().from(d).requiredAttendees(req).after(order)
          .capacityNeed(d.capacityNeed() + req.size() - d.requiredAttendees().size()).build());
      if (plan.containsKey(d.id())) {
        previous.put(d.id(), plan.get(d.id()));
      }
    }
    if (addOne) {
      expected.add(extra);
    }
    assertEquals(expected, q.demands());
    assertEquals(List.copyOf(previous.entrySet()), List.copyOf(q.previousPlan().entrySet()),
        "in demand order");
    List<String> ids = new ArrayList<>();
    q.participants().forEach(x -> ids.add(x.id()));
    assertEquals(List.of("p0", "p1", "p2", "p3", "p4", "new"), ids);
    assertEquals(p.grid(), q.grid());
    assertEquals(p.locations(), q.locations());
    assertEquals("replan", q.name());
  }

  @Test
  void theEmptyChangeKeepsTheProblemWithThePlanAsItsPreviousPlan() {
    SchedulingProblem p = problem(0b10);
    Map<String, Placement> plan = Map.of("d1", Placement.of(3, "room"));
    SchedulingProblem q = Replanning.apply(p, plan, PlanChange.none());
    assertEquals(SchedulingProblem.builder().from(p).previousPlan(plan).build(), q);
  }

  @Test
  void everyBadReferenceIsReportedWithItsPath() {
    SchedulingProblem p = problem(0);
    PlanChange change = PlanChange.builder().addCancelled("d0", "gone")
        .joins(ImmutableMap.of("d1", ImmutableSet.of("p0", "ghost", "late"), "nowhere",
            ImmutableSet.of("p2")))
        .addNewParticipant(Participant.of("late"))
        .unavailablePeople(ImmutableMap.of("p3", ImmutableSet.of(MONDAY), "late",
            ImmutableSet.of(MONDAY), "nobody", ImmutableSet.of(MONDAY)))
        .unavailableVenues(ImmutableMap.of("room", ImmutableSet.of(MONDAY), "hall",
            ImmutableSet.of(MONDAY)))
        .addAdded(Demand.builder().id("d4").durationGrains(1).build(),
            Demand.builder().id("fresh").durationGrains(1).build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Replanning.apply(p, Map.of(), change));
    assertEquals(List.of(
        Problem.at("change.cancelled[gone]", "no such demand"),
        Problem.at("change.joins[d1]", "no such participant ghost"),
        Problem.at("change.joins[nowhere]", "no such demand"),
        Problem.at("change.unavailablePeople[nobody]", "no such participant"),
        Problem.at("change.unavailableVenues[hall]", "no such location"),
        Problem.at("change.added[d4]", "demand id already in use")), e.problems());
  }
}
