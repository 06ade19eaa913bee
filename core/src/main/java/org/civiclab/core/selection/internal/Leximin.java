package org.civiclab.core.selection.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The leximin distribution over panels (Flanigan, Gölz, Gupta, Hennig and Procaccia, "Fair
 * algorithms for selecting citizens' assemblies", Nature 596, 2021). Not API.
 *
 * <p>Works on types (applicants who belong to the same quotas): by symmetry the leximin
 * probabilities are equal within a type, so a panel is a composition (a count per type) and a
 * type's probability is the expected count divided by its size. Each stage solves the dual of
 * {@code maximise t: every unfixed type's probability >= t, every fixed type keeps its
 * probability} by column generation, with {@link PanelOracle#best} as the pricing problem;
 * the types whose dual variable is positive are fixed at the stage's optimum. A last linear
 * program finds the distribution over the generated panels that gives every type its fixed
 * probability. Linear programs run in doubles ({@link Simplex}): probabilities are exact to
 * about 1e-6.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Leximin {
  private static final double TOL = 1e-7;
  private static final int MAX_COLUMNS = 5_000;

  /** The panels (compositions) and their probabilities. */
  public final List<int[]> panels;
  /** The probability of each panel, summing to 1. */
  public final double[] weights;
  /** The probability that each member of a type is selected. */
  public final double[] typeProbability;

  private Leximin(List<int[]> panels, double[] weights, double[] typeProbability) {
    this.panels = panels;
    this.weights = weights;
    this.typeProbability = typeProbability;
  }

  /**
   * Computes the leximin distribution.
   *
   * @param oracle the panel oracle; at least one panel must keep every quota
   * @return the distribution
   * @throws IllegalStateException when no panel keeps every quota or the search is too large
   */
  public static Leximin solve(PanelOracle oracle) {
    int types = oracle.types();
    int[] sizes = oracle.sizes();
    List<int[]> panels = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    double[] start = new double[types];
    for (int k = 0; k < types; k++) {
      start[k] = 1.0 / sizes[k];
    }
    int[] first = oracle.best(start).orElseThrow(
        () -> new IllegalStateException("no panel keeps every quota"));
    panels.add(first);
    seen.add(Arrays.toString(first));
    double[] fixed = new double[types];
    boolean[] isFixed = new boolean[types];
    int unfixed = types;
    while (unfixed > 0) {
      double[] y;
      double t;
      while (true) {
        y = dual(panels, sizes, fixed, isFixed);
        t = y[0];
        for (int k = 0; k < types; k++) {
          if (isFixed[k]) {
            t -= fixed[k] * y[k + 1];
          }
        }
        double[] w = new double[types];
        for (int k = 0; k < types; k++) {
          w[k] = y[k + 1] / sizes[k];
        }
        Optional<int[]> column = oracle.best(w);
        if (column.isEmpty()) {
          break;
        }
        double value = 0;
        for (int k = 0; k < types; k++) {
          value += w[k] * column.get()[k];
        }
        if (value <= y[0] + TOL || !seen.add(Arrays.toString(column.get()))
            || panels.size() >= MAX_COLUMNS) {
          break;
        }
        panels.add(column.get());
      }
      int fixedNow = 0;
      int top = -1;
      for (int k = 0; k < types; k++) {
        if (!isFixed[k]) {
          if (top == -1 || y[k + 1] > y[top + 1]) {
            top = k;
          }
          if (y[k + 1] > TOL) {
            isFixed[k] = true;
            fixed[k] = Math.max(0, t - 1e-6);
            fixedNow++;
          }
        }
      }
      if (fixedNow == 0) {
        isFixed[top] = true;
        fixed[top] = Math.max(0, t - 1e-6);
        fixedNow = 1;
      }
      unfixed -= fixedNow;
    }
    double[] pi = primal(panels, sizes, fixed);
    double[] prob = new double[types];
    for (int p = 0; p < panels.size(); p++) {
      for (int k = 0; k < types; k++) {
        prob[k] += pi[p] * panels.get(p)[k] / sizes[k];
      }
    }
    return new Leximin(panels, pi, prob);
  }

  /** Solves the stage's dual: x[0] = y0, x[k + 1] = the dual of type k's constraint. */
  private static double[] dual(List<int[]> panels, int[] sizes, double[] fixed,
      boolean[] isFixed) {
    int types = sizes.length;
    int rows = panels.size() + 3;
    double[][] a = new double[rows][types + 1];
    double[] b = new double[rows];
    for (int p = 0; p < panels.size(); p++) {
      a[p][0] = -1;
      // rows - 3 is the bound on the duals, filled below
      for (int k = 0; k < types; k++) {
        a[p][k + 1] = (double) panels.get(p)[k] / sizes[k];
      }
    }
    for (int k = 0; k < types; k++) {
      if (!isFixed[k]) {
        a[rows - 2][k + 1] = 1;
        a[rows - 1][k + 1] = -1;
      }
    }
    b[rows - 2] = 1;
    b[rows - 1] = -1;
    // a generous bound on every dual keeps the program bounded when rounding leaves a fixed
    // probability a hair above what the panels reach
    for (int k = 0; k <= types; k++) {
      a[rows - 3][k] = 1;
    }
    b[rows - 3] = 1e4;
    double[] c = new double[types + 1];
    c[0] = -1;
    for (int k = 0; k < types; k++) {
      if (isFixed[k]) {
        c[k + 1] = fixed[k];
      }
    }
    return Simplex.maximize(a, b, c).orElseThrow(
        () -> new IllegalStateException("the leximin dual program has no solution"));
  }

  /** A distribution over the panels that gives each type at least its fixed probability. */
  private static double[] primal(List<int[]> panels, int[] sizes, double[] fixed) {
    int types = sizes.length;
    int cols = panels.size();
    double[][] a = new double[types + 2][cols];
    double[] b = new double[types + 2];
    for (int k = 0; k < types; k++) {
      for (int p = 0; p < cols; p++) {
        a[k][p] = -(double) panels.get(p)[k] / sizes[k];
      }
      b[k] = -Math.max(0, fixed[k] - TOL);
    }
    Arrays.fill(a[types], 1);
    b[types] = 1;
    Arrays.fill(a[types + 1], -1);
    b[types + 1] = -1;
    double[] pi = Simplex.maximize(a, b, new double[cols]).orElseThrow(
        () -> new IllegalStateException("no distribution over the panels meets the leximin"
            + " probabilities"));
    double sum = 0;
    for (int p = 0; p < cols; p++) {
      pi[p] = Math.max(0, pi[p]);
      sum += pi[p];
    }
    for (int p = 0; p < cols; p++) {
      pi[p] /= sum;
    }
    return pi;
  }
}
