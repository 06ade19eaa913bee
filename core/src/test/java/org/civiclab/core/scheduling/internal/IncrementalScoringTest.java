package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.SchedulingArbitraries;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.spi.PerDemandRule;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** Incremental scoring: equal to full recomputation, and touching only what a move moves. */
class IncrementalScoringTest {

  /** Every built-in rule, with the benchmark's weights on some. */
  static List<Rule> allRules() {
    return ImmutableList.<Rule>builder().addAll(Rules.standard()).add(Rules.asEarlyAsPossible(),
        Rules.breakBetween().weighted(Level.SOFT, 100),
        Rules.parallelEvents().weighted(Level.SOFT, 10), Rules.roomFit(), Rules.roomStability(),
        Rules.lessTravel(), Rules.fewerGaps())
        .build();
  }

  @Provide
  Arbitrary<SchedulingProblem> small() {
    return SchedulingArbitraries.smallProblems();
  }

  @Property(tries = 200)
  void incrementalScoreEqualsFullRecomputationAfterAnyMoves(@ForAll("small") SchedulingProblem p,
      @ForAll @Size(max = 40) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 10_000)
          Integer> moves) {
    ProblemIndex ix = ProblemIndex.of(p);
    ScoreDirector sd = allAtTheStart(ix);
    assertEquals(ScoreDirector.sum(sd.violations()), sd.score());
    for (int m : moves) {
      int d = m % ix.demandCount;
      int s = (m / 7) % ix.grainCount;
      int l = ix.online[d] ? -1 : (m / 3) % ix.locationCount;
      if (m % 5 == 0 && ix.demandCount > 1) {
        int e = (d + 1) % ix.demandCount;
        sd.unplace(e);
        sd.move(d, s, l);
        sd.place(e, (s + 1) % ix.grainCount, ix.online[e] ? -1 : 0);
      } else {
        sd.move(d, s, l);
      }
      assertEquals(ScoreDirector.sum(sd.violations()), sd.score());
    }
  }

  /** Every demand placed at grain 0, in the first location unless it is online. */
  private static ScoreDirector allAtTheStart(ProblemIndex ix) {
    ScoreDirector sd = new ScoreDirector(ix, allRules());
    for (int d = 0; d < ix.demandCount; d++) {
      sd.place(d, 0, ix.online[d] ? -1 : 0);
    }
    return sd;
  }

  /**
   * An exact re-placement of a few demands: several out at once, trial placements of each put in
   * and taken out again while the earlier ones stay placed, then each put back somewhere.
   */
  @Property(tries = 200)
  void incrementalScoreEqualsFullRecomputationAfterNestedTrialPlacements(
      @ForAll("small") SchedulingProblem p,
      @ForAll @Size(max = 30) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 10_000)
          Integer> moves) {
    ProblemIndex ix = ProblemIndex.of(p);
    ScoreDirector sd = allAtTheStart(ix);
    for (int m : moves) {
      int k = 1 + m % Math.min(4, ix.demandCount);
      int first = (m / 4) % ix.demandCount;
      for (int i = 0; i < k; i++) {
        sd.unplace((first + i) % ix.demandCount);
      }
      // nested trials: the first i demands placed, the next tried and taken out again
      for (int i = 0; i < k; i++) {
        int d = (first + i) % ix.demandCount;
        for (int t = 0; t < 3; t++) {
          int s = (m / 7 + 5 * t + i) % ix.grainCount;
          sd.place(d, s, ix.online[d] ? -1 : (m / 3 + t) % ix.locationCount);
          sd.unplace(d);
        }
        int l = ix.online[d] ? -1 : (m + i) % ix.locationCount;
        sd.place(d, (m / 11 + i) % ix.grainCount, l);
      }
      assertEquals(ScoreDirector.sum(sd.violations()), sd.score());
    }
  }

  @Test
  void aMoveEvaluatesEachRuleOnlyForTheMovedDemandWhateverTheProblemSize() {
    long perMoveSmall = evaluationsPerMove(10);
    long perMoveLarge = evaluationsPerMove(400);
    assertEquals(perMoveSmall, perMoveLarge);
  }

  /** Runs 1,000 moves; returns the rule evaluations per move, checking a custom rule's calls. */
  private static long evaluationsPerMove(int demands) {
    AtomicLong calls = new AtomicLong();
    Rule counting = new PerDemandRule("counting", Level.SOFT, 1) {
      @Override
      protected long penalty(ProblemView index, int demand, int start, int location) {
        calls.incrementAndGet();
        return start % 2;
      }

      @Override
      protected String message(ProblemView index, int demand, int start, int location) {
        return "odd start";
      }
    };
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(TimeGrid.daily(
        ZoneId.of("Europe/Brussels"), DateRange.of(LocalDate.of(2025, 3, 3),
            LocalDate.of(2025, 3, 14)), d -> d.getDayOfWeek().getValue() <= 5,
        LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(30)));
    for (int i = 0; i < 3; i++) {
      b.addLocation(Location.of("room" + i, 20));
    }
    for (int i = 0; i < 30; i++) {
      b.addParticipant(Participant.of("p" + i));
    }
    for (int i = 0; i < demands; i++) {
      b.addDemand(Demand.builder().id("d" + i).durationGrains(1 + i % 3)
          .addRequiredAttendees("p" + i % 30, "p" + (i + 7) % 30).build());
    }
    ProblemIndex ix = ProblemIndex.of(b.build());
    List<Rule> rules = ImmutableList.<Rule>builder().addAll(allRules()).add(counting).build();
    ScoreDirector sd = new ScoreDirector(ix, rules);
    SplittableRandom rnd = new SplittableRandom(1);
    for (int d = 0; d < ix.demandCount; d++) {
      sd.place(d, rnd.nextInt(ix.grainCount - 3), rnd.nextInt(3));
    }
    long before = sd.ruleEvaluations;
    calls.set(0);
    for (int i = 0; i < 1_000; i++) {
      sd.move(rnd.nextInt(ix.demandCount), rnd.nextInt(ix.grainCount - 3), rnd.nextInt(3));
    }
    // the custom rule saw the moved demand twice per move (retract, insert) and nothing else
    assertEquals(2_000, calls.get());
    return (sd.ruleEvaluations - before) / 1_000;
  }
}
