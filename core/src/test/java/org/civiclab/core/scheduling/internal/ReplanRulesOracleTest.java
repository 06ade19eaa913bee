package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Quorum;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingArbitraries;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.scheduling.spi.Rule;
import org.junit.jupiter.api.Test;

/**
 * The rules a re-plan adds ({@link ReplanRules}) against a from-scratch count written here:
 * the grains each required attendee spends on a day they are away, the grains an event spends
 * in a closed venue, and the disruption (1,000 persons per moved event plus one per person
 * with a moved event, weighted a million at medium). Checked after every insert, retract and
 * move on small problems, with every violation's penalty, demands, subjects and sentence.
 */
class ReplanRulesOracleTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);

  @Provide
  Arbitrary<SchedulingProblem> small() {
    return SchedulingArbitraries.smallProblems();
  }

  @Property(tries = 150)
  void scoreAndViolationsMatchTheNaiveCountAfterAnyMoves(
      @ForAll("small") SchedulingProblem p,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 1000) Integer> previous,
      @ForAll @IntRange(min = 0, max = 255) int away,
      @ForAll @IntRange(min = 0, max = 15) int closed,
      @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10_000) Integer> moves) {
    SchedulingProblem q = withPrevious(p, previous);
    ImmutableMap<String, ImmutableSet<LocalDate>> people = days(away, 4, "p");
    ProblemIndex ix = ProblemIndex.of(q);
    // only rooms the problem has: an unknown venue is bad input for a re-plan
    ImmutableMap<String, ImmutableSet<LocalDate>> knownVenues = days(closed, ix.locationCount,
        "room");
    List<Rule> rules = List.of(ReplanRules.unavailablePeople(people),
        ReplanRules.unavailableVenues(knownVenues), ReplanRules.disruption());
    ScoreDirector sd = new ScoreDirector(ix, rules);
    for (int d = 0; d < ix.demandCount; d++) {
      sd.place(d, d % ix.grainCount, ix.online[d] ? -1 : d % ix.locationCount);
    }
    check(ix, sd, people, knownVenues);
    for (int m : moves) {
      int d = m % ix.demandCount;
      int s = (m / 7) % ix.grainCount;
      int l = ix.online[d] ? -1 : (m / 3) % ix.locationCount;
      if (m % 4 == 0) {
        sd.unplace(d);
        check(ix, sd, people, knownVenues);
        sd.place(d, s, l);
      } else {
        sd.move(d, s, l);
      }
      check(ix, sd, people, knownVenues);
    }
  }

  @Test
  void onlyQuorumRulesReadTheAwayDaysAndKeepTheirLevelAndWeight() {
    ImmutableMap<String, ImmutableSet<LocalDate>> away = ImmutableMap.of("ana",
        ImmutableSet.of(MONDAY));
    Rule overlap = Rules.attendeeOverlap();
    assertSame(overlap, ReplanRules.seeingUnavailable(overlap, away));
    Rule weightedOverlap = overlap.weighted(Level.SOFT, 3);
    assertSame(weightedOverlap, ReplanRules.seeingUnavailable(weightedOverlap, away));
    Rule quorum = Rules.quorum().weighted(Level.SOFT, 7);
    Rule seen = ReplanRules.seeingUnavailable(quorum, away);
    assertNotSame(quorum, seen);
    assertEquals(List.of("quorum", Level.SOFT, 7L), List.of(seen.id(), seen.level(),
        seen.weight()));

    SchedulingProblem p = SchedulingProblem.builder().grid(TimeGrid.builder()
        .zone(java.time.ZoneId.of("Europe/Brussels")).grainLength(java.time.Duration.ofHours(1))
        .addGrainStart(MONDAY.atTime(9, 0)).addGrainStart(MONDAY.plusDays(1).atTime(9, 0))
        .build()).addParticipant(Participant.of("ana")).addParticipant(Participant.of("bo"))
        .addDemand(Demand.builder().id("m").durationGrains(1).online(true)
            .addQuorums(Quorum.of("board", "ana")).build()).build();
    Map<String, Placement> monday = Map.of("m", Placement.online(0));
    Map<String, Placement> tuesday = Map.of("m", Placement.online(1));
    assertEquals(Score.zero(), evaluate(List.of(quorum), p, monday));
    assertEquals(Score.of(0, 0, -7), evaluate(List.of(seen), p, monday));
    assertEquals(Score.zero(), evaluate(List.of(seen), p, tuesday));
    Rule plain = ReplanRules.seeingUnavailable(Rules.quorum(), away);
    assertEquals(List.of("quorum", Level.HARD, 1L), List.of(plain.id(), plain.level(),
        plain.weight()));
    assertEquals(Score.of(-1, 0, 0), evaluate(List.of(plain), p, monday));
  }

  private static Score evaluate(List<Rule> rules, SchedulingProblem p,
      Map<String, Placement> plan) {
    return Scheduler.builder().rules(rules).build().evaluate(p, plan).score();
  }

  /** A previous placement for some demands, from one number each (0 to 2 in 5: none). */
  private static SchedulingProblem withPrevious(SchedulingProblem p, List<Integer> previous) {
    Map<String, Placement> plan = new LinkedHashMap<>();
    int grains = p.grid().size();
    int rooms = p.locations().size();
    for (int i = 0; i < p.demands().size(); i++) {
      Demand d = p.demands().get(i);
      int x = previous.get(i);
      if (x % 5 < 2) {
        continue;
      }
      int start = (x / 5) % grains;
      plan.put(d.id(), d.online() ? Placement.online(start)
          : Placement.of(start, "room" + (x / 11) % rooms));
    }
    return SchedulingProblem.builder().from(p).previousPlan(plan).build();
  }

  /** Per id (prefix + index), Monday when bit 2i is set and Tuesday when bit 2i + 1 is. */
  private static ImmutableMap<String, ImmutableSet<LocalDate>> days(int mask, int n,
      String prefix) {
    ImmutableMap.Builder<String, ImmutableSet<LocalDate>> b = ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      ImmutableSet.Builder<LocalDate> s = ImmutableSet.builder();
      if ((mask & (1 << (2 * i))) != 0) {
        s.add(MONDAY);
      }
      if ((mask & (1 << (2 * i + 1))) != 0) {
        s.add(MONDAY.plusDays(1));
      }
      ImmutableSet<LocalDate> set = s.build();
      if (!set.isEmpty()) {
        b.put(prefix + i, set);
      }
    }
    return b.build();
  }

  private static void check(ProblemIndex ix, ScoreDirector sd,
      Map<String, ImmutableSet<LocalDate>> people, Map<String, ImmutableSet<LocalDate>> venues) {
    List<Violation> expected = new ArrayList<>();
    long hard = 0;
    for (int d = 0; d < ix.demandCount; d++) {
      if (!sd.isPlaced(d)) {
        continue;
      }
      int s = sd.start(d);
      long pen = 0;
      List<String> who = new ArrayList<>();
      for (int p : ix.required[d]) {
        Set<LocalDate> off = people.getOrDefault(ix.participantId(p), ImmutableSet.of());
        pen += grainsOn(ix, d, s, off);
        if (off.contains(ix.problem.grid().dayOf(s))) {
          who.add(ix.participantName(p));
        }
      }
      hard += pen;
      if (pen > 0) {
        expected.add(violation("unavailable-people", Level.HARD, pen, List.of(d), ix,
            sd.location(d) < 0 ? List.of() : List.of(ix.location(sd.location(d)).id()),
            ix.describe(d, s) + ": " + String.join(", ", who) + " unavailable that day"));
      }
    }
    for (int d = 0; d < ix.demandCount; d++) {
      int l = sd.location(d);
      if (!sd.isPlaced(d) || l < 0) {
        continue;
      }
      long pen = grainsOn(ix, d, sd.start(d), venues.getOrDefault(ix.location(l).id(),
          ImmutableSet.of()));
      hard += pen;
      if (pen > 0) {
        expected.add(violation("unavailable-venues", Level.HARD, pen, List.of(d), ix,
            List.of(ix.location(l).id()), ix.describe(d, sd.start(d)) + ": "
                + ix.location(l).name() + " closed that day"));
      }
    }
    long moved = 0;
    Map<Integer, Set<Integer>> byPerson = new LinkedHashMap<>();
    for (int d = 0; d < ix.demandCount; d++) {
      if (!sd.isPlaced(d) || ix.previousStart[d] < 0) {
        continue;
      }
      boolean roomChanged = !ix.online[d] && sd.location(d) != ix.previousLocation[d];
      if (sd.start(d) != ix.previousStart[d] || roomChanged) {
        moved++;
        expected.add(violation("disruption", Level.MEDIUM, 1_000_000_000L, List.of(d), ix,
            List.of(), ix.describe(d, sd.start(d)) + " moved from "
                + ix.describe(d, ix.previousStart[d])));
        for (int p : ix.attendees[d]) {
          byPerson.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(d);
        }
      }
    }
    for (int p = 0; p < ix.participantCount; p++) {
      Set<Integer> ds = byPerson.get(p);
      if (ds != null) {
        expected.add(violation("disruption", Level.MEDIUM, 1_000_000L, List.copyOf(ds), ix,
            List.of(ix.participantId(p)), ix.participantName(p) + " has " + ds.size()
                + " moved event(s)"));
      }
    }
    Score score = Score.of(-hard, -1_000_000L * (1_000 * moved + byPerson.size()), 0);
    assertEquals(score, sd.score(), "incremental score");
    expected.sort(Comparator.comparing(Violation::level)
        .thenComparing(Comparator.comparingLong(Violation::penalty).reversed()));
    assertEquals(expected, sd.violations());
    assertEquals(score, ScoreDirector.sum(sd.violations()));
  }

  private static long grainsOn(ProblemIndex ix, int d, int s, Set<LocalDate> off) {
    long n = 0;
    for (int g = s; g < Math.min(s + ix.duration[d], ix.grainCount); g++) {
      if (off.contains(ix.problem.grid().dayOf(g))) {
        n++;
      }
    }
    return n;
  }

  private static Violation violation(String rule, Level level, long penalty, List<Integer> ds,
      ProblemIndex ix, List<String> subjects, String message) {
    return Violation.builder().ruleId(rule).level(level).penalty(penalty)
        .demands(ds.stream().map(ix::demandId).collect(ImmutableList.toImmutableList()))
        .subjects(subjects).message(message).build();
  }
}
