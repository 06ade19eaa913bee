package org.civiclab.core.matching;

import java.util.Arrays;
import org.civiclab.core.matching.internal.AssignmentSolver;

/** Independent oracles for the matching properties: exhaustive search and a textbook method. */
public final class BruteForce {
  private BruteForce() {}

  /**
   * The best (most pairs, then highest total) partial assignment by exhaustive search.
   *
   * @return {pairs, total}
   */
  public static long[] bestAssignment(int rows, int cols, long[] scores) {
    long[] best = {0, 0};
    search(0, rows, cols, scores, new boolean[cols], 0, 0, best);
    return best;
  }

  private static void search(int i, int rows, int cols, long[] s, boolean[] used, long pairs,
      long total, long[] best) {
    if (i == rows) {
      if (pairs > best[0] || (pairs == best[0] && total > best[1])) {
        best[0] = pairs;
        best[1] = total;
      }
      return;
    }
    search(i + 1, rows, cols, s, used, pairs, total, best);
    for (int j = 0; j < cols; j++) {
      long v = s[i * cols + j];
      if (!used[j] && v != AssignmentSolver.FORBIDDEN) {
        used[j] = true;
        search(i + 1, rows, cols, s, used, pairs + 1, total + v, best);
        used[j] = false;
      }
    }
  }

  /** Maximum total of a perfect assignment, by the classic O(n^3) Hungarian method with potentials. */
  public static long hungarianMax(int n, long[] scores) {
    long inf = Long.MAX_VALUE / 4;
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      Arrays.fill(minv, inf);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = inf;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = -scores[(i0 - 1) * n + (j - 1)] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    long total = 0;
    for (int j = 1; j <= n; j++) {
      total += scores[(p[j] - 1) * n + (j - 1)];
    }
    return total;
  }

  /**
   * The best assignment of rows to owners with capacities, by exhaustive search.
   *
   * @param score score of row i with owner o
   * @param ok whether row i may go to owner o
   * @param capacity each owner's capacity
   * @return {pairs, total}
   */
  static long[] bestCapacitated(long[][] score, boolean[][] ok, int[] capacity) {
    long[] best = {0, 0};
    capacitated(0, score, ok, capacity.clone(), 0, 0, best);
    return best;
  }

  private static void capacitated(int i, long[][] s, boolean[][] ok, int[] left, long pairs,
      long total, long[] best) {
    if (i == s.length) {
      if (pairs > best[0] || (pairs == best[0] && total > best[1])) {
        best[0] = pairs;
        best[1] = total;
      }
      return;
    }
    capacitated(i + 1, s, ok, left, pairs, total, best);
    for (int o = 0; o < left.length; o++) {
      if (ok[i][o] && left[o] > 0) {
        left[o]--;
        capacitated(i + 1, s, ok, left, pairs + 1, total + s[i][o], best);
        left[o]++;
      }
    }
  }
}
