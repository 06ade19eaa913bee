package org.civiclab.core.selection.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A revised simplex for {@code maximise c·x subject to A·x = b, x >= 0} whose columns arrive
 * one by one, as column generation needs them. Not API.
 *
 * <p>The basis inverse is kept explicitly (rows × rows, dense) and updated in place at each
 * pivot, and recomputed from the basis every {@value #REFACTOR} pivots to keep rounding in
 * check. A column added after a solve leaves the basis feasible, so the next {@link #solve}
 * continues from where the last one stopped instead of starting cold; this is what makes
 * column generation cheap. The first solve runs a first phase on one artificial variable per
 * row. It prices by the largest reduced cost and falls back to Bland's rule after a run of
 * degenerate pivots, so it cannot cycle. Not thread-safe.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ColumnLp {
  private static final double EPS = 1e-9;
  private static final int REFACTOR = 64;
  private static final int DEGENERATE_RUN = 50;

  private final int m;
  private final double[] b;
  private final List<double[]> columns = new ArrayList<>();
  private final List<Double> costs = new ArrayList<>();
  private final List<Boolean> artificial = new ArrayList<>();
  private final List<Boolean> inBasis = new ArrayList<>();
  private int[] basis = new int[0];
  private double[][] inverse = new double[0][0];
  private double[] xb = new double[0];
  private boolean started;
  private int pivots;

  /**
   * @param b the right-hand side, one entry per row
   */
  public ColumnLp(double[] b) {
    this.m = b.length;
    this.b = b.clone();
  }

  /**
   * Adds a column.
   *
   * @param a its entries, one per row
   * @param c its objective coefficient
   * @return the column's index
   */
  public int addColumn(double[] a, double c) {
    return add(a.clone(), c, false);
  }

  private int add(double[] a, double c, boolean art) {
    if (a.length != m) {
      throw new IllegalArgumentException("a column needs " + m + " entries, got " + a.length);
    }
    columns.add(a);
    costs.add(c);
    artificial.add(art);
    inBasis.add(false);
    return columns.size() - 1;
  }

  /**
   * Solves the program from the current basis.
   *
   * @return true when an optimum was found; false when the program is infeasible or unbounded
   */
  public boolean solve() {
    if (!started) {
      started = true;
      basis = new int[m];
      inverse = new double[m][m];
      xb = new double[m];
      for (int i = 0; i < m; i++) {
        double[] e = new double[m];
        double sign = b[i] < 0 ? -1 : 1;
        e[i] = sign;
        basis[i] = add(e, 0, true);
        inBasis.set(basis[i], true);
        inverse[i][i] = sign;
        xb[i] = Math.abs(b[i]);
      }
      if (!run(true)) {
        return false;
      }
      double infeasibility = 0;
      for (int i = 0; i < m; i++) {
        if (artificial.get(basis[i])) {
          infeasibility += xb[i];
        }
      }
      if (infeasibility > 1e-7) {
        return false;
      }
      driveOutArtificials();
    }
    return run(false);
  }

  /**
   * The dual values of the rows at the optimum: {@code y = c_B B⁻¹}.
   *
   * @return one value per row
   */
  public double[] duals() {
    return prices(false);
  }

  /**
   * The value of every column at the current basis.
   *
   * @return one value per column (artificial ones included)
   */
  public double[] values() {
    double[] x = new double[columns.size()];
    for (int i = 0; i < m; i++) {
      x[basis[i]] = Math.max(0, xb[i]);
    }
    return x;
  }

  private double cost(int j, boolean phaseOne) {
    if (phaseOne) {
      return artificial.get(j) ? -1 : 0;
    }
    return costs.get(j);
  }

  private double[] prices(boolean phaseOne) {
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      double c = cost(basis[i], phaseOne);
      if (c != 0) {
        double[] row = inverse[i];
        for (int k = 0; k < m; k++) {
          y[k] += c * row[k];
        }
      }
    }
    return y;
  }

  private double reducedCost(int j, double[] y, boolean phaseOne) {
    double[] a = columns.get(j);
    double d = cost(j, phaseOne);
    for (int i = 0; i < m; i++) {
      d -= y[i] * a[i];
    }
    return d;
  }

  /** Primal simplex on one objective; false when unbounded. */
  private boolean run(boolean phaseOne) {
    int degenerate = 0;
    while (true) {
      double[] y = prices(phaseOne);
      boolean bland = degenerate > DEGENERATE_RUN;
      int s = -1;
      double best = EPS;
      for (int j = 0; j < columns.size(); j++) {
        if (inBasis.get(j) || (!phaseOne && artificial.get(j))) {
          continue;
        }
        double d = reducedCost(j, y, phaseOne);
        if (d > best) {
          s = j;
          if (bland) {
            break;
          }
          best = d;
        }
      }
      if (s == -1) {
        return true;
      }
      double[] dir = times(columns.get(s));
      int r = -1;
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        if (dir[i] > EPS) {
          double q = Math.max(0, xb[i]) / dir[i];
          if (r == -1 || q < ratio - EPS
              || (q <= ratio + EPS && (bland ? basis[i] < basis[r] : dir[i] > dir[r]))) {
            r = i;
            ratio = Math.min(ratio, q);
          }
        }
      }
      if (r == -1) {
        return false;
      }
      degenerate = ratio < EPS ? degenerate + 1 : 0;
      pivot(r, s, dir);
    }
  }

  private double[] times(double[] a) {
    double[] d = new double[m];
    for (int i = 0; i < m; i++) {
      double[] row = inverse[i];
      double v = 0;
      for (int k = 0; k < m; k++) {
        v += row[k] * a[k];
      }
      d[i] = v;
    }
    return d;
  }

  private void pivot(int r, int s, double[] dir) {
    double p = dir[r];
    double[] pr = inverse[r];
    for (int k = 0; k < m; k++) {
      pr[k] /= p;
    }
    double theta = Math.max(0, xb[r]) / p;
    for (int i = 0; i < m; i++) {
      if (i != r && dir[i] != 0) {
        double f = dir[i];
        double[] row = inverse[i];
        for (int k = 0; k < m; k++) {
          row[k] -= f * pr[k];
        }
        xb[i] -= f * theta;
      }
    }
    xb[r] = theta;
    inBasis.set(basis[r], false);
    basis[r] = s;
    inBasis.set(s, true);
    if (++pivots % REFACTOR == 0) {
      refactor();
    }
  }

  /** Recomputes the inverse and the basic values from the basis (Gauss-Jordan). */
  private void refactor() {
    double[][] w = new double[m][2 * m];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) {
        w[k][i] = columns.get(basis[i])[k];
      }
      w[i][m + i] = 1;
    }
    for (int c = 0; c < m; c++) {
      int p = c;
      for (int i = c + 1; i < m; i++) {
        if (Math.abs(w[i][c]) > Math.abs(w[p][c])) {
          p = i;
        }
      }
      if (Math.abs(w[p][c]) < 1e-12) {
        return; // numerically singular: keep the updated inverse
      }
      double[] swap = w[p];
      w[p] = w[c];
      w[c] = swap;
      double inv = 1 / w[c][c];
      for (int k = 0; k < 2 * m; k++) {
        w[c][k] *= inv;
      }
      for (int i = 0; i < m; i++) {
        if (i != c && w[i][c] != 0) {
          double f = w[i][c];
          for (int k = 0; k < 2 * m; k++) {
            w[i][k] -= f * w[c][k];
          }
        }
      }
    }
    for (int i = 0; i < m; i++) {
      System.arraycopy(w[i], m, inverse[i], 0, m);
    }
    xb = times(b);
  }

  /** Replaces artificial variables left in the basis at zero by real columns where one fits. */
  private void driveOutArtificials() {
    for (int r = 0; r < m; r++) {
      if (!artificial.get(basis[r])) {
        continue;
      }
      for (int j = 0; j < columns.size(); j++) {
        if (inBasis.get(j) || artificial.get(j)) {
          continue;
        }
        double[] dir = times(columns.get(j));
        if (Math.abs(dir[r]) > 1e-7) {
          xb[r] = 0;
          pivot(r, j, dir);
          break;
        }
      }
    }
  }
}
