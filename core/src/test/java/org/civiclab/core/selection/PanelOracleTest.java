package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.PanelOracle;
import org.junit.jupiter.api.Test;

class PanelOracleTest {

  /** A random small integer program: up to 4 types, up to 4 quotas of any shape. */
  static final class Case {
    final int[] sizes;
    final boolean[][] member;
    final int[] min;
    final int[] max;
    final int panel;
    final double[] w;
    final int[] lower;
    final int[] upper;

    Case(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      int k = 1 + r.nextInt(4);
      sizes = new int[k];
      for (int i = 0; i < k; i++) {
        sizes[i] = r.nextInt(4);
      }
      int q = r.nextInt(5);
      member = new boolean[q][k];
      min = new int[q];
      max = new int[q];
      for (int j = 0; j < q; j++) {
        for (int i = 0; i < k; i++) {
          member[j][i] = r.nextBoolean();
        }
        min[j] = r.nextInt(3);
        max[j] = min[j] + r.nextInt(3);
      }
      panel = 1 + r.nextInt(5);
      w = new double[k];
      lower = new int[k];
      upper = new int[k];
      boolean bounds = r.nextBoolean();
      for (int i = 0; i < k; i++) {
        w[i] = r.nextInt(7) - 3;
        lower[i] = bounds ? r.nextInt(2) : 0;
        upper[i] = bounds ? lower[i] + r.nextInt(4) : sizes[i];
      }
    }

    PanelOracle oracle() {
      return new PanelOracle(sizes, member, min, max, panel);
    }

