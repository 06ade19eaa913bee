package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * A built-in rule; made by {@link Rules#parallelStart()}. The demands of one {@linkplain
 * Demand#parallelGroup() parallel group} start at the same grain; the penalty is one per pair
 * of them that does not. Keeps, per group, how many placed members start at each grain.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ParallelStart extends BaseRule {
  public ParallelStart(Level level, long weight) {
    super("parallel-start", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int groups = ix.parallelMembers.length;
    int[][] at = new int[groups][ix.grainCount + 1];
    int[] placed = new int[groups];
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        int g = ix.parallelGroup[d];
        if (g < 0) {
          return 0;
        }
        int slot = Math.min(s, ix.grainCount);
        long apart = placed[g] - at[g][slot];
        placed[g]++;
        at[g][slot]++;
        return apart;
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        int g = ix.parallelGroup[d];
        if (g < 0) {
          return 0;
        }
        int slot = Math.min(s, ix.grainCount);
        placed[g]--;
        at[g][slot]--;
        return placed[g] - at[g][slot];
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int[] members : ix.parallelMembers) {
          for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
              int a = members[i];
              int b = members[j];
              if (plan.isPlaced(a) && plan.isPlaced(b) && Math.min(plan.start(a), ix.grainCount)
                  != Math.min(plan.start(b), ix.grainCount)) {
                out.violation(1, new int[] {a, b}, ImmutableList.of(), ix.describe(a,
                    plan.start(a)) + " and " + ix.describe(b, plan.start(b)) + " are groups of "
                    + ix.demand(a).parallelGroup().orElse("") + " and must start together");
              }
            }
          }
        }
      }
    };
  }
}
