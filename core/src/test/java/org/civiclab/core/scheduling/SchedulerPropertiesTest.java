package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The scheduler against an independent naive checker and brute force, plus metamorphic laws. */
class SchedulerPropertiesTest {

  @Provide
  Arbitrary<SchedulingProblem> small() {
    return SchedulingArbitraries.smallProblems();
  }

  static Scheduler solver(long seed) {
    return Scheduler.builder().rules(Rules.standard()).seed(seed).stepLimit(20_000).build();
  }

  @Property(tries = 150)
  void theHardScoreIsZeroExactlyWhenTheNaiveCheckerFindsNothing(
      @ForAll("small") SchedulingProblem p) {
    SchedulingResult r = solver(1).solve(p);
    List<String> naive = new NaiveChecker(p).hardViolations(r.schedule().placements());
    assertEquals(naive.isEmpty(), r.isFeasible(), () -> "naive " + naive + " vs "
        + r.schedule().hardViolations());
    assertEquals(r.isFeasible(), r.infeasibility().isEmpty());
  }

  @Property(tries = 150)
  void theSolverFindsAFeasibleScheduleExactlyWhenBruteForceDoes(
      @ForAll("small") SchedulingProblem p) {
    Optional<Map<String, Placement>> brute = BruteForce.solve(p);
    SchedulingResult r = solver(7).solve(p);
    Statistics.label("feasible").collect(brute.isPresent());
    // both outcomes must be common, or the comparison would prove little
    Statistics.label("feasible").coverage(c -> {
      c.check(true).percentage(pct -> pct > 10);
      c.check(false).percentage(pct -> pct > 10);
    });
    assertEquals(brute.isPresent(), r.isFeasible(), () -> p + "\nbrute force " + brute
        + ", solver " + r.schedule().placements() + " " + r.infeasibility());
    brute.ifPresent(b -> assertTrue(new NaiveChecker(p).hardViolations(b).isEmpty()));
  }

  @Property(tries = 60)
  void addingAFreeSlotNeverTurnsFeasibleIntoInfeasible(@ForAll("small") SchedulingProblem p) {
    if (!solver(3).solve(p).isFeasible()) {
      return;
    }
    TimeGrid g = p.grid();
    LocalDateTime last = g.grainStarts().get(g.size() - 1);
    SchedulingProblem more = p.withGrid(
        g.withGrainStarts(append(g.grainStarts(),
            last.plus(g.grainLength()))));
    assertTrue(solver(3).solve(more).isFeasible());
  }

  @Property(tries = 60)
  void renamingIdsOrShufflingInputLeavesTheScoreUnchanged(@ForAll("small") SchedulingProblem p,
      @ForAll long shuffleSeed) {
    Scheduler s = solver(5);
    Schedule original = s.solve(p).schedule();
    // renaming alone: the solver does not look at ids, so the very same schedule comes back
    SchedulingProblem renamed = rename(p);
    Schedule again = s.solve(renamed).schedule();
    assertEquals(original.score(), again.score());
    // renamed and shuffled: the same placements score the same
    SchedulingProblem shuffled = shuffle(renamed, new Random(shuffleSeed));
    Map<String, Placement> mapped = new LinkedHashMap<>();
    original.placements().forEach((id, pl) -> mapped.put("x-" + id,
        pl.location().map(l -> Placement.of(pl.startGrain(), "x-" + l))
            .orElse(Placement.online(pl.startGrain()))));
    assertEquals(original.score(), s.evaluate(shuffled, mapped).score());
  }

  @Property(tries = 40)
  void theSameSeedGivesTheSameSchedule(@ForAll("small") SchedulingProblem p,
      @ForAll long seed) {
    Scheduler s = Scheduler.builder().seed(seed).stepLimit(2_000).build();
    assertEquals(s.solve(p).schedule(), s.solve(p).schedule());
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  static SchedulingProblem rename(SchedulingProblem p) {
    SchedulingProblem.Builder b = SchedulingProblem.builder().from(p)
        .locations(List.of()).participants(List.of()).demands(List.of());
    p.locations().forEach(l -> b.addLocation(Location.builder().from(l).id("x-" + l.id())
        .site("x-" + l.site()).build()));
    p.participants().forEach(x -> b.addParticipant(Participant.builder().from(x)
        .id("x-" + x.id()).name("x-" + x.name()).build()));
    for (Demand d : p.demands()) {
      b.addDemand(Demand.builder().from(d).id("x-" + d.id()).label("x-" + d.label())
          .requiredAttendees(d.requiredAttendees().stream().map(a -> "x-" + a).toList())
          .preferredAttendees(d.preferredAttendees().stream().map(a -> "x-" + a).toList())
          .allowedLocations(d.allowedLocations().stream().map(a -> "x-" + a).toList())
          .sequenceGroup(d.sequenceGroup().map(g -> "x-" + g))
          .quorums(d.quorums().stream().map(q -> Quorum.builder().from(q)
              .members(q.members().stream().map(a -> "x-" + a).toList()).build()).toList())
          .after(d.after().stream().map(a -> "x-" + a).toList()).build());
    }
    return b.build();
  }

  static SchedulingProblem shuffle(SchedulingProblem p, Random rnd) {
    List<Location> locs = new ArrayList<>(p.locations());
    List<Participant> people = new ArrayList<>(p.participants());
    List<Demand> demands = new ArrayList<>(p.demands());
    Collections.shuffle(locs, rnd);
    Collections.shuffle(people, rnd);
    Collections.shuffle(demands, rnd);
    return SchedulingProblem.builder().from(p).locations(locs).participants(people)
        .demands(demands).build();
  }
}
