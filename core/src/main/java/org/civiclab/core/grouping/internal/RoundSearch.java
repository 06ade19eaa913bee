package org.civiclab.core.grouping.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Seeded simulated annealing over all rounds at once. State: for each round, each present
 * person's group; cost = 10,000 &middot; missing roles + 100 &middot; repeated pair meetings +
 * pairs from one organisation. Moves swap two people of one round between groups, or move one
 * to a group with room; each move's change in cost is computed from the pair-meeting counts in
 * time linear in the two groups' sizes. The best state seen is kept. Mutable, used once.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RoundSearch {
  private static final int W_HARD = 10_000;
  private static final int W_REPEAT = 100;
  private static final int ROLES = 3;

  private final int n;
  private final int rounds;
  private final int minSize;
  private final int maxSize;
  private final int[] need;
  private final int[] roles;
  private final int[] org;
  /** Per round: the group of each person, -1 when absent. */
  private final int[][] groupOf;
  /** Per round and group: the members. */
  private final int[][][] members;
  private final int[][] size;
  /** Per round and group: counts of each role, [round][group * ROLES + role]. */
  private final int[][] cnt;
  private final int[] meet;
  private final SplittableRandom random;

  /**
   * Starts from a given assignment.
   *
   * @param n people, numbered 0..n-1
   * @param start per round, each person's group or -1 when absent
   * @param groups per round, the number of groups
   * @param minSize the smallest group
   * @param maxSize the largest group
   * @param need minimum experienced, facilitators and novices per group
   * @param roles per person, role bits: 1 experienced, 2 facilitator, 4 novice
   * @param org per person, an organisation code or -1
   * @param seed the seed
   */
  public RoundSearch(int n, int[][] start, int[] groups, int minSize, int maxSize, int[] need,
      int[] roles, int[] org, long seed) {
    this.n = n;
    this.rounds = start.length;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.need = need.clone();
    this.roles = roles.clone();
    this.org = org.clone();
    this.groupOf = new int[rounds][];
    this.members = new int[rounds][][];
    this.size = new int[rounds][];
    this.cnt = new int[rounds][];
    this.meet = new int[n * n];
    this.random = new SplittableRandom(seed);
    for (int r = 0; r < rounds; r++) {
      groupOf[r] = start[r].clone();
      members[r] = new int[groups[r]][maxSize];
      size[r] = new int[groups[r]];
      cnt[r] = new int[groups[r] * ROLES];
      for (int p = 0; p < n; p++) {
        int g = groupOf[r][p];
        if (g >= 0) {
          members[r][g][size[r][g]++] = p;
          for (int k = 0; k < ROLES; k++) {
            if ((roles[p] & (1 << k)) != 0) {
              cnt[r][g * ROLES + k]++;
            }
          }
        }
      }
      for (int g = 0; g < groups[r]; g++) {
        for (int i = 0; i < size[r][g]; i++) {
          for (int j = i + 1; j < size[r][g]; j++) {
            bump(members[r][g][i], members[r][g][j], 1);
          }
        }
      }
    }
  }

  /**
   * A greedy start: round by round, people in a seeded order join the group with room whose
   * members they have met least, filling role gaps first.
   *
   * @param present per round, whether each person is present
   * @param sizes per round, the target size of each group
   * @param roles per person, role bits
   * @param need per group role minimums
   * @param seed the seed
   * @return per round, each person's group or -1
   */
  public static int[][] greedyStart(boolean[][] present, int[][] sizes, int[] roles, int[] need,
      long seed) {
    int rounds = present.length;
    int n = roles.length;
    SplittableRandom random = new SplittableRandom(seed);
    int[] meet = new int[n * n];
    int[][] out = new int[rounds][n];
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(out[r], -1);
      int groups = sizes[r].length;
      List<List<Integer>> mem = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        mem.add(new ArrayList<>());
      }
      int[] cnt = new int[groups * ROLES];
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      // people with the rarest roles first, so role gaps are filled while there is room
      Arrays.sort(order, (a, b) -> Integer.compare(Integer.bitCount(roles[b] & 3),
          Integer.bitCount(roles[a] & 3)));
      for (int p : order) {
        if (!present[r][p]) {
          continue;
        }
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int g = 0; g < groups; g++) {
          if (mem.get(g).size() >= sizes[r][g]) {
            continue;
          }
          long score = 0;
          for (int x : mem.get(g)) {
            score += W_REPEAT * (long) meet[p * n + x];
          }
          for (int k = 0; k < ROLES; k++) {
            if ((roles[p] & (1 << k)) != 0 && cnt[g * ROLES + k] < need[k]) {
              score -= W_HARD;
            }
          }
          score = score * 64 + mem.get(g).size();
          if (score < bestScore) {
            bestScore = score;
            best = g;
          }
        }
        if (best < 0) {
          continue;
        }
        for (int x : mem.get(best)) {
          meet[p * n + x]++;
          meet[x * n + p]++;
        }
        mem.get(best).add(p);
        for (int k = 0; k < ROLES; k++) {
          if ((roles[p] & (1 << k)) != 0) {
            cnt[best * ROLES + k]++;
          }
        }
        out[r][p] = best;
      }
    }
    return out;
  }

  private void bump(int a, int b, int d) {
    meet[a * n + b] += d;
    meet[b * n + a] += d;
  }

  /**
   * Runs the search.
   *
   * @param steps moves to try in all
   * @return per round, each person's group in the best state seen
   */
  public int[][] run(long steps) {
    long cost = cost();
    long best = cost;
    int[][] bestState = snapshot();
    double t0 = 80;
    double t1 = 0.5;
    for (long s = 0; s < steps && best > 0; s++) {
      double temp = t0 * Math.pow(t1 / t0, (double) s / Math.max(1, steps));
      int r = random.nextInt(rounds);
      int groups = size[r].length;
      if (groups < 2) {
        continue;
      }
      int a = random.nextInt(groups);
      int b = random.nextInt(groups - 1);
      if (b >= a) {
        b++;
      }
      if (size[r][a] == 0) {
        continue;
      }
      int i = random.nextInt(size[r][a]);
      boolean move = random.nextInt(5) == 0;
      long delta;
      int j = -1;
      if (move) {
        if (size[r][a] <= minSize || size[r][b] >= maxSize) {
          continue;
        }
        delta = moveDelta(r, a, i, b);
      } else {
        if (size[r][b] == 0) {
          continue;
        }
        j = random.nextInt(size[r][b]);
        delta = swapDelta(r, a, i, b, j);
      }
      if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temp)) {
        if (move) {
          applyMove(r, a, i, b);
        } else {
          applySwap(r, a, i, b, j);
        }
        cost += delta;
        if (cost < best) {
          best = cost;
          bestState = snapshot();
        }
      }
    }
    return bestState;
  }

  private int[][] snapshot() {
    int[][] s = new int[rounds][];
    for (int r = 0; r < rounds; r++) {
      s[r] = groupOf[r].clone();
    }
    return s;
  }

  private long cost() {
    long c = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        c += W_REPEAT * (long) Math.max(0, meet[a * n + b] - 1);
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (int g = 0; g < size[r].length; g++) {
        c += (long) W_HARD * deficit(cnt[r], g, 0, 0);
        for (int i = 0; i < size[r][g]; i++) {
          for (int j = i + 1; j < size[r][g]; j++) {
            c += sameOrg(members[r][g][i], members[r][g][j]);
          }
        }
      }
    }
    return c;
  }

  private int sameOrg(int a, int b) {
    return org[a] >= 0 && org[a] == org[b] ? 1 : 0;
  }

  /** Role deficit of group g with role bits {@code out} leaving and {@code in} joining. */
  private int deficit(int[] c, int g, int out, int in) {
    int d = 0;
    for (int k = 0; k < ROLES; k++) {
      int v = c[g * ROLES + k] - ((out >> k) & 1) + ((in >> k) & 1);
      d += Math.max(0, need[k] - v);
    }
    return d;
  }

  /** Cost change of pairs of p with the other members of group g, leaving (-1) or joining. */
  private long pairs(int r, int g, int p, int skip, int d) {
    long c = 0;
    int[] m = members[r][g];
    for (int x = 0; x < size[r][g]; x++) {
      int y = m[x];
      if (y == p || y == skip) {
        continue;
      }
      int met = meet[p * n + y];
      if (d < 0) {
        c -= met >= 2 ? W_REPEAT : 0;
        c -= sameOrg(p, y);
      } else {
        c += met >= 1 ? W_REPEAT : 0;
        c += sameOrg(p, y);
      }
    }
    return c;
  }

  private long swapDelta(int r, int a, int i, int b, int j) {
    int p = members[r][a][i];
    int q = members[r][b][j];
    long d = pairs(r, a, p, p, -1) + pairs(r, a, q, p, +1)
        + pairs(r, b, q, q, -1) + pairs(r, b, p, q, +1);
    d += (long) W_HARD * (deficit(cnt[r], a, roles[p], roles[q]) - deficit(cnt[r], a, 0, 0)
        + deficit(cnt[r], b, roles[q], roles[p]) - deficit(cnt[r], b, 0, 0));
    return d;
  }

  private long moveDelta(int r, int a, int i, int b) {
    int p = members[r][a][i];
    long d = pairs(r, a, p, p, -1) + pairs(r, b, p, p, +1);
    d += (long) W_HARD * (deficit(cnt[r], a, roles[p], 0) - deficit(cnt[r], a, 0, 0)
        + deficit(cnt[r], b, 0, roles[p]) - deficit(cnt[r], b, 0, 0));
    return d;
  }

  private void leave(int r, int g, int p) {
    int[] m = members[r][g];
    for (int x = 0; x < size[r][g]; x++) {
      if (m[x] == p) {
        m[x] = m[--size[r][g]];
        break;
      }
    }
    for (int x = 0; x < size[r][g]; x++) {
      bump(p, m[x], -1);
    }
    for (int k = 0; k < ROLES; k++) {
      cnt[r][g * ROLES + k] -= (roles[p] >> k) & 1;
    }
    groupOf[r][p] = -1;
  }

  private void join(int r, int g, int p) {
    int[] m = members[r][g];
    for (int x = 0; x < size[r][g]; x++) {
      bump(p, m[x], 1);
    }
    m[size[r][g]++] = p;
    for (int k = 0; k < ROLES; k++) {
      cnt[r][g * ROLES + k] += (roles[p] >> k) & 1;
    }
    groupOf[r][p] = g;
  }

  private void applySwap(int r, int a, int i, int b, int j) {
    int p = members[r][a][i];
    int q = members[r][b][j];
    leave(r, a, p);
    leave(r, b, q);
    join(r, a, q);
    join(r, b, p);
  }

  private void applyMove(int r, int a, int i, int b) {
    int p = members[r][a][i];
    leave(r, a, p);
    join(r, b, p);
  }
}
