package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** Conflicts found by deletion filtering are minimal, checked by brute force. */
class MinimalConflictTest {

  @Provide
  Arbitrary<SchedulingProblem> small() {
    return SchedulingArbitraries.smallProblems();
  }

  static SchedulingProblem only(SchedulingProblem p, Set<String> ids) {
    List<Demand> ds = new ArrayList<>();
    // an order towards a demand left out no longer binds
    p.demands().stream().filter(d -> ids.contains(d.id()))
        .map(d -> d.withAfter(d.after().stream().filter(ids::contains).toList()))
        .forEach(ds::add);
    return SchedulingProblem.builder().from(p).demands(ds).build();
  }

  @Property(tries = 60)
  void aConflictMarkedMinimalIsInfeasibleAndEveryOneSmallerSubsetIsFeasible(
      @ForAll("small") SchedulingProblem p) {
    Assume.that(BruteForce.solve(p).isEmpty());
    SchedulingResult r = Scheduler.builder().stepLimit(20_000).seed(5).build().solve(p);
    assertFalse(r.isFeasible());
    Infeasibility inf = r.infeasibility().orElseThrow();
    Assume.that(inf.minimal());
    List<String> set = inf.conflicts().get(0).demands();
    assertTrue(BruteForce.solve(only(p, Set.copyOf(set))).isEmpty(), "infeasible: " + set);
    for (String d : set) {
      Set<String> smaller = new java.util.HashSet<>(set);
      smaller.remove(d);
      assertTrue(BruteForce.solve(only(p, smaller)).isPresent(), set + " without " + d);
    }
  }

  @Test
  void fiveTwoHourSessionsOfOneTrainerInAnEightHourDayAreOneConflictInHerName() {
    ZoneId zone = ZoneId.of("Europe/Sarajevo");
    LocalDate day = LocalDate.of(2025, 11, 13);
    SchedulingProblem.Builder b = SchedulingProblem.builder().name("training")
        .grid(TimeGrid.daily(zone, DateRange.day(day), d -> true, LocalTime.of(9, 0),
            LocalTime.of(17, 0), Duration.ofHours(1)))
        .addParticipant(Participant.builder().id("ana").name("Ana Petrović").build());
    for (int i = 1; i <= 5; i++) {
      b.addDemand(Demand.builder().id("s" + i).label("session " + i).durationGrains(2)
          .online(true).addRequiredAttendee("ana").build());
    }
    b.addParticipant(Participant.of("bo"));
    b.addDemand(Demand.builder().id("other").label("other").durationGrains(1).online(true)
        .addRequiredAttendee("bo").build());
    SchedulingResult r = Scheduler.builder().stepLimit(20_000).build().solve(b.build());
    Infeasibility inf = r.infeasibility().orElseThrow();
    assertTrue(inf.minimal());
    Conflict c = inf.conflicts().get(0);
    assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), c.demands());
    assertEquals("five sessions of 2 h for Ana Petrović fit in no 8-hour day on 13 November",
        c.message());
  }
}
