package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.ColumnLp;
import org.civiclab.core.selection.internal.Simplex;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link ColumnLp} over long column generations, where the basis inverse is rebuilt from
 * scratch every 64 pivots, and on unbounded programs. Each new column is made to price in (its
 * cost grows with the round), so every round pivots at least once and a run of 150 rounds passes
 * through two rebuilds; after every round the optimum must equal that of {@link Simplex} (itself
 * checked against brute force in {@code SimplexTest}) on all columns so far, the values must keep
 * every row, and the duals must price every column out and give the same value.
 */
class ColumnLpRefactorTest {

  /** The optimum of {@code max c·x, A x = b, x >= 0} by the dense simplex, as two inequalities. */
  static double denseOptimum(List<double[]> cols, List<Double> costs, double[] b) {
    int m = b.length;
    int n = cols.size();
    double[][] a = new double[2 * m][n];
    double[] rhs = new double[2 * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = cols.get(j)[i];
        a[m + i][j] = -cols.get(j)[i];
      }
      rhs[i] = b[i];
      rhs[m + i] = -b[i];
    }
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = costs.get(j);
    }
    double[] x = Simplex.maximize(a, rhs, c).orElseThrow();
    double v = 0;
    for (int j = 0; j < n; j++) {
      v += c[j] * x[j];
    }
    return v;
  }

  // 150 rounds of one improving column each: optimal, feasible and priced out after every round
  @Property(tries = 12)
  void rebuiltInversesKeepTheOptimum(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 3 + r.nextInt(4);
    double[] b = new double[m];
    // row 0 bounds every column (each has a positive entry there) and leaves room for the start
    b[0] = 4 * m + r.nextInt(10);
    for (int i = 1; i < m; i++) {
      b[i] = r.nextInt(9) - 4;
    }
    ColumnLp lp = new ColumnLp(b);
    List<double[]> cols = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    // a start that keeps every row: x_i = |b_i| on plus or minus unit columns that also use row
    // 0, whose rest a slack takes
    for (int i = 0; i < m; i++) {
      double[] e = new double[m];
      e[i] = b[i] < 0 ? -1 : 1;
      if (i > 0) {
        e[0] = 1;
      }
      add(lp, cols, costs, index, e, -100);
    }
    double[] slack = new double[m];
    slack[0] = 1;
    add(lp, cols, costs, index, slack, 0);
    for (int round = 0; round < 150; round++) {
      double[] a = new double[m];
      a[0] = 1 + r.nextInt(3);
      for (int i = 1; i < m; i++) {
        a[i] = r.nextInt(5) - 2;
      }
      add(lp, cols, costs, index, a, round + r.nextDouble());
      String why = "seed " + seed + ", round " + round;
      assertTrue(lp.solve(), why);
      ColumnLpTest.check(lp, index, cols, costs, b, denseOptimum(cols, costs, b), why);
    }
  }

  private static void add(ColumnLp lp, List<double[]> cols, List<Double> costs,
      List<Integer> index, double[] a, double c) {
    cols.add(a);
    costs.add(c);
    index.add(lp.addColumn(a, c));
  }

  // x1 - x2 = 1 with x2 earning 1: x2 can grow without end, so there is no optimum, and a
  // later column cannot bring one back, since the ray stays
  @Test
  void anUnboundedProgramHasNoOptimum() {
    ColumnLp lp = new ColumnLp(new double[] {1});
    lp.addColumn(new double[] {1}, 0);
    lp.addColumn(new double[] {-1}, 1);
    assertFalse(lp.solve());
    lp.addColumn(new double[] {2}, 5);
    assertFalse(lp.solve());
  }

  // x1 + x2 = 4 and x1 - x2 = 2 meet at (3, 1) and nowhere else: the optimum is there whatever
  // the costs, and its duals solve y1 + y2 = c1, y1 - y2 = c2
  @Test
  void aSquareSystemIsSolvedWithItsDuals() {
    ColumnLp lp = new ColumnLp(new double[] {4, 2});
    int a = lp.addColumn(new double[] {1, 1}, 3);
    int b = lp.addColumn(new double[] {1, -1}, 1);
    assertTrue(lp.solve());
    assertEquals(3, lp.values()[a], 1e-9);
    assertEquals(1, lp.values()[b], 1e-9);
    assertEquals(2, lp.duals()[0], 1e-9);
    assertEquals(1, lp.duals()[1], 1e-9);
  }

  // x = -1 with x >= 0 cannot hold: no optimum
  @Test
  void anInfeasibleProgramHasNoOptimum() {
    ColumnLp lp = new ColumnLp(new double[] {1, 0});
    lp.addColumn(new double[] {-1, 0}, 0);
    lp.addColumn(new double[] {0, 1}, 0);
    assertFalse(lp.solve());
  }
}