    /** Naive feasibility, straight from the definition. */
    boolean keeps(int[] c) {
      int sum = 0;
      for (int i = 0; i < c.length; i++) {
        if (c[i] < 0 || c[i] > sizes[i]) {
          return false;
        }
        sum += c[i];
      }
      if (sum != panel) {
        return false;
      }
      for (int j = 0; j < min.length; j++) {
        int s = 0;
        for (int i = 0; i < c.length; i++) {
          s += member[j][i] ? c[i] : 0;
        }
        if (s < min[j] || s > max[j]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Every count vector with entries 0..4, in odometer order. */
  static boolean next(int[] c) {
    for (int i = 0; i < c.length; i++) {
      if (c[i] < 4) {
        c[i]++;
        return true;
      }
      c[i] = 0;
    }
    return false;
  }

  // feasible() agrees with the definition on every count vector, also out of the type sizes
  @Property(tries = 100)
  void feasibleAgreesWithTheDefinition(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    Case t = new Case(seed);
    PanelOracle o = t.oracle();
    int[] c = new int[t.sizes.length];
    do {
      assertEquals(t.keeps(c), o.feasible(c), Arrays.toString(c));
    } while (next(c));
    assertFalse(o.feasible(negativeAt(t.sizes.length)));
    assertEquals(t.sizes.length, o.types());
    assertTrue(Arrays.equals(t.sizes, o.sizes()));
  }

  static int[] negativeAt(int k) {
    int[] c = new int[k];
    c[0] = -1;
    return c;
  }

  // best() finds the greatest weight of a brute-force search within the bounds, or says none
  @Property(tries = 150)
  void bestAgreesWithBruteForce(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    Case t = new Case(seed);
    double brute = Double.NEGATIVE_INFINITY;
    int[] c = new int[t.sizes.length];
    do {
      boolean inBounds = true;
      for (int i = 0; i < c.length; i++) {
        inBounds &= c[i] >= t.lower[i] && c[i] <= t.upper[i];
      }
      if (inBounds && t.keeps(c)) {
        double v = 0;
        for (int i = 0; i < c.length; i++) {
          v += t.w[i] * c[i];
        }
        brute = Math.max(brute, v);
      }
    } while (next(c));
    Optional<int[]> found = t.oracle().best(t.w, t.lower, t.upper);
    assertEquals(brute > Double.NEGATIVE_INFINITY, found.isPresent(), "seed " + seed);
    if (found.isPresent()) {
      int[] f = found.get();
      assertTrue(t.keeps(f), Arrays.toString(f));
      double v = 0;
      for (int i = 0; i < f.length; i++) {
        assertTrue(f[i] >= t.lower[i] && f[i] <= t.upper[i], Arrays.toString(f));
        v += t.w[i] * f[i];
      }
      assertEquals(brute, v, 1e-9, "seed " + seed + " " + Arrays.toString(f));
    }
  }

  // an odd cycle of pair quotas makes the relaxation fractional (1/2 each), so the search
  // must branch: the best integer panel takes one of the cycle and the free type
  @Test
  void fractionalRelaxationBranches() {
    boolean[][] pairs = {{true, true, false, false}, {false, true, true, false},
        {true, false, true, false}};
    PanelOracle o = new PanelOracle(new int[] {2, 2, 2, 2}, pairs, new int[] {0, 0, 0},
        new int[] {1, 1, 1}, 2);
    int[] c = o.best(new double[] {3, 3, 3, 0}).orElseThrow();
    assertTrue(o.feasible(c), Arrays.toString(c));
    assertEquals(1, c[3], Arrays.toString(c));
    assertEquals(1, c[0] + c[1] + c[2], Arrays.toString(c));
    // weights that prefer type 2 pick it out of the cycle
    assertEquals("[0, 0, 1, 1]", Arrays.toString(o.best(new double[] {3, 3, 4, 0}).orElseThrow()));
    assertEquals("[1, 0, 0, 1]", Arrays.toString(o.best(new double[] {5, 3, 4, 0}).orElseThrow()));
    // without the free type no panel of 2 keeps the cycle
    PanelOracle none = new PanelOracle(new int[] {2, 2, 2}, new boolean[][] {{true, true, false},
        {false, true, true}, {true, false, true}}, new int[] {0, 0, 0}, new int[] {1, 1, 1}, 2);
    assertEquals(Optional.empty(), none.best(new double[] {1, 1, 1}));
  }

  // pair quotas over many types, compared with brute force: these relaxations are often
  // fractional, so branch and bound has to find the integer optimum
  @Property(tries = 80)
  void pairQuotasAgreeWithBruteForce(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int k = 4;
    int[] sizes = {1 + r.nextInt(2), 1 + r.nextInt(2), 1 + r.nextInt(2), 1 + r.nextInt(2)};
    int q = 2 + r.nextInt(3);
    boolean[][] member = new boolean[q][k];
    int[] min = new int[q];
    int[] max = new int[q];
    for (int j = 0; j < q; j++) {
      int a = r.nextInt(k);
      int b = (a + 1 + r.nextInt(k - 1)) % k;
      member[j][a] = true;
      member[j][b] = true;
      max[j] = 1;
    }
    int panel = 1 + r.nextInt(3);
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      w[i] = r.nextInt(9) - 2;
    }
    PanelOracle o = new PanelOracle(sizes, member, min, max, panel);
    double brute = Double.NEGATIVE_INFINITY;
    int[] c = new int[k];
    do {
      if (o.feasible(c)) {
        double v = 0;
        for (int i = 0; i < k; i++) {
          v += w[i] * c[i];
        }
        brute = Math.max(brute, v);
      }
    } while (next(c));
    Optional<int[]> found = o.best(w);
    assertEquals(brute > Double.NEGATIVE_INFINITY, found.isPresent(), "seed " + seed);
    if (found.isPresent()) {
      double v = 0;
      for (int i = 0; i < k; i++) {
        v += w[i] * found.get()[i];
      }
      assertTrue(o.feasible(found.get()));
      assertEquals(brute, v, 1e-9, "seed " + seed);
    }
  }

  // the same search without bounds is the best over all panels that keep the quotas
  @Test
  void bestWithoutBounds() {
    // two types, one quota on type 0 between 1 and 1, a panel of 3 from 2 + 3 applicants
    PanelOracle o = new PanelOracle(new int[] {2, 3}, new boolean[][] {{true, false}},
        new int[] {1}, new int[] {1}, 3);
    assertEquals("[1, 2]", Arrays.toString(o.best(new double[] {5, 1}).orElseThrow()));
    assertEquals("[1, 2]", Arrays.toString(o.best(new double[] {-5, 1}).orElseThrow()));
    PanelOracle none = new PanelOracle(new int[] {1, 1}, new boolean[][] {{true, false}},
        new int[] {2}, new int[] {2}, 2);
    assertEquals(Optional.empty(), none.best(new double[2]));
  }
}
