package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.civiclab.core.scheduling.internal.BuiltInRules.add;
import static org.civiclab.core.scheduling.internal.BuiltInRules.forEachOverlap;
import static org.civiclab.core.scheduling.internal.BuiltInRules.remove;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** A built-in rule; made by {@link Rules#parallelEvents()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class ParallelEvents extends BaseRule {
  public ParallelEvents(Level level, long weight) {
    super("parallel-events", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int[] cnt = new int[ix.grainCount + ix.maxDuration + 1];
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        return add(cnt, s, ix.duration[d]);
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        return remove(cnt, s, ix.duration[d]);
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        forEachOverlap(ix, plan, (a, b, ov) -> out.violation(ov, new int[] {a, b},
            ImmutableList.of(), ix.describe(a, plan.start(a)) + " runs in parallel with "
                + ix.describe(b, plan.start(b))));
      }
    };
  }
}
