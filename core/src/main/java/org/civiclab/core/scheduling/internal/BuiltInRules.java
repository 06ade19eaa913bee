package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * Helpers the built-in rules share: the scorer of a rule about one demand alone, occupancy
 * counts per grain, and overlap between placed demands. Each built-in rule has its own class
 * in this package; users get them through {@link Rules}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class BuiltInRules {
  private BuiltInRules() {}

  /** A scorer for a rule about one demand alone: the same penalty in and out. */
  public static RuleScorer unary(ProblemIndex ix, UnaryScorer f) {
    return new UnaryRuleScorer(ix, f);
  }

  static long add(int[] cnt, int from, int len) {
    long sum = 0;
    for (int g = from, end = from + len; g < end; g++) {
      sum += cnt[g]++;
    }
    return sum;
  }

  static long remove(int[] cnt, int from, int len) {
    long sum = 0;
    for (int g = from, end = from + len; g < end; g++) {
      sum += --cnt[g];
    }
    return sum;
  }

  static int overlap(ProblemIndex ix, PlanView plan, int a, int b) {
    int sa = plan.start(a);
    int sb = plan.start(b);
    return Math.max(0, Math.min(sa + ix.duration[a], sb + ix.duration[b]) - Math.max(sa, sb));
  }

  /**
   * The grains two placed demands both keep a required attendee busy, travel days included
   * ({@link ProblemIndex#busyFrom(int, int)}).
   */
  static int busyOverlap(ProblemIndex ix, PlanView plan, int a, int b) {
    int sa = plan.start(a);
    int sb = plan.start(b);
    return Math.max(0, Math.min(ix.busyTo(a, sa), ix.busyTo(b, sb))
        - Math.max(ix.busyFrom(a, sa), ix.busyFrom(b, sb)));
  }

  /**
   * Visits every unordered pair of placed demands that overlap, for explanations (not on the
   * scoring path).
   */
  static void forEachOverlap(ProblemIndex ix, PlanView plan, OverlapVisitor visitor) {
    for (int a = 0; a < ix.demandCount; a++) {
      if (!plan.isPlaced(a)) {
        continue;
      }
      for (int b = a + 1; b < ix.demandCount; b++) {
        if (plan.isPlaced(b)) {
          int ov = overlap(ix, plan, a, b);
          if (ov > 0) {
            visitor.visit(a, b, ov);
          }
        }
      }
    }
  }

}
