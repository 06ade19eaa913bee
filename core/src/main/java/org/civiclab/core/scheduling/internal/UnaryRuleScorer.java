package org.civiclab.core.scheduling.internal;

import com.google.common.collect.ImmutableList;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** The scorer of a rule about one demand alone; its penalty function is open to pruning. */
final class UnaryRuleScorer implements RuleScorer {
  final ProblemIndex ix;
  final UnaryScorer f;

  UnaryRuleScorer(ProblemIndex ix, UnaryScorer f) {
    this.ix = ix;
    this.f = f;
  }

  @Override
  public long insert(int d, int s, int l, PlanView plan) {
    return f.penalty(d, s, l);
  }

  @Override
  public long retract(int d, int s, int l, PlanView plan) {
    return f.penalty(d, s, l);
  }

  @Override
  public void explain(PlanView plan, Sink out) {
    for (int d = 0; d < ix.demandCount; d++) {
      if (plan.isPlaced(d)) {
        int s = plan.start(d);
        int l = plan.location(d);
        long p = f.penalty(d, s, l);
        if (p > 0) {
          out.violation(p, new int[] {d}, l < 0 ? ImmutableList.of()
              : ImmutableList.of(ix.location(l).id()), f.message(d, s, l));
        }
      }
    }
  }
}
