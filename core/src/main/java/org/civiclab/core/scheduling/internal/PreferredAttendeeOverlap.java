package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.civiclab.core.scheduling.internal.BuiltInRules.overlap;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** A built-in rule; made by {@link Rules#preferredAttendeeOverlap()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class PreferredAttendeeOverlap extends BaseRule {
  public PreferredAttendeeOverlap(Level level, long weight) {
    super("preferred-attendee-overlap", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int size = ix.grainCount + ix.maxDuration + 1;
    int[][] req = new int[ix.participantCount][];
    int[][] pref = new int[ix.participantCount][];
    for (int d = 0; d < ix.demandCount; d++) {
      for (int p : ix.preferred[d]) {
        if (pref[p] == null) {
          pref[p] = new int[size];
          req[p] = new int[size];
        }
      }
    }
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        long sum = 0;
        int end = s + ix.duration[d];
        for (int p : ix.required[d]) {
          if (pref[p] != null) {
            int[] r = req[p];
            int[] f = pref[p];
            for (int g = s; g < end; g++) {
              sum += f[g];
              r[g]++;
            }
          }
        }
        for (int p : ix.preferred[d]) {
          int[] r = req[p];
          int[] f = pref[p];
          for (int g = s; g < end; g++) {
            sum += r[g] + f[g];
            f[g]++;
          }
        }
        return sum;
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        long sum = 0;
        int end = s + ix.duration[d];
        int[] prefs = ix.preferred[d];
        for (int i = prefs.length - 1; i >= 0; i--) {
          int[] r = req[prefs[i]];
          int[] f = pref[prefs[i]];
          for (int g = s; g < end; g++) {
            f[g]--;
            sum += r[g] + f[g];
          }
        }
        for (int p : ix.required[d]) {
          if (pref[p] != null) {
            int[] r = req[p];
            int[] f = pref[p];
            for (int g = s; g < end; g++) {
              r[g]--;
              sum += f[g];
            }
          }
        }
        return sum;
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int a = 0; a < ix.demandCount; a++) {
          for (int b = 0; b < ix.demandCount; b++) {
            if (!plan.isPlaced(a) || !plan.isPlaced(b)) {
              continue;
            }
            int ov = overlap(ix, plan, a, b);
            if (ov == 0) {
              continue;
            }
            // required at a, preferred at b (a == b allowed: listed in both)
            for (int p : ix.required[a]) {
              for (int q : ix.preferred[b]) {
                if (p == q) {
                  report(out, plan, a, b, p, ov);
                }
              }
            }
            // preferred at two: each unordered pair of listings once
            if (a <= b) {
              int[] pa = ix.preferred[a];
              int[] pb = ix.preferred[b];
              for (int i = 0; i < pa.length; i++) {
                for (int j = a == b ? i + 1 : 0; j < pb.length; j++) {
                  if (pa[i] == pb[j]) {
                    report(out, plan, a, b, pa[i], ov);
                  }
                }
              }
            }
          }
        }
      }

      private void report(Sink out, PlanView plan, int a, int b, int p, int ov) {
        out.violation(ov, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
            ix.participantName(p) + " is wanted at both " + ix.describe(a, plan.start(a))
                + " and " + ix.describe(b, plan.start(b)) + ", which overlap");
      }
    };
  }
}
