package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * A built-in rule; made by {@link Rules#moduleOrder()}: the order of a sequence group and the
 * demands each demand names in {@code after()}, one penalty per grain of overlap.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Sequence extends BaseRule {
  public Sequence(Level level, long weight) {
    super("module-order", level, weight);
  }

  static long pen(ProblemIndex ix, int earlier, int se, int later, int sl) {
    return Math.max(0, se + ix.duration[earlier] - sl);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    return new RuleScorer() {
      long touch(int d, int s, PlanView plan) {
        long sum = 0;
        for (int o : ix.predecessors[d]) {
          if (plan.isPlaced(o)) {
            sum += pen(ix, o, plan.start(o), d, s);
          }
        }
        for (int o : ix.successors[d]) {
          if (plan.isPlaced(o)) {
            sum += pen(ix, d, s, o, plan.start(o));
          }
        }
        int g = ix.sequenceGroup[d];
        if (g < 0) {
          return sum;
        }
        int od = ix.demand(d).sequenceOrder();
        for (int o : ix.sequenceMembers[g]) {
          if (o != d && plan.isPlaced(o)) {
            int oo = ix.demand(o).sequenceOrder();
            if (oo < od) {
              sum += pen(ix, o, plan.start(o), d, s);
            } else if (oo > od) {
              sum += pen(ix, d, s, o, plan.start(o));
            }
          }
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
        for (int b = 0; b < ix.demandCount; b++) {
          for (int a : ix.predecessors[b]) {
            if (plan.isPlaced(a) && plan.isPlaced(b)) {
              long p = pen(ix, a, plan.start(a), b, plan.start(b));
              if (p > 0) {
                out.violation(p, new int[] {a, b}, ImmutableList.of(),
                    ix.describe(b, plan.start(b)) + " starts before "
                        + ix.describe(a, plan.start(a)) + " ends, but must come after it");
              }
            }
          }
        }
        for (int a = 0; a < ix.demandCount; a++) {
          for (int b = 0; b < ix.demandCount; b++) {
            if (a != b && ix.sequenceGroup[a] >= 0 && ix.sequenceGroup[a] == ix.sequenceGroup[b]
                && ix.demand(a).sequenceOrder() < ix.demand(b).sequenceOrder()
                && plan.isPlaced(a) && plan.isPlaced(b)) {
              long p = pen(ix, a, plan.start(a), b, plan.start(b));
              if (p > 0) {
                out.violation(p, new int[] {a, b}, ImmutableList.of(),
                    ix.describe(b, plan.start(b)) + " starts before "
                        + ix.describe(a, plan.start(a)) + " ends, but comes after it in "
                        + ix.demand(a).sequenceGroup().orElse(""));
              }
            }
          }
        }
      }
    };
  }
}
