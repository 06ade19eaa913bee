package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.ColumnLp;
import org.junit.jupiter.api.Test;

class ColumnLpTest {

  /** Brute force over every basis of m of the columns: the best basic feasible value. */
  static Optional<Double> bruteForce(List<double[]> cols, List<Double> costs, double[] b) {
    int m = b.length;
    int n = cols.size();
    Optional<Double> best = Optional.empty();
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) != m) {
        continue;
      }
      int[] pick = new int[m];
      int k = 0;
      for (int j = 0; j < n; j++) {
        if ((mask & 1 << j) != 0) {
          pick[k++] = j;
        }
      }
      double[][] g = new double[m][m];
      for (int i = 0; i < m; i++) {
        for (int c = 0; c < m; c++) {
          g[i][c] = cols.get(pick[c])[i];
        }
      }
      double[] x = SimplexTest.solveSquare(g, b);
      if (x == null) {
        continue;
      }
      boolean ok = true;
      double v = 0;
      for (int c = 0; c < m; c++) {
        ok &= x[c] >= -1e-9;
        v += costs.get(pick[c]) * x[c];
      }
      if (ok && (best.isEmpty() || v > best.get())) {
        best = Optional.of(v);
      }
    }
    return best;
  }

  /** Checks the answer: primal feasible, optimal by brute force, duals that price it. */
  static void check(ColumnLp lp, List<Integer> index, List<double[]> cols, List<Double> costs,
      double[] b, double expected, String why) {
    double[] x = lp.values();
    double[] y = lp.duals();
    double value = 0;
    double[] ax = new double[b.length];
    for (int j = 0; j < cols.size(); j++) {
      double xj = x[index.get(j)];
      assertTrue(xj >= 0, why);
      value += costs.get(j) * xj;
      for (int i = 0; i < b.length; i++) {
        ax[i] += cols.get(j)[i] * xj;
      }
      double reduced = costs.get(j);
      for (int i = 0; i < b.length; i++) {
        reduced -= y[i] * cols.get(j)[i];
      }
      assertTrue(reduced <= 1e-6, "column " + j + " still prices in: " + why);
    }
    double dual = 0;
    for (int i = 0; i < b.length; i++) {
      assertEquals(b[i], ax[i], 1e-6, "row " + i + ": " + why);
      dual += y[i] * b[i];
    }
    assertEquals(expected, value, 1e-6, why);
    assertEquals(expected, dual, 1e-6, "strong duality: " + why);
  }

  // columns arriving in two batches: each solve finds the brute-force optimum and its duals
  @Property(tries = 150)
  void warmStartsAgreeWithBruteForce(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 1 + r.nextInt(4);
    double[] b = new double[m];
    b[0] = 1 + r.nextInt(6);
    for (int i = 1; i < m; i++) {
      b[i] = r.nextInt(9) - 4;
    }
    ColumnLp lp = new ColumnLp(b);
    List<double[]> cols = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    int batches = 2;
    for (int batch = 0; batch < batches; batch++) {
      if (batch == 0) {
        for (int i = 0; i < m; i++) {
          double[] e = new double[m];
          e[i] = 1;
          cols.add(e);
          costs.add((double) (r.nextInt(5) - 2));
          index.add(lp.addColumn(e, costs.get(costs.size() - 1)));
        }
      }
      int extra = 1 + r.nextInt(3);
      for (int j = 0; j < extra; j++) {
        double[] a = new double[m];
        a[0] = 1 + r.nextInt(3);
        for (int i = 1; i < m; i++) {
          a[i] = r.nextInt(7) - 3;
        }
        double c = r.nextInt(9) - 4;
        cols.add(a);
        costs.add(c);
        index.add(lp.addColumn(a, c));
      }
      Optional<Double> expected = bruteForce(cols, costs, b);
      boolean solved = lp.solve();
      assertEquals(expected.isPresent(), solved, "seed " + seed + " batch " + batch);
      if (!solved) {
        return;
      }
      check(lp, index, cols, costs, b, expected.get(), "seed " + seed + " batch " + batch);
    }
  }

  // many columns one at a time: the inverse is rebuilt on the way and the answer stays right
  @Test
  void longColumnGeneration() {
    SplittableRandom r = new SplittableRandom(7);
    int m = 6;
    double[] b = {10, 3, -2, 4, 0, 1};
    ColumnLp lp = new ColumnLp(b);
    List<double[]> cols = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      double[] e = new double[m];
      e[i] = i == 2 ? -1 : 1;
      cols.add(e);
      costs.add(0.0);
      index.add(lp.addColumn(e, 0));
    }
    for (int round = 0; round < 300; round++) {
      double[] a = new double[m];
      a[0] = 1 + r.nextInt(3);
      for (int i = 1; i < m; i++) {
        a[i] = r.nextInt(7) - 3;
      }
      double c = r.nextInt(21) - 5 + r.nextDouble();
      cols.add(a);
      costs.add(c);
      index.add(lp.addColumn(a, c));
      assertTrue(lp.solve(), "round " + round);
      double[] x = lp.values();
      double value = 0;
      for (int j = 0; j < cols.size(); j++) {
        value += costs.get(j) * x[index.get(j)];
      }
      double[] y = lp.duals();
      double dual = 0;
      for (int i = 0; i < m; i++) {
        dual += y[i] * b[i];
      }
      assertEquals(value, dual, 1e-6, "round " + round);
      for (int j = 0; j < cols.size(); j++) {
        double reduced = costs.get(j);
        for (int i = 0; i < m; i++) {
          reduced -= y[i] * cols.get(j)[i];
        }
        assertTrue(reduced <= 1e-6, "round " + round + " column " + j);
      }
    }
  }

  // a column of the wrong height is refused with the expected count
  @Test
  void wrongHeight() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ColumnLp(new double[] {1, 2}).addColumn(new double[] {1}, 0));
    assertEquals("a column needs 2 entries, got 1", e.getMessage());
    // x = 2 with no other column: the only answer
    ColumnLp one = new ColumnLp(new double[] {2});
    assertEquals(0, one.addColumn(new double[] {1}, 3));
    assertTrue(one.solve());
    assertEquals(2, one.values()[0], 1e-9);
    assertEquals(3, one.duals()[0], 1e-9);
  }
}
