package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.civiclab.core.scheduling.internal.BuiltInRules.add;
import static org.civiclab.core.scheduling.internal.BuiltInRules.busyOverlap;
import static org.civiclab.core.scheduling.internal.BuiltInRules.remove;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * A built-in rule; made by {@link Rules#attendeeOverlap()}. A demand keeps its required
 * attendees busy over its grains and its travel days ({@link ProblemIndex#busyFrom(int, int)});
 * the penalty is the grains two of a person's demands both keep them busy.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AttendeeOverlap extends BaseRule {
  public AttendeeOverlap(Level level, long weight) {
    super("attendee-overlap", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int[][] cnt = new int[ix.participantCount][];
    for (int p = 0; p < ix.participantCount; p++) {
      if (ix.requiredDemandsOf[p].length > 1) {
        cnt[p] = new int[ix.grainCount + ix.maxDuration + 1];
      }
    }
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        int from = ix.busyFrom(d, s);
        int to = ix.busyTo(d, s);
        long sum = 0;
        for (int p : ix.required[d]) {
          if (cnt[p] != null) {
            sum += add(cnt[p], from, to - from);
          }
        }
        return sum;
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        int from = ix.busyFrom(d, s);
        int to = ix.busyTo(d, s);
        long sum = 0;
        for (int p : ix.required[d]) {
          if (cnt[p] != null) {
            sum += remove(cnt[p], from, to - from);
          }
        }
        return sum;
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
                int ov = busyOverlap(ix, plan, a, b);
                if (ov > 0) {
                  out.violation(ov, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
                      ix.participantName(p) + " must attend both "
                          + ix.describe(a, plan.start(a)) + " and "
                          + ix.describe(b, plan.start(b)) + ", which overlap"
                          + (travels(a) || travels(b) ? " (travel days included)" : ""));
                }
              }
            }
          }
        }
      }

      private boolean travels(int d) {
        return ix.travelBefore[d] + ix.travelAfter[d] > 0;
      }
    };
  }
}
