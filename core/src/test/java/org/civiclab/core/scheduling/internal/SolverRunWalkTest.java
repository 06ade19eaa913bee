package org.civiclab.core.scheduling.internal;

import static org.civiclab.core.scheduling.internal.SolverRunSearchTest.day;
import static org.civiclab.core.scheduling.internal.SolverRunSearchTest.optimum;
import static org.civiclab.core.scheduling.internal.SolverRunSearchTest.solve;
import static org.civiclab.core.scheduling.internal.SolverRunSearchTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.spi.Rule;
import org.junit.jupiter.api.Test;

/**
 * The walk a feasible, stalled search takes (SolverRun's {@code WALK_STALL}, {@code WALK_STEPS},
 * {@code WALK_SLACK}): a local optimum on the medium level that late acceptance cannot leave, and
 * that neither an exchange nor a ruin can reach because both skip demands held together in
 * parallel groups. Only a walk, which takes a medium-worse move while hard stays at 0, leaves
 * it. Every stop is counted in steps.
 */
class SolverRunWalkTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5};
  /** Four movable demands: the walk starts after 4 x 4,000 steps without a gain. */
  private static final long STALL = 16_000;

  /**
   * Groups A (a1, a2) and B (b1, b2), online, one grain each, on a day of six grains; p attends
   * a1 and b1, so A and B never start together. A wants grain 0 (10 medium per demand
   * elsewhere), B too but less (3). The previous plan has B at 0 and A at 1: medium -20. Moving A
   * to 0 breaks hard, moving B away costs 6; the optimum, A at 0 and B elsewhere, is -6.
   */
  static SchedulingProblem knot() {
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(day(6))
        .addParticipant(Participant.of("p"));
    Map<String, Placement> plan = new LinkedHashMap<>();
    for (String g : List.of("a", "b")) {
      for (int i = 1; i <= 2; i++) {
        Demand.Builder d = Demand.builder().id(g + i).durationGrains(1).online(true)
            .parallelGroup(g);
        if (i == 1) {
          d.addRequiredAttendees("p");
        }
        b.addDemand(d.build());
        plan.put(g + i, Placement.online(g.equals("a") ? 1 : 0));
      }
    }
    return b.previousPlan(plan).build();
  }

  static List<Rule> knotRules() {
    return ImmutableList.<Rule>builder().addAll(Rules.hard()).add(table("early", Level.MEDIUM,
        (d, s, l) -> s == 0 ? 0 : d.startsWith("a") ? 10 : 3)).build();
  }

  @Test
  void theKnotIsALocalOptimumWithAWorseGlobalOneBehindIt() {
    assertEquals(Score.of(0, -6, 0), optimum(knot(), knotRules()));
    for (long seed : SEEDS) {
      assertEquals(Score.of(0, -20, 0),
          solve(knot(), knotRules(), seed, STALL, 1).result().schedule().score(),
          "seed " + seed + ": no walk before the stall");
    }
  }

  @Test
  void aWalkAfterTheStallUntiesIt() {
    for (long seed : SEEDS) {
      SolverRunSearchTest.Run run = solve(knot(), knotRules(), seed, 3 * STALL, 1);
      assertEquals(Score.of(0, -6, 0), run.result().schedule().score(), "seed " + seed);
      long at = run.bests().reached(Score.of(0, -6, 0));
      // the walk lasts 4 x 400 steps from the step after the stall
      assertTrue(at > STALL && at <= STALL + 1_601, "seed " + seed + ": untied at step " + at);
    }
  }
}
