package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.Leximin;
import org.civiclab.core.selection.internal.PanelOracle;
import org.civiclab.core.selection.internal.Simplex;
import org.junit.jupiter.api.Test;

/**
 * Pins every stage of {@link Leximin}, not only the first: the whole vector of type probabilities
 * is compared with a naive leximin computed over every accepted panel at once. The naive one
 * raises the floor of the unfixed types, then fixes each type that cannot rise above that floor
 * while the others keep theirs, and repeats. The leximin vector of a convex set is unique, so the
 * two must agree type by type.
 */
class LeximinStagesTest {
  private static final double EPS = 1e-7;

  /**
   * The largest value of {@code objective} over distributions on {@code panels} in which each
   * fixed type keeps at least its value and each unfixed type at least {@code floor}; with
   * {@code objective} empty, the largest such floor itself.
   */
  static double best(List<int[]> panels, int[] sizes, double[] fixed, boolean[] isFixed,
      double floor, int objective) {
    int p = panels.size();
    int k = sizes.length;
    boolean raiseFloor = objective < 0;
    // variables: w_0..w_{p-1} and, when raising the floor, t; rows: sum w <= 1, -sum w <= -1,
    // and per type: (bound) - prob_k(w) <= 0, where the bound is t, the floor or the fixed value
    int n = p + (raiseFloor ? 1 : 0);
    double[][] a = new double[2 + k][n];
    double[] b = new double[2 + k];
    for (int j = 0; j < p; j++) {
      a[0][j] = 1;
      a[1][j] = -1;
    }
    b[0] = 1;
    b[1] = -1;
    for (int t = 0; t < k; t++) {
      for (int j = 0; j < p; j++) {
        a[2 + t][j] = -(double) panels.get(j)[t] / sizes[t];
      }
      if (isFixed[t]) {
        b[2 + t] = -(fixed[t] - EPS);
      } else if (raiseFloor) {
        a[2 + t][p] = 1;
      } else {
        b[2 + t] = -(floor - EPS);
      }
    }
    double[] c = new double[n];
    if (raiseFloor) {
      c[p] = 1;
    } else {
      for (int j = 0; j < p; j++) {
        c[j] = (double) panels.get(j)[objective] / sizes[objective];
      }
    }
    double[] x = Simplex.maximize(a, b, c).orElseThrow();
    double v = 0;
    for (int j = 0; j < n; j++) {
      v += c[j] * x[j];
    }
    return v;
  }

  /** The leximin type probabilities over all {@code panels}, stage by stage from scratch. */
  static double[] naiveLeximin(List<int[]> panels, int[] sizes) {
    int k = sizes.length;
    double[] fixed = new double[k];
    boolean[] isFixed = new boolean[k];
    int unfixed = k;
    while (unfixed > 0) {
      double floor = best(panels, sizes, fixed, isFixed, 0, -1);
      int fixedNow = 0;
      for (int t = 0; t < k; t++) {
        if (!isFixed[t] && best(panels, sizes, fixed, isFixed, floor, t) <= floor + 1e-6) {
          isFixed[t] = true;
          fixed[t] = floor;
          fixedNow++;
        }
      }
      if (fixedNow == 0) {
        throw new AssertionError("no type is held at the floor " + floor);
      }
      unfixed -= fixedNow;
    }
    return fixed;
  }

  // random small quota systems: Leximin's probabilities are the naive leximin's, type by type
  @Property(tries = 120)
  void everyStageAgreesWithANaiveLeximin(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    PanelOracle o = LeximinTest.randomOracle(new SplittableRandom(seed), 2, 4, 4, 3);
    int[] sizes = o.sizes();
    int k = sizes.length;
    List<int[]> all = LeximinTest.allPanels(o, sizes);
    if (all.isEmpty()) {
      return;
    }
    double[] want = naiveLeximin(all, sizes);
    double[] got = Leximin.solve(o).typeProbability;
    for (int t = 0; t < k; t++) {
      assertEquals(want[t], got[t], 1e-5, "type " + t + " of " + Arrays.toString(sizes)
          + ", seed " + seed + ": " + Arrays.toString(got) + " against "
          + Arrays.toString(want));
    }
  }

  // types of 1, 2 and 4, a panel of 3 with at most one of the first two types: those three
  // people share one seat, 1/3 each, and are fixed there (stage 1); the four of the third type
  // then hold the other two seats, 1/2 each (stage 2)
  @Test
  void aLaterStageLiftsWhatTheFirstLeftBehind() {
    int[] sizes = {1, 2, 4};
    PanelOracle o = new PanelOracle(sizes, new boolean[][] {{true, true, false}},
        new int[] {0}, new int[] {1}, 3);
    double[] got = Leximin.solve(o).typeProbability;
    double[] want = naiveLeximin(LeximinTest.allPanels(o, sizes), sizes);
    double[] byHand = {1.0 / 3, 1.0 / 3, 0.5};
    for (int t = 0; t < 3; t++) {
      assertEquals(byHand[t], got[t], 1e-6, "type " + t);
      assertEquals(byHand[t], want[t], 1e-6, "naive, type " + t);
    }
  }

  // types of 1 and 1 and 3, a panel of 2 that must hold the first type: it is sure (stage 2),
  // the other four share one seat at 1/4 each (stage 1)
  @Test
  void aSureTypeIsFixedAfterTheFloor() {
    PanelOracle o = new PanelOracle(new int[] {1, 1, 3},
        new boolean[][] {{true, false, false}}, new int[] {1}, new int[] {1}, 2);
    double[] got = Leximin.solve(o).typeProbability;
    assertEquals(1.0, got[0], 1e-6);
    assertEquals(0.25, got[1], 1e-6);
    assertEquals(0.25, got[2], 1e-6);
  }
}
