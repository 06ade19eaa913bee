package org.civiclab.core.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.grouping.internal.RoundSearch;
import org.junit.jupiter.api.Test;

/**
 * The local search and its greedy start, driven directly and judged by a cost recomputed from
 * scratch (10,000 per missing role, 100 per repeated pair meeting, 1 per same-organisation
 * pair), never by the search's own incremental bookkeeping.
 */
class RoundSearchTest {

  /** The documented cost of a state, computed naively. */
  static long cost(int[][] state, int n, int[] need, int[] roles, int[] org) {
    long c = 0;
    int[][] met = new int[n][n];
    for (int[] round : state) {
      int groups = 0;
      for (int g : round) {
        groups = Math.max(groups, g + 1);
      }
      for (int g = 0; g < groups; g++) {
        int[] have = new int[3];
        for (int p = 0; p < n; p++) {
          if (round[p] != g) {
            continue;
          }
          for (int k = 0; k < 3; k++) {
            have[k] += (roles[p] >> k) & 1;
          }
          for (int x = p + 1; x < n; x++) {
            if (round[x] == g) {
              met[p][x]++;
              c += org[p] >= 0 && org[p] == org[x] ? 1 : 0;
            }
          }
        }
        for (int k = 0; k < 3; k++) {
          c += 10_000L * Math.max(0, need[k] - have[k]);
        }
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        c += 100L * Math.max(0, met[a][b] - 1);
      }
    }
    return c;
  }

  private static int[] sizesOf(int[] round, int groups) {
    int[] s = new int[groups];
    for (int g : round) {
      if (g >= 0) {
        s[g]++;
      }
    }
    return s;
  }

  // random small instances: the result never costs more than the start, keeps absent people
  // out, and keeps every group within the size bounds the start kept
  @Property(tries = 150)
  void theResultIsNeverWorseThanTheStartAndKeepsTheBounds(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 4 + r.nextInt(7);
    int rounds = 1 + r.nextInt(3);
    int min = 2;
    int max = 2 + r.nextInt(2);
    int[] roles = new int[n];
    int[] org = new int[n];
    for (int p = 0; p < n; p++) {
      roles[p] = r.nextInt(8) & ~(r.nextBoolean() ? 4 : 1);
      org[p] = r.nextInt(3) - 1;
    }
    int[] need = {r.nextInt(2), r.nextInt(2), 0};
    boolean[][] present = new boolean[rounds][n];
    int[][] sizes = new int[rounds][];
    int[] groups = new int[rounds];
    for (int k = 0; k < rounds; k++) {
      int m = 0;
      for (int p = 0; p < n; p++) {
        present[k][p] = r.nextInt(6) > 0 || p < 4;
        m += present[k][p] ? 1 : 0;
      }
      groups[k] = m / min;
      while (groups[k] > 1 && groups[k] * min > m) {
        groups[k]--;
      }
      sizes[k] = new int[groups[k]];
      for (int g = 0; g < groups[k]; g++) {
        sizes[k][g] = m / groups[k] + (g < m % groups[k] ? 1 : 0);
      }
    }
    int[][] start = RoundSearch.greedyStart(present, sizes, roles, need, seed);
    for (int k = 0; k < rounds; k++) {
      for (int p = 0; p < n; p++) {
        assertEquals(present[k][p], start[k][p] >= 0, "round " + k + " person " + p);
        assertTrue(start[k][p] < groups[k]);
      }
      assertArrayEquals(sizes[k], sizesOf(start[k], groups[k]), "the greedy start fills the"
          + " target sizes exactly");
    }
    int[][] copy = new int[rounds][];
    for (int k = 0; k < rounds; k++) {
      copy[k] = start[k].clone();
    }
    int maxEff = max;
    for (int[] sz : sizes) {
      maxEff = Math.max(maxEff, sz[0]);
    }
    int[][] result = new RoundSearch(n, start, groups, min, maxEff, need, roles, org, seed)
        .run(2_000);
    assertArrayEquals(copy, start, "the start is not modified");
    assertTrue(cost(result, n, need, roles, org) <= cost(start, n, need, roles, org));
    for (int k = 0; k < rounds; k++) {
      int[] s = sizesOf(result[k], groups[k]);
      for (int p = 0; p < n; p++) {
        assertEquals(present[k][p], result[k][p] >= 0);
      }
      for (int g = 0; g < groups[k]; g++) {
        assertTrue(s[g] >= min && s[g] <= maxEff, "group size " + s[g]);
      }
    }
  }

