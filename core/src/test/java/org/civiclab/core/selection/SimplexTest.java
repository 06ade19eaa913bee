package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.Simplex;
import org.junit.jupiter.api.Test;

class SimplexTest {

  /** Solves the square system g·x = h by Gaussian elimination; null when singular. */
  static double[] solveSquare(double[][] g, double[] h) {
    int n = h.length;
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(g[i], 0, a[i], 0, n);
      a[i][n] = h[i];
    }
    for (int col = 0; col < n; col++) {
      int p = col;
      for (int i = col + 1; i < n; i++) {
        if (Math.abs(a[i][col]) > Math.abs(a[p][col])) {
          p = i;
        }
      }
      if (Math.abs(a[p][col]) < 1e-12) {
        return null;
      }
      double[] swap = a[p];
      a[p] = a[col];
      a[col] = swap;
      for (int i = 0; i < n; i++) {
        if (i != col) {
          double f = a[i][col] / a[col][col];
          for (int j = col; j <= n; j++) {
            a[i][j] -= f * a[col][j];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i][n] / a[i][i];
    }
    return x;
  }

  /** Brute force: the best vertex, where n of the constraints (rows or x >= 0) are tight. */
  static Optional<Double> bruteForce(double[][] a, double[] b, double[] c) {
    int n = c.length;
    List<double[]> rows = new ArrayList<>();
    List<Double> rhs = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      rows.add(a[i]);
      rhs.add(b[i]);
    }
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = -1;
      rows.add(e);
      rhs.add(0.0);
    }
    int total = rows.size();
    Optional<Double> best = Optional.empty();
    for (int mask = 0; mask < 1 << total; mask++) {
      if (Integer.bitCount(mask) != n) {
        continue;
      }
      double[][] g = new double[n][];
      double[] h = new double[n];
      int k = 0;
      for (int i = 0; i < total; i++) {
        if ((mask & 1 << i) != 0) {
          g[k] = rows.get(i);
          h[k++] = rhs.get(i);
        }
      }
      double[] x = solveSquare(g, h);
      if (x == null || !within(rows, rhs, x)) {
        continue;
      }
      double v = dot(c, x);
      if (best.isEmpty() || v > best.get()) {
        best = Optional.of(v);
      }
    }
    return best;
  }

  static boolean within(List<double[]> rows, List<Double> rhs, double[] x) {
    for (int i = 0; i < rows.size(); i++) {
      if (dot(rows.get(i), x) > rhs.get(i) + 1e-7) {
        return false;
      }
    }
    return true;
  }

  static double dot(double[] u, double[] v) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      s += u[i] * v[i];
    }
    return s;
  }

  // on small boxed programs (so never unbounded) the optimum is the best vertex by brute force
  @Property(tries = 200)
  void optimumIsTheBestVertex(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(2);
    int extra = r.nextInt(4);
    double[][] a = new double[n + extra][n];
    double[] b = new double[n + extra];
    for (int j = 0; j < n; j++) {
      a[j][j] = 1;
      b[j] = 1 + r.nextInt(5);
    }
    for (int i = n; i < n + extra; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = r.nextInt(7) - 3;
      }
      b[i] = r.nextInt(11) - 4;
    }
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = r.nextInt(9) - 4;
    }
    Optional<Double> expected = bruteForce(a, b, c);
    Optional<double[]> x = Simplex.maximize(a, b, c);
    assertEquals(expected.isPresent(), x.isPresent(), "seed " + seed);
    if (x.isPresent()) {
      double[] v = x.get();
      assertEquals(n, v.length);
      for (int i = 0; i < b.length; i++) {
        assertTrue(dot(a[i], v) <= b[i] + 1e-6, "row " + i + " " + Arrays.toString(v));
      }
      for (double vj : v) {
        assertTrue(vj >= -1e-9, Arrays.toString(v));
      }
      assertEquals(expected.get(), dot(c, v), 1e-6, "seed " + seed);
    }
  }

  // an objective that can grow without limit has no optimum; a known optimum is found exactly
  @Test
  void unboundedAndKnown() {
    assertEquals(Optional.empty(), Simplex.maximize(new double[][] {{-1, 1}},
        new double[] {1}, new double[] {1, 0}));
    // maximise 3x + 2y with x + y <= 4, x + 3y <= 6, x <= 3: optimum at (3, 1)
    double[] x = Simplex.maximize(new double[][] {{1, 1}, {1, 3}, {1, 0}},
        new double[] {4, 6, 3}, new double[] {3, 2}).orElseThrow();
    assertEquals(3, x[0], 1e-9);
    assertEquals(1, x[1], 1e-9);
    // x + y >= 5 with x, y <= 2 is infeasible
    assertEquals(Optional.empty(), Simplex.maximize(new double[][] {{-1, -1}, {1, 0}, {0, 1}},
        new double[] {-5, 2, 2}, new double[] {1, 1}));
  }
}
