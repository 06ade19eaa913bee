package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** A built-in rule; made by {@link Rules#fewerGaps()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class FewerGaps extends BaseRule {
  public FewerGaps(Level level, long weight) {
    super("fewer-gaps", level, weight);
  }

  /**
   * Idle grains of one person on one day: from their first start to their last end, less
   * the grains their events last (never below zero). Includes demand {@code d} at {@code s}
   * when {@code d >= 0}.
   */
  static long gaps(ProblemIndex ix, PlanView plan, int p, int day, int d, int s) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    long busy = 0;
    int count = 0;
    for (int o : ix.requiredDemandsOf[p]) {
      int so;
      if (o == d) {
        so = s;
      } else if (plan.isPlaced(o)) {
        so = plan.start(o);
      } else {
        continue;
      }
      if (ix.dayIndex[Math.min(so, ix.grainCount - 1)] != day) {
        continue;
      }
      first = Math.min(first, so);
      last = Math.max(last, so + ix.duration[o]);
      busy += ix.duration[o];
      count++;
    }
    return count < 2 ? 0 : Math.max(0, last - first - busy);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    return new RuleScorer() {
      long touch(int d, int s, PlanView plan) {
        int day = ix.dayIndex[Math.min(s, ix.grainCount - 1)];
        long sum = 0;
        for (int p : ix.required[d]) {
          sum += gaps(ix, plan, p, day, d, s) - gaps(ix, plan, p, day, -1, -1);
        }
        return sum;
      }

      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        return touch(d, s, plan);
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        return touch(d, s, plan);
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int p = 0; p < ix.participantCount; p++) {
          java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
          for (int o : ix.requiredDemandsOf[p]) {
            if (plan.isPlaced(o)) {
              days.add(ix.dayIndex[Math.min(plan.start(o), ix.grainCount - 1)]);
            }
          }
          for (int day : days) {
            long g = gaps(ix, plan, p, day, -1, -1);
            if (g > 0) {
              List<Integer> on = new ArrayList<>();
              for (int o : ix.requiredDemandsOf[p]) {
                if (plan.isPlaced(o)
                    && ix.dayIndex[Math.min(plan.start(o), ix.grainCount - 1)] == day) {
                  on.add(o);
                }
              }
              out.violation(g, on.stream().mapToInt(Integer::intValue).toArray(),
                  ImmutableList.of(ix.participantId(p)), ix.participantName(p) + " waits "
                      + g + " grains between events on "
                      + ix.problem.grid().dayOf(plan.start(on.get(0))));
            }
          }
        }
      }
    };
  }
}
