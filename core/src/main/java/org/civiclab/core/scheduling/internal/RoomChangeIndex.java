package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * The room-stability penalty kept per person and start grain, so that a move looks only at the
 * grains near the moved demand instead of at every demand its attendees have: the cost of a
 * move no longer grows with the number of meetings per person. Explanations come from the
 * scorer it wraps, which is asked for nothing else.
 */
@API(status = INTERNAL, since = "0.1.0")
final class RoomChangeIndex implements RuleScorer {
  private final ProblemIndex ix;
  private final RuleScorer full;
  /** Per person, per start grain: the placed in-person demands starting there. */
  private final int[][][] at;
  private final int[][] count;
  /** Per demand, its location while indexed. */
  private final int[] locationOf;

  RoomChangeIndex(ProblemIndex ix, RuleScorer full) {
    this.ix = ix;
    this.full = full;
    this.at = new int[ix.participantCount][][];
    this.count = new int[ix.participantCount][];
    this.locationOf = new int[ix.demandCount];
    for (int d = 0; d < ix.demandCount; d++) {
      for (int p : ix.attendees[d]) {
        if (at[p] == null) {
          at[p] = new int[ix.grainCount][];
          count[p] = new int[ix.grainCount];
        }
      }
    }
  }

  private long touch(int d, int s, int l) {
    long sum = 0;
    int end = s + ix.duration[d];
    int lastAfter = Math.min(ix.grainCount - 1, end + 2);
    int firstBefore = Math.max(0, s - ix.maxDuration - 2);
    for (int p : ix.attendees[d]) {
      int[][] byGrain = at[p];
      int[] n = count[p];
      // d first: o starts after d and at most two grains after d ends
      for (int g = s + 1; g <= lastAfter; g++) {
        int[] os = byGrain[g];
        for (int i = 0; i < n[g]; i++) {
          if (locationOf[os[i]] != l) {
            sum++;
          }
        }
      }
      // d second: o starts before d and ends at most two grains before d starts
      for (int g = firstBefore; g < s; g++) {
        int[] os = byGrain[g];
        for (int i = 0; i < n[g]; i++) {
          int o = os[i];
          if (s - ix.duration[o] - g <= 2 && locationOf[o] != l) {
            sum++;
          }
        }
      }
    }
    return sum;
  }

  @Override
  public long insert(int d, int s, int l, PlanView plan) {
    if (l < 0) {
      return 0;
    }
    long sum = touch(d, s, l);
    for (int p : ix.attendees[d]) {
      int[] n = count[p];
      int[] os = at[p][s];
      if (os == null) {
        os = new int[4];
      } else if (n[s] == os.length) {
        os = Arrays.copyOf(os, os.length * 2);
      }
      at[p][s] = os;
      os[n[s]++] = d;
    }
    locationOf[d] = l;
    return sum;
  }

  @Override
  public long retract(int d, int s, int l, PlanView plan) {
    if (l < 0) {
      return 0;
    }
    for (int p : ix.attendees[d]) {
      int[] n = count[p];
      int[] os = at[p][s];
      for (int i = 0; i < n[s]; i++) {
        if (os[i] == d) {
          os[i] = os[--n[s]];
          break;
        }
      }
    }
    return touch(d, s, l);
  }

  @Override
  public void explain(PlanView plan, Sink out) {
    full.explain(plan, out);
  }
}
