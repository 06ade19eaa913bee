package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanDiff#between} against a naive comparison of two plans: for every demand id, what
 * happened to it follows from whether each side lists it and places it; the changes come
 * cancelled, moved, added, each in its problem's demand order; each change carries the right
 * side's label, times (read on that side's grid), rooms and people; and {@link
 * PlanDiff#byPerson()} and {@link PlanDiff#changedEventIds()} are the changes regrouped.
 */
class PlanDiffOracleTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final int IDS = 5;
  private static final int GRAINS = 4;
  private static final int PEOPLE = 4;

  /** One side's view of one demand id: absent from the problem when {@code listed} is false. */
  record Side(boolean listed, int duration, int required, int preferred, boolean online,
      int placement) {
    /** -1: not in the plan; otherwise start grain * 3 + room (0, 1) or 2 for online. */
    Optional<Placement> place() {
      if (placement < 0) {
        return Optional.empty();
      }
      int start = placement / 3;
      int room = placement % 3;
      return Optional.of(online ? Placement.online(start) : Placement.of(start, "room" + room % 2));
    }
  }

  /** Both sides of every id, and the order the second problem lists its demands in. */
  record Case(List<Side> before, List<Side> after, List<Integer> afterOrder) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Side> side = Combinators.combine(Arbitraries.of(true, true, true, false),
        Arbitraries.integers().between(1, 2), Arbitraries.integers().between(0, 15),
        Arbitraries.integers().between(0, 15), Arbitraries.of(false, false, true),
        Arbitraries.integers().between(-2, GRAINS * 3 - 1))
        .as((listed, dur, req, pref, online, pl) -> new Side(listed, dur, req, pref & ~req,
            online, Math.max(pl, -1)));
    Arbitrary<List<Side>> sides = side.list().ofSize(IDS);
    Arbitrary<List<Integer>> order = Arbitraries.shuffle(0, 1, 2, 3, 4);
    return Combinators.combine(sides, sides, order).as(Case::new);
  }

  @Property(tries = 200)
  void theDiffIsTheNaiveComparison(@ForAll("cases") Case c) {
    TimeGrid beforeGrid = grid(LocalDate.of(2025, 3, 24), Duration.ofHours(1));
    TimeGrid afterGrid = grid(LocalDate.of(2025, 3, 25), Duration.ofMinutes(30));
    List<Integer> identity = List.of(0, 1, 2, 3, 4);
    SchedulingProblem before = problem(beforeGrid, c.before(), identity, "old ");
    SchedulingProblem after = problem(afterGrid, c.after(), c.afterOrder(), "new ");
    Map<String, Placement> beforePlan = plan(c.before(), identity);
    Map<String, Placement> afterPlan = plan(c.after(), c.afterOrder());

    PlanDiff diff = PlanDiff.between(before, beforePlan, after, afterPlan);

    List<EventChange> cancelled = new ArrayList<>();
    List<EventChange> moved = new ArrayList<>();
    List<EventChange> added = new ArrayList<>();
    for (int i = 0; i < IDS; i++) {
      Side b = c.before().get(i);
      Optional<Placement> p = b.listed() ? b.place() : Optional.empty();
      if (p.isEmpty()) {
        continue;
      }
      Side a = c.after().get(i);
      Optional<Placement> q = a.listed() ? a.place() : Optional.empty();
      if (q.isEmpty()) {
        cancelled.add(expected(i, EventChange.Kind.CANCELLED, "old ", people(b, b),
            Optional.of(beforeGrid.span(p.get().startGrain(), b.duration())), p.get().location(),
            Optional.empty(), Optional.empty()));
      } else if (!p.equals(q) || a.duration() != b.duration()) {
        moved.add(expected(i, EventChange.Kind.MOVED, "new ", people(b, a),
            Optional.of(beforeGrid.span(p.get().startGrain(), b.duration())), p.get().location(),
            Optional.of(afterGrid.span(q.get().startGrain(), a.duration())), q.get().location()));
      }
    }
    for (int i : c.afterOrder()) {
      Side a = c.after().get(i);
      Side b = c.before().get(i);
      Optional<Placement> q = a.listed() ? a.place() : Optional.empty();
      boolean wasPlaced = b.listed() && b.place().isPresent();
      if (q.isPresent() && !wasPlaced) {
        added.add(expected(i, EventChange.Kind.ADDED, "new ", people(a, a), Optional.empty(),
            Optional.empty(), Optional.of(afterGrid.span(q.get().startGrain(), a.duration())),
            q.get().location()));
      }
    }
    List<EventChange> all = new ArrayList<>(cancelled);
    all.addAll(moved);
    all.addAll(added);

    assertEquals(all, diff.changes());
    assertEquals(cancelled, diff.cancelled());
    assertEquals(moved, diff.moved());
    assertEquals(added, diff.added());
    assertEquals(all.isEmpty(), diff.isEmpty());
    Set<String> ids = new LinkedHashSet<>();
    all.forEach(e -> ids.add(e.eventId()));
    assertEquals(List.copyOf(ids), List.copyOf(diff.changedEventIds()));
    Map<String, List<EventChange>> byPerson = new LinkedHashMap<>();
    for (EventChange e : all) {
      e.people().forEach(who -> byPerson.computeIfAbsent(who, k -> new ArrayList<>()).add(e));
    }
    assertEquals(List.copyOf(byPerson.keySet()), List.copyOf(diff.byPerson().keySet()),
        "first-seen order");
    byPerson.forEach((who, l) -> assertEquals(l, diff.byPerson().get(who), who));
  }

  @Test
  void aDemandThatOnlyChangesItsLengthMovesAndPlacementsOfUnknownDemandsAreIgnored() {
    TimeGrid g = grid(LocalDate.of(2025, 3, 24), Duration.ofHours(1));
    Side one = new Side(true, 1, 1, 0, true, 2);
    Side two = new Side(true, 2, 1, 0, true, 2);
    Side gone = new Side(false, 1, 0, 0, true, -1);
    List<Integer> order = List.of(0, 1, 2, 3, 4);
    SchedulingProblem before = problem(g, List.of(one, gone, gone, gone, gone), order, "");
    SchedulingProblem after = problem(g, List.of(two, gone, gone, gone, gone), order, "");
    Map<String, Placement> plan = new LinkedHashMap<>(Map.of("d0", Placement.online(0)));
    plan.put("ghost", Placement.online(1));
    PlanDiff diff = PlanDiff.between(before, plan, after, plan);
    assertEquals(1, diff.moved().size(), diff.changes().toString());
    EventChange e = diff.moved().get(0);
    assertEquals("moved d0: " + g.span(0, 1) + " -> " + g.span(0, 2), e.toString());
    assertFalse(diff.isEmpty());
    assertTrue(PlanDiff.between(before, plan, before, plan).isEmpty());
  }

  @Test
  void anEventChangeReadsAsItsKindLabelTimesAndRooms() {
    TimeGrid g = grid(LocalDate.of(2025, 3, 24), Duration.ofHours(1));
    TimeSpan a = g.span(0, 1);
    TimeSpan b = g.span(2, 1);
    EventChange moved = EventChange.builder().eventId("x").label("talk").kind(
        EventChange.Kind.MOVED).before(a).after(b).locationBefore("r1").build();
    assertEquals("moved talk: " + a + " @r1 -> " + b, moved.toString());
    EventChange added = EventChange.builder().eventId("x").label("talk").kind(
        EventChange.Kind.ADDED).after(b).locationAfter("r2").build();
    assertEquals("added talk: - -> " + b + " @r2", added.toString());
    EventChange gone = EventChange.builder().eventId("x").label("talk").kind(
        EventChange.Kind.CANCELLED).before(a).build();
    assertEquals("cancelled talk: " + a + " -> -", gone.toString());
  }

  private static EventChange expected(int i, EventChange.Kind kind, String labelSide,
      Set<String> people, Optional<TimeSpan> from, Optional<String> locFrom,
      Optional<TimeSpan> to, Optional<String> locTo) {
    return EventChange.builder().eventId("d" + i).label(labelSide + "d" + i).kind(kind)
        .before(from).after(to).locationBefore(locFrom).locationAfter(locTo).people(people)
        .build();
  }

  /** Required then preferred of the first side, then of the second, each person once. */
  private static Set<String> people(Side x, Side y) {
    Set<String> s = new LinkedHashSet<>();
    for (Side side : List.of(x, y)) {
      s.addAll(who(side.required()));
      s.addAll(who(side.preferred()));
    }
    return s;
  }

  private static List<String> who(int mask) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < PEOPLE; p++) {
      if ((mask & (1 << p)) != 0) {
        out.add("p" + p);
      }
    }
    return out;
  }

  private static TimeGrid grid(LocalDate day, Duration grain) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int g = 0; g < GRAINS + 1; g++) {
      starts.add(day.atTime(9, 0).plus(grain.multipliedBy(g)));
    }
    return TimeGrid.builder().zone(ZONE).grainLength(grain).grainStarts(starts).build();
  }

  private static SchedulingProblem problem(TimeGrid grid, List<Side> sides, List<Integer> order,
      String labelSide) {
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(grid)
        .addLocation(Location.of("room0", 5)).addLocation(Location.of("room1", 5));
    for (int p = 0; p < PEOPLE; p++) {
      b.addParticipant(Participant.of("p" + p));
    }
    for (int i : order) {
      Side s = sides.get(i);
      if (s.listed()) {
        b.addDemand(Demand.builder().id("d" + i).label(labelSide + "d" + i)
            .durationGrains(s.duration()).online(s.online())
            .requiredAttendees(who(s.required())).preferredAttendees(who(s.preferred()))
            .build());
      }
    }
    return b.build();
  }

  /** A side's plan, also holding placements of ids its problem does not list. */
  private static Map<String, Placement> plan(List<Side> sides, List<Integer> order) {
    Map<String, Placement> out = new LinkedHashMap<>();
    for (int i : order) {
      sides.get(i).place().ifPresent(p -> out.put("d" + i, p));
    }
    return out;
  }
}
