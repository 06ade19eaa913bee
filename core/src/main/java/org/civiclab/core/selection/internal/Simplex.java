package org.civiclab.core.selection.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A small dense two-phase simplex for {@code maximise c·x subject to A·x <= b, x >= 0}. Not API.
 *
 * <p>Written for the selection engine's linear programs: a few hundred rows and columns at
 * most. It pivots on the steepest reduced cost, and after 20 (rows + columns) + 100 pivots by
 * Bland's rule (the lowest index enters, ties on the ratio leave by the lowest index), so it
 * cannot cycle on degenerate problems, and it works in doubles with an
 * absolute tolerance of {@value #EPS}. Rows with a negative right-hand side are handled by a
 * first phase on one artificial variable. Not thread-safe; one instance solves one problem.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Simplex {
  /** The tolerance below which a number counts as zero. */
  public static final double EPS = 1e-9;
  /** How far below zero phase one may end and still count as feasible (rounding). */
  private static final double FEASIBLE = 1e-7;

  private final int m;
  private final int n;
  // rows 0..m-1: constraints; row m: objective; row m+1: phase-one objective
  private final double[][] t;
  // basic[i]: variable of row i; nonbasic[j]: variable of column j; slacks are n..n+m-1,
  // the artificial variable is -1
  private final int[] basic;
  private final int[] nonbasic;

  private Simplex(double[][] a, double[] b, double[] c) {
    m = b.length;
    n = c.length;
    t = new double[m + 2][n + 2];
    basic = new int[m];
    nonbasic = new int[n + 1];
    for (int i = 0; i < m; i++) {
      System.arraycopy(a[i], 0, t[i], 0, n);
      t[i][n] = -1;
      t[i][n + 1] = b[i];
      basic[i] = n + i;
    }
    for (int j = 0; j < n; j++) {
      nonbasic[j] = j;
      t[m][j] = -c[j];
    }
    nonbasic[n] = -1;
    t[m + 1][n] = 1;
  }

  /**
   * Solves one linear program.
   *
   * @param a the constraint matrix, one row per constraint, each of {@code c.length} entries
   * @param b the right-hand sides
   * @param c the objective
   * @return an optimal x, or empty when the program is infeasible or unbounded
   */
  public static Optional<double[]> maximize(double[][] a, double[] b, double[] c) {
    return new Simplex(a, b, c).solve();
  }

  private void pivot(int r, int s) {
    double inv = 1.0 / t[r][s];
    for (int i = 0; i < m + 2; i++) {
      if (i != r && t[i][s] != 0) {
        double f = t[i][s] * inv;
        double[] row = t[i];
        double[] pr = t[r];
        for (int j = 0; j < n + 2; j++) {
          row[j] -= pr[j] * f;
        }
        row[s] = -f;
      }
    }
    for (int j = 0; j < n + 2; j++) {
      t[r][j] *= inv;
    }
    t[r][s] = inv;
    int swap = basic[r];
    basic[r] = nonbasic[s];
    nonbasic[s] = swap;
  }

  /** Runs simplex on one objective row; false when unbounded. */
  private boolean run(int phase) {
    int obj = phase == 1 ? m + 1 : m;
    // the steepest reduced cost first (fast in practice); Bland's rule after many pivots,
    // which cannot cycle
    long dantzig = 20L * (m + n) + 100;
    for (long pivots = 0; ; pivots++) {
      boolean bland = pivots > dantzig;
      int s = -1;
      for (int j = 0; j <= n; j++) {
        if (phase == 2 && nonbasic[j] == -1) {
          continue;
        }
        if (t[obj][j] < -EPS && (s == -1 || (bland ? nonbasic[j] < nonbasic[s]
            : t[obj][j] < t[obj][s]))) {
          s = j;
        }
      }
      if (s == -1) {
        return true;
      }
      int r = -1;
      for (int i = 0; i < m; i++) {
        if (t[i][s] > EPS) {
          if (r == -1) {
            r = i;
            continue;
          }
          double lhs = t[i][n + 1] / t[i][s];
          double rhs = t[r][n + 1] / t[r][s];
          if (lhs < rhs - EPS || (lhs <= rhs + EPS && basic[i] < basic[r])) {
            r = i;
          }
        }
      }
      if (r == -1) {
        return false;
      }
      pivot(r, s);
    }
  }

  private Optional<double[]> solve() {
    int r = 0;
    for (int i = 1; i < m; i++) {
      if (t[i][n + 1] < t[r][n + 1]) {
        r = i;
      }
    }
    if (m > 0 && t[r][n + 1] < -EPS) {
      pivot(r, n);
      if (!run(1) || t[m + 1][n + 1] < -FEASIBLE) {
        return Optional.empty();
      }
      for (int i = 0; i < m; i++) {
        if (basic[i] == -1) {
          int s = -1;
          for (int j = 0; j <= n; j++) {
            if (s == -1 || t[i][j] < t[i][s] || (t[i][j] == t[i][s] && nonbasic[j] < nonbasic[s])) {
              s = j;
            }
          }
          pivot(i, s);
        }
      }
    }
    if (!run(2)) {
      return Optional.empty();
    }
    double[] x = new double[n];
    for (int i = 0; i < m; i++) {
      if (basic[i] >= 0 && basic[i] < n) {
        x[basic[i]] = t[i][n + 1];
      }
    }
    return Optional.of(x);
  }
}
