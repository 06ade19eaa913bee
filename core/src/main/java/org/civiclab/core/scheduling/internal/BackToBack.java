package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** A built-in rule; made by {@link Rules#breakBetween()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class BackToBack extends BaseRule {
  public BackToBack(Level level, long weight) {
    super("break-between", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int size = ix.grainCount + ix.maxDuration + 2;
    int[] starts = new int[size];
    int[] ends = new int[size];
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        int e = s + ix.duration[d];
        long sum = ends[s] + starts[e];
        starts[s]++;
        ends[e]++;
        return sum;
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        int e = s + ix.duration[d];
        starts[s]--;
        ends[e]--;
        return ends[s] + starts[e];
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int a = 0; a < ix.demandCount; a++) {
          for (int b = 0; b < ix.demandCount; b++) {
            if (a != b && plan.isPlaced(a) && plan.isPlaced(b)
                && plan.start(a) + ix.duration[a] == plan.start(b)) {
              out.violation(1, new int[] {a, b}, ImmutableList.of(),
                  ix.describe(b, plan.start(b)) + " starts right as "
                      + ix.describe(a, plan.start(a)) + " ends, without a break");
            }
          }
        }
      }
    };
  }
}
