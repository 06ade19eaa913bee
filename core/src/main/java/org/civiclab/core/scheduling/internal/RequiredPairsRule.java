package org.civiclab.core.scheduling.internal;

import com.google.common.collect.ImmutableList;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * A rule about pairs of events that share a required attendee, scored by scanning that
 * attendee's events: a move costs the moved demand's attendees times their events.
 */
abstract class RequiredPairsRule extends BaseRule {
  RequiredPairsRule(String id, Level level, long weight) {
    super(id, level, weight);
  }

  /** The raw penalty of two placed events of one person, in either order. */
  abstract long pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb);

  /** The sentence for a pair of events of one person. */
  abstract String sentence(String person, String first, String second);

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    return new RuleScorer() {
      long touch(int d, int s, int l, PlanView plan) {
        if (l < 0) {
          return 0;
        }
        long sum = 0;
        for (int p : ix.required[d]) {
          for (int o : ix.requiredDemandsOf[p]) {
            if (o != d && plan.isPlaced(o)) {
              sum += pen(ix, d, s, l, o, plan.start(o), plan.location(o));
            }
          }
        }
        return sum;
      }

      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        return touch(d, s, l, plan);
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        return touch(d, s, l, plan);
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int p = 0; p < ix.participantCount; p++) {
          int[] ds = ix.requiredDemandsOf[p];
          for (int i = 0; i < ds.length; i++) {
            for (int j = i + 1; j < ds.length; j++) {
              int a = ds[i];
              int b = ds[j];
              if (plan.isPlaced(a) && plan.isPlaced(b)) {
                long pen = pen(ix, a, plan.start(a), plan.location(a), b, plan.start(b),
                    plan.location(b));
                if (pen > 0) {
                  out.violation(pen, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
                      sentence(ix.participantName(p), ix.describe(a, plan.start(a)),
                          ix.describe(b, plan.start(b))));
                }
              }
            }
          }
        }
      }
    };
  }
}
