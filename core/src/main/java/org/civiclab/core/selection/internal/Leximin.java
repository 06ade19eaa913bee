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
 * type's probability is the expected count divided by its size. Each stage solves
 * {@code maximise t: every unfixed type's probability >= t, every fixed type keeps its
 * probability, the panel probabilities sum to 1} over the panels generated so far
 * ({@link ColumnLp}), and asks {@link PanelOracle#best} for a panel the stage's dual values
 * price above the sum row's dual; such a panel joins the program, which goes on from its
 * current basis. When none is left the stage is optimal, and the types whose dual value is
 * positive are fixed at its optimum t (every optimal distribution gives them exactly t). The
 * last stage's distribution is the answer. Linear programs run in doubles: probabilities are
 * exact to a few times 1e-7 (2e-7 measured on 200 types sharing one seat).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Leximin {
  private static final double TOL = 1e-7;
  private static final int MAX_COLUMNS = 100_000;

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
   * @throws IllegalStateException when no panel keeps every quota, when the search needs more
   *     than the panel cap, or when rounding breaks a stage's linear program (it loses
   *     feasibility or fixes no type)
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
    double[] weights = new double[0];
    while (unfixed > 0) {
      Stage stage = new Stage(sizes, fixed, isFixed, panels);
      double[] y;
      while (true) {
        if (!stage.lp.solve()) {
          throw new IllegalStateException("the leximin program lost feasibility at "
              + panels.size() + " panels (rounding)");
        }
        y = stage.lp.duals();
        double[] w = new double[types];
        for (int k = 0; k < types; k++) {
          w[k] = Math.max(0, -y[k]) / sizes[k];
        }
        Optional<int[]> column = oracle.best(w);
        if (column.isEmpty()) {
          break;
        }
        double value = 0;
        for (int k = 0; k < types; k++) {
          value += w[k] * column.get()[k];
        }
        if (value <= y[types] + TOL * Math.max(1, Math.abs(y[types]))
            || !seen.add(Arrays.toString(column.get()))) {
          break;
        }
        if (panels.size() >= MAX_COLUMNS) {
          throw new IllegalStateException("the fair lottery needs more than " + MAX_COLUMNS
              + " panels; use fewer quotas or the plain lottery");
        }
        panels.add(column.get());
        stage.add(column.get());
      }
      double[] x = stage.lp.values();
      double t = x[stage.t];
      weights = new double[panels.size()];
      for (int p = 0; p < panels.size(); p++) {
        weights[p] = x[stage.columns.get(p)];
      }
      int fixedNow = 0;
      for (int k = 0; k < types; k++) {
        if (!isFixed[k] && -y[k] > TOL) {
          isFixed[k] = true;
          fixed[k] = Math.max(0, t - 1e-9);
          fixedNow++;
        }
      }
      if (fixedNow == 0) {
        // by duality the unfixed types' dual values sum to at least 1, so one of them is
        // positive; none is only when rounding has broken the program
        throw new IllegalStateException("the leximin program fixed no type at "
            + panels.size() + " panels (rounding)");
      }
      unfixed -= fixedNow;
    }
    double sum = 0;
    for (int p = 0; p < weights.length; p++) {
      sum += weights[p];
    }
    double[] prob = new double[types];
    for (int p = 0; p < weights.length; p++) {
      weights[p] /= sum;
      for (int k = 0; k < types; k++) {
        prob[k] += weights[p] * panels.get(p)[k] / sizes[k];
      }
    }
    return new Leximin(panels, weights, prob);
  }

  /**
   * One stage's program: {@code maximise t} over the panel probabilities, every unfixed type's
   * probability at least t, every fixed type's at least its fixed value, probabilities summing
   * to 1. Rows 0..types-1 are the types (with a surplus column each), row {@code types} the sum;
   * {@code columns} holds each panel's column, in the order of the panel list.
   */
  private static final class Stage {
    final ColumnLp lp;
    final int[] sizes;
    final List<Integer> columns = new ArrayList<>();
    final int t;

    Stage(int[] sizes, double[] fixed, boolean[] isFixed, List<int[]> panels) {
      this.sizes = sizes;
      int types = sizes.length;
      double[] b = new double[types + 1];
      for (int k = 0; k < types; k++) {
        b[k] = isFixed[k] ? fixed[k] : 0;
      }
      b[types] = 1;
      lp = new ColumnLp(b);
      for (int[] panel : panels) {
        add(panel);
      }
      double[] tColumn = new double[types + 1];
      for (int k = 0; k < types; k++) {
        tColumn[k] = isFixed[k] ? 0 : -1;
      }
      t = lp.addColumn(tColumn, 1);
      for (int k = 0; k < types; k++) {
        double[] surplus = new double[types + 1];
        surplus[k] = -1;
        lp.addColumn(surplus, 0);
      }
    }

    void add(int[] panel) {
      int types = sizes.length;
      double[] a = new double[types + 1];
      for (int k = 0; k < types; k++) {
        a[k] = (double) panel[k] / sizes[k];
      }
      a[types] = 1;
      columns.add(lp.addColumn(a, 0));
    }
  }
}
