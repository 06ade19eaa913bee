package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.Simplex;
import org.junit.jupiter.api.Test;

/**
 * Pins the two corners of {@link Simplex} that well-posed random programs never reach: the switch
 * from the steepest reduced cost to Bland's rule (a program on which the steepest rule cycles
 * must still be solved), and the end of phase one when a row is violated only by rounding noise
 * (below the feasibility tolerance), where the artificial variable is still basic and has to be
 * pivoted out before phase two. The optima are checked against hand values and, for random
 * programs with noisy right-hand sides, against {@link SimplexTest#bruteForce}.
 */
class SimplexPivotRulesTest {
  /** A right-hand side that is negative only by rounding noise. */
  private static final double NOISE = -1e-8;
  /** How far a returned point may break a row: phase one accepts up to 1e-7. */
  private static final double SLACK = 1e-7;
  /** Beale's program (see {@link #bealesCyclingProgramIsSolved}): rows, right-hand side, costs. */
  private static final double[][] BEALE_A = {
      {0.25, -60, -1.0 / 25, 9},
      {0.5, -90, -1.0 / 50, 3},
      {0, 0, 1, 0}};
  private static final double[] BEALE_B = {0, 0, 1};
  private static final double[] BEALE_C = {0.75, -150, 1.0 / 50, -6};

  /** The point, after checking it keeps x >= 0 and every row within {@link #SLACK}. */
  private static double[] solvedWithin(double[][] a, double[] b, double[] c) {
    Optional<double[]> x = Simplex.maximize(a, b, c);
    assertTrue(x.isPresent(), "no optimum found");
    double[] v = x.get();
    assertEquals(c.length, v.length);
    for (int i = 0; i < b.length; i++) {
      assertTrue(SimplexTest.dot(a[i], v) <= b[i] + SLACK,
          "row " + i + " broken by " + Arrays.toString(v));
    }
    for (double vj : v) {
      assertTrue(vj >= -SLACK, Arrays.toString(v));
    }
    return v;
  }

  // Beale's program: the steepest reduced cost with ties left by the lowest basic index cycles
  // through six degenerate bases forever; the switch to Bland's rule must end it at the optimum
  // 1/20, reached at x = (1/25, 0, 1, 0)
  @Test
  void bealesCyclingProgramIsSolved() {
    double[] x = solvedWithin(BEALE_A, BEALE_B, BEALE_C);
    assertEquals(0.05, SimplexTest.dot(BEALE_C, x), 1e-9);
    assertEquals(1.0 / 25, x[0], 1e-9);
    assertEquals(0, x[1], 1e-9);
    assertEquals(1, x[2], 1e-9);
    assertEquals(0, x[3], 1e-9);
  }

  /**
   * One program made of two independent blocks, {@code {a, {b}, {c}}}, the second block's costs
   * scaled by {@code scale}. With the second block's costs scaled up, the steepest rule works on
   * it alone until the switch to Bland's rule, which then enters the first block's variables (the
   * lower indices) first: a second block that cycles under the steepest rule brings the first to
   * Bland's rule untouched.
   */
  private static double[][][] blocks(double[][] a1, double[] b1, double[] c1, double[][] a2,
      double[] b2, double[] c2, double scale) {
    int n1 = c1.length;
    int n = n1 + c2.length;
    double[][] a = new double[b1.length + b2.length][n];
    double[] b = new double[a.length];
    double[] c = new double[n];
    for (int i = 0; i < b1.length; i++) {
      System.arraycopy(a1[i], 0, a[i], 0, n1);
      b[i] = b1[i];
    }
    for (int i = 0; i < b2.length; i++) {
      System.arraycopy(a2[i], 0, a[b1.length + i], n1, c2.length);
      b[b1.length + i] = b2[i];
    }
    System.arraycopy(c1, 0, c, 0, n1);
    for (int j = 0; j < c2.length; j++) {
      c[n1 + j] = scale * c2[j];
    }
    return new double[][][] {a, {b}, {c}};
  }

  // the blocks below were found by a search over small degenerate programs with b = 0 rows: on
  // each, a Bland's rule that breaks one of its two lowest-index tie rules cycles for ever

  // a block on which entering by column position instead of the lowest variable index cycles;
  // Bland's rule proper reaches the block's best vertex, and Beale's block its 1/20
  @Test
  void blandsRuleEntersTheLowestVariableIndex() {
    double[][] a = {
        {6, 0.25, -3, -1, 3, 1, -1},
        {-0.5, 0.5, -1, 0.5, 0, -2, 0},
        {-0.25, 3, -1, -0.5, 0.25, 3, 0.5},
        {1, 1, 1, 0, 0, 0, 1}};
    double[] b = {0, 0, 0, 1};
    double[] c = {3, 2, -0.5, -2, 3, -2, 6};
    double want = SimplexTest.bruteForce(a, b, c).orElseThrow();
    double[][][] p = blocks(a, b, c, BEALE_A, BEALE_B, BEALE_C, 1000);
    double[] x = solvedWithin(p[0], p[1][0], p[2][0]);
    assertEquals(want + 1000 * 0.05, SimplexTest.dot(p[2][0], x), 1e-6);
  }

