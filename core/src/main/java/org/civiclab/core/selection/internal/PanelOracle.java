package org.civiclab.core.selection.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds panel compositions that keep every quota: how many people of each type a panel takes.
 * Not API.
 *
 * <p>Applicants of one type belong to exactly the same quotas, so a panel is a count per type.
 * {@link #best} solves the integer program {@code maximise w·c} subject to {@code sum c = N},
 * each quota's {@code min <= sum of its types' c <= max} and per-type bounds, exactly, by
 * depth-first branch and bound on the {@link Simplex} relaxation. With quotas over one or two
 * attributes the relaxation is integral (a transportation problem) and no branching happens;
 * with more attributes it may branch, and gives up after {@value #NODE_LIMIT} nodes.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class PanelOracle {
  /** Branch-and-bound nodes one call may visit. */
  public static final int NODE_LIMIT = 20_000;

  private final int[] sizes;
  private final boolean[][] member;
  private final int[] min;
  private final int[] max;
  private final int panel;
  private int nodes;
  private double bestValue;
  private int @org.jspecify.annotations.Nullable [] best;

  /**
   * @param sizes applicants of each type
   * @param member {@code member[q][k]}: type k belongs to quota q
   * @param min each quota's minimum
   * @param max each quota's maximum
   * @param panel the panel size N
   */
  public PanelOracle(int[] sizes, boolean[][] member, int[] min, int[] max, int panel) {
    this.sizes = sizes.clone();
    this.member = member;
    this.min = min.clone();
    this.max = max.clone();
    this.panel = panel;
  }

  /** @return the number of types */
  public int types() {
    return sizes.length;
  }

  /** @return applicants of each type */
  public int[] sizes() {
    return sizes.clone();
  }

  /**
   * Whether a composition keeps the panel size and every quota.
   *
   * @param c a count per type
   * @return true when it does
   */
  public boolean feasible(int[] c) {
    int sum = 0;
    for (int k = 0; k < c.length; k++) {
      if (c[k] < 0 || c[k] > sizes[k]) {
        return false;
      }
      sum += c[k];
    }
    if (sum != panel) {
      return false;
    }
    for (int q = 0; q < min.length; q++) {
      int s = 0;
      for (int k = 0; k < c.length; k++) {
        if (member[q][k]) {
          s += c[k];
        }
      }
      if (s < min[q] || s > max[q]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The composition with the greatest weight within bounds.
   *
   * @param w a weight per type
   * @param lower least count per type
   * @param upper greatest count per type
   * @return a best composition, or empty when none keeps the quotas within the bounds
   * @throws IllegalStateException when the search visits more than {@value #NODE_LIMIT} nodes
   */
  public Optional<int[]> best(double[] w, int[] lower, int[] upper) {
    nodes = 0;
    best = null;
    bestValue = Double.NEGATIVE_INFINITY;
    int[] u = upper.clone();
    for (int k = 0; k < u.length; k++) {
      u[k] = Math.min(u[k], sizes[k]);
    }
    branch(w, lower.clone(), u);
    int[] found = best;
    return found == null ? Optional.empty() : Optional.of(found.clone());
  }

  /**
   * The composition with the greatest weight.
   *
   * @param w a weight per type
   * @return a best composition, or empty when no panel keeps every quota
   */
  public Optional<int[]> best(double[] w) {
    return best(w, new int[sizes.length], sizes);
  }

  private void branch(double[] w, int[] l, int[] u) {
    if (++nodes > NODE_LIMIT) {
      throw new IllegalStateException("the quotas need more than " + NODE_LIMIT
          + " search nodes to find a panel; use fewer quota attributes or fewer applicants");
    }
    int types = sizes.length;
    int fixedSum = 0;
    for (int k = 0; k < types; k++) {
      if (l[k] > u[k]) {
        return;
      }
      fixedSum += l[k];
    }
    int rows = 2 + 2 * min.length + types;
    double[][] a = new double[rows][types];
    double[] b = new double[rows];
    Arrays.fill(a[0], 1);
    b[0] = panel - fixedSum;
    Arrays.fill(a[1], -1);
    b[1] = -(panel - fixedSum);
    for (int q = 0; q < min.length; q++) {
      int inQuota = 0;
      for (int k = 0; k < types; k++) {
        if (member[q][k]) {
          a[2 + 2 * q][k] = 1;
          a[3 + 2 * q][k] = -1;
          inQuota += l[k];
        }
      }
      b[2 + 2 * q] = max[q] - inQuota;
      b[3 + 2 * q] = -(min[q] - inQuota);
    }
    for (int k = 0; k < types; k++) {
      a[2 + 2 * min.length + k][k] = 1;
      b[2 + 2 * min.length + k] = u[k] - l[k];
    }
    Optional<double[]> solved = Simplex.maximize(a, b, w);
    if (solved.isEmpty()) {
      return;
    }
    double[] x = solved.get();
    double bound = 0;
    for (int k = 0; k < types; k++) {
      bound += w[k] * (l[k] + x[k]);
    }
    if (best != null && bound <= bestValue + 1e-9) {
      return;
    }
    int split = -1;
    double worst = 1e-6;
    for (int k = 0; k < types; k++) {
      double f = Math.abs(x[k] - Math.rint(x[k]));
      if (f > worst) {
        worst = f;
        split = k;
      }
    }
    if (split == -1) {
      int[] c = new int[types];
      double value = 0;
      for (int k = 0; k < types; k++) {
        c[k] = l[k] + (int) Math.rint(x[k]);
        value += w[k] * c[k];
      }
      if (feasible(c) && (best == null || value > bestValue)) {
        best = c;
        bestValue = value;
      }
      return;
    }
    int floor = l[split] + (int) Math.floor(x[split]);
    int[] up = l.clone();
    up[split] = floor + 1;
    branch(w, up, u);
    int[] down = u.clone();
    down[split] = floor;
    branch(w, l, down);
  }
}