  // no steps: the start comes back unchanged
  @Test
  void zeroStepsReturnTheStart() {
    int[][] start = {{0, 0, 1, 1}, {0, 0, 1, 1}};
    int[][] result = new RoundSearch(4, start, new int[] {2, 2}, 2, 2, new int[3], new int[4],
        new int[] {-1, -1, -1, -1}, 1).run(0);
    assertArrayEquals(start, result);
  }

  // a start that repeats both pairs is repaired to the optimum: nobody meets twice
  @Test
  void repeatedPairsAreSwappedApart() {
    int[][] start = {{0, 0, 1, 1}, {0, 0, 1, 1}};
    for (long seed = 0; seed < 5; seed++) {
      int[][] result = new RoundSearch(4, start, new int[] {2, 2}, 2, 2, new int[3],
          new int[4], new int[] {-1, -1, -1, -1}, seed).run(5_000);
      assertEquals(0, cost(result, 4, new int[3], new int[4], new int[] {-1, -1, -1, -1}),
          java.util.Arrays.deepToString(result));
    }
  }

  // six people over two rounds: the search reaches the brute-force optimum with organisations
  // and a facilitator rule in play
  @Test
  void smallInstancesReachTheBruteForceOptimum() {
    int n = 6;
    int[] roles = {2, 2, 0, 0, 1, 1};
    int[] org = {0, 0, 0, 1, 1, -1};
    int[] need = {0, 1, 0};
    long best = Long.MAX_VALUE;
    for (int a = 0; a < 1 << n; a++) {
      for (int b = 0; b < 1 << n; b++) {
        if (Integer.bitCount(a) != 3 || Integer.bitCount(b) != 3) {
          continue;
        }
        int[][] s = new int[2][n];
        for (int p = 0; p < n; p++) {
          s[0][p] = (a >> p) & 1;
          s[1][p] = (b >> p) & 1;
        }
        best = Math.min(best, cost(s, n, need, roles, org));
      }
    }
    int[][] start = {{0, 0, 0, 1, 1, 1}, {0, 0, 0, 1, 1, 1}};
    assertTrue(cost(start, n, need, roles, org) > best);
    for (long seed = 0; seed < 5; seed++) {
      int[][] result = new RoundSearch(n, start, new int[] {2, 2}, 3, 3, need, roles, org,
          seed).run(20_000);
      assertEquals(best, cost(result, n, need, roles, org), java.util.Arrays.deepToString(result));
    }
  }

  // moves only: groups of 2 to 4, one facilitator needed per group, all facilitators start in
  // one group; the search moves one over although no swap is needed
  @Test
  void movesFillAMissingRole() {
    int n = 6;
    int[] roles = {2, 2, 0, 0, 0, 0};
    int[] org = {-1, -1, -1, -1, -1, -1};
    int[] need = {0, 1, 0};
    int[][] start = {{0, 0, 0, 1, 1, 1}};
    for (long seed = 0; seed < 5; seed++) {
      int[][] result = new RoundSearch(n, start, new int[] {2}, 2, 4, need, roles, org, seed)
          .run(5_000);
      assertEquals(0, cost(result, n, need, roles, org), java.util.Arrays.deepToString(result));
    }
  }

  // the greedy start puts facilitators into the groups lacking one, and in a second round
  // splits the pairs of the first
  @Test
  void theGreedyStartFillsRoleGapsAndAvoidsRepeats() {
    int n = 4;
    int[] roles = {0, 2, 0, 2};
    boolean[][] present = {{true, true, true, true}, {true, true, true, true}};
    int[][] sizes = {{2, 2}, {2, 2}};
    for (long seed = 0; seed < 20; seed++) {
      int[][] start = RoundSearch.greedyStart(present, sizes, roles, new int[] {0, 1, 0}, seed);
      for (int[] round : start) {
        assertTrue(round[1] != round[3], "both facilitators in one group: "
            + java.util.Arrays.deepToString(start));
      }
      assertEquals(0, cost(start, n, new int[] {0, 1, 0}, roles, new int[] {-1, -1, -1, -1}),
          java.util.Arrays.deepToString(start));
    }
  }
}