  // a block whose fifth variable has a positive cost and no positive entry in any row, so the
  // program is unbounded; leaving ties by the first row instead of the lowest basic index cycles
  // before that is found
  @Test
  void blandsRuleLeavesTheLowestBasicIndex() {
    double[][] a = {
        {-1, 4, 2, 0.25, -6, 1},
        {-6, -6, -0.5, 2, -2, -3},
        {4, 0.5, 6, 2, -0.25, -2},
        {1, 1, 1, 1, 0, 1}};
    double[][][] p = blocks(a, new double[] {0, 0, 0, 1}, new double[] {0.5, -4, 6, -4, 0.5, 1},
        BEALE_A, BEALE_B, BEALE_C, 1000);
    assertEquals(Optional.empty(), Simplex.maximize(p[0], p[1][0], p[2][0]));
  }

  // two blocks whose best point is the origin: the second (a cone) cycles under the steepest rule
  // when ratio ties leave by the last tied row, and the first then cycles under Bland's rule with
  // that tie rule; leaving by the lowest basic index ends both at the optimum 0
  @Test
  void ratioTiesLeaveByTheLowestBasicIndex() {
    double[][] a1 = {
        {2, -0.5, -2, 0, 3, -0.5, -2},
        {-2, 3, -3, 0.5, -0.5, 3, -3},
        {-0.5, -1, -2, -1, 0.5, 3, -1},
        {-2, -2, -1, 0.5, -1, 0.5, 3},
        {1, 1, 0, 1, 0, 0, 1}};
    double[] b1 = {0, 0, 0, 0, 1};
    double[] c1 = {-1, -2, -2, -2, 3, -2, -2};
    double[][] a2 = {
        {6, 3, 0.25, -2, -4, -1, -1},
        {-0.25, 0.25, -3, -1, 2, -6, 6},
        {4, -3, -0.5, 0.25, 1, -0.25, -1}};
    double[] b2 = {0, 0, 0};
    double[] c2 = {-4, 0.25, -0.25, -4, -0.25, -3, -4};
    assertEquals(0, SimplexTest.bruteForce(a1, b1, c1).orElseThrow(), 1e-9);
    assertEquals(0, SimplexTest.bruteForce(a2, b2, c2).orElseThrow(), 1e-9);
    double[][][] p = blocks(a1, b1, c1, a2, b2, c2, 1000);
    double[] x = solvedWithin(p[0], p[1][0], p[2][0]);
    assertEquals(0, SimplexTest.dot(p[2][0], x), 1e-9);
  }

  // 2x <= -1e-8 is broken by 1e-8 at best, which counts as rounding: phase one ends with the
  // artificial variable basic at 1e-8, and once it is pivoted out the row holds x at -5e-9
  // however much the objective wants it to grow up to the bound 3
  @Test
  void aRowBrokenByNoiseStillBindsAfterPhaseOne() {
    double[] x = solvedWithin(new double[][] {{2}, {1}}, new double[] {NOISE, 3},
        new double[] {1});
    assertEquals(NOISE / 2, x[0], 1e-12);
  }

  // 0·x <= -1e-8 is broken by rounding whatever x is; the artificial leaves through that row's
  // slack, the only column with a nonzero entry, and x then reaches its bound 3
  @Test
  void anEmptyRowBrokenByNoiseLeavesTheRestFree() {
    double[] x = solvedWithin(new double[][] {{-2}, {0}, {1}}, new double[] {0, NOISE, 3},
        new double[] {1});
    assertEquals(3, x[0], 1e-9);
  }

  // a row that stays broken by more than the tolerance is infeasible, noise or not
  @Test
  void aRowBrokenBeyondTheToleranceIsInfeasible() {
    assertEquals(Optional.empty(), Simplex.maximize(new double[][] {{0}, {1}},
        new double[] {-1e-6, 3}, new double[] {1}));
  }

  // small boxed programs whose right-hand sides are often rounding noise: the solver finds a
  // point iff some vertex keeps every row within the tolerance, that point keeps them too, and
  // its value is the best vertex's
  @Property(tries = 150)
  void noisyProgramsMatchTheBestVertex(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(3);
    int extra = 1 + r.nextInt(3);
    double[][] a = new double[extra + n][n];
    double[] b = new double[extra + n];
    double[] choices = {NOISE, NOISE, 0, 1, 2, -1};
    for (int i = 0; i < extra; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = r.nextInt(5) - 2;
      }
      b[i] = choices[r.nextInt(choices.length)];
    }
    for (int j = 0; j < n; j++) {
      a[extra + j][j] = 1;
      b[extra + j] = 3;
    }
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = r.nextInt(6) - 2;
    }
    Optional<Double> expected = SimplexTest.bruteForce(a, b, c);
    assertEquals(expected.isPresent(), Simplex.maximize(a, b, c).isPresent(), "seed " + seed);
    if (expected.isPresent()) {
      assertEquals(expected.get(), SimplexTest.dot(c, solvedWithin(a, b, c)), 1e-6,
          "seed " + seed);
    }
  }
}
