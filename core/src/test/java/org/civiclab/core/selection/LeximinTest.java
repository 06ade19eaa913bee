package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.selection.internal.Leximin;
import org.civiclab.core.selection.internal.PanelOracle;
import org.junit.jupiter.api.Test;

class LeximinTest {

  /** Every composition of the panel within the type sizes that the oracle accepts. */
  static List<int[]> allPanels(PanelOracle o, int[] sizes) {
    List<int[]> out = new ArrayList<>();
    int[] c = new int[sizes.length];
    while (true) {
      if (o.feasible(c)) {
        out.add(c.clone());
      }
      int i = 0;
      while (i < c.length && c[i] == sizes[i]) {
        c[i++] = 0;
      }
      if (i == c.length) {
        return out;
      }
      c[i]++;
    }
  }

  /**
   * A random quota system: {@code minTypes} to {@code maxTypes} types of 1 to {@code maxSize}
   * people, up to {@code maxQuotas} quotas over random sets of types with a minimum of 0 or 1
   * and a maximum up to 2 above it, and a panel of 1 to all the people.
   */
  static PanelOracle randomOracle(SplittableRandom r, int minTypes, int maxTypes, int maxSize,
      int maxQuotas) {
    int k = minTypes + r.nextInt(maxTypes - minTypes + 1);
    int[] sizes = new int[k];
    for (int i = 0; i < k; i++) {
      sizes[i] = 1 + r.nextInt(maxSize);
    }
    int q = r.nextInt(maxQuotas + 1);
    boolean[][] member = new boolean[q][k];
    int[] min = new int[q];
    int[] max = new int[q];
    for (int j = 0; j < q; j++) {
      for (int i = 0; i < k; i++) {
        member[j][i] = r.nextBoolean();
      }
      min[j] = r.nextInt(2);
      max[j] = min[j] + r.nextInt(3);
    }
    return new PanelOracle(sizes, member, min, max, 1 + r.nextInt(Arrays.stream(sizes).sum()));
  }

  /** The largest smallest type probability over all distributions, as one LP over all panels. */
  static double maxMin(List<int[]> panels, int[] sizes) {
    return LeximinStagesTest.best(panels, sizes, new double[sizes.length],
        new boolean[sizes.length], 0, -1);
  }

  // the distribution is one over accepted panels, its type probabilities are those of its
  // weights, and its smallest probability is the best any distribution over all panels reaches
  @Property(tries = 80)
  void leximinIsAConsistentBestDistribution(
      @ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    PanelOracle o = randomOracle(new SplittableRandom(seed), 1, 3, 3, 2);
    int[] sizes = o.sizes();
    int k = sizes.length;
    List<int[]> all = allPanels(o, sizes);
    if (all.isEmpty()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Leximin.solve(o));
      assertEquals("no panel keeps every quota", e.getMessage());
      return;
    }
    Leximin lex = Leximin.solve(o);
    assertEquals(lex.panels.size(), lex.weights.length);
    double sum = 0;
    double[] prob = new double[k];
    for (int p = 0; p < lex.panels.size(); p++) {
      int[] c = lex.panels.get(p);
      assertTrue(o.feasible(c), Arrays.toString(c));
      assertTrue(lex.weights[p] >= -1e-12);
      sum += lex.weights[p];
      for (int t = 0; t < k; t++) {
        prob[t] += lex.weights[p] * c[t] / sizes[t];
      }
    }
    assertEquals(1, sum, 1e-9);
    double smallest = 1;
    double total = 0;
    for (int t = 0; t < k; t++) {
      assertEquals(prob[t], lex.typeProbability[t], 1e-9);
      smallest = Math.min(smallest, lex.typeProbability[t]);
      total += lex.typeProbability[t] * sizes[t];
    }
    assertEquals(Arrays.stream(all.get(0)).sum(), total, 1e-6); // the panel size
    assertEquals(maxMin(all, sizes), smallest, 1e-6, "seed " + seed);
  }

  // types of 1 and 3 for a panel of 2 with at most one of the second: the one panel possible
  // takes both types once, so the first type is sure and the second gets 1/3
  @Test
  void onePanelPossible() {
    PanelOracle o = new PanelOracle(new int[] {1, 3}, new boolean[][] {{false, true}},
        new int[] {0}, new int[] {1}, 2);
    Leximin lex = Leximin.solve(o);
    assertEquals(1.0, lex.typeProbability[0], 1e-6);
    assertEquals(1.0 / 3, lex.typeProbability[1], 1e-6);
  }

  // types of 2 and 2, a panel of 2 with at most one of the first: one of each gives everybody
  // 1/2, which no mix with the panel of two of the second type beats
  @Test
  void equalShares() {
    PanelOracle o = new PanelOracle(new int[] {2, 2}, new boolean[][] {{true, false}},
        new int[] {0}, new int[] {1}, 2);
    Leximin lex = Leximin.solve(o);
    assertEquals(0.5, lex.typeProbability[0], 1e-6);
    assertEquals(0.5, lex.typeProbability[1], 1e-6);
  }
}
