package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.civiclab.core.selection.internal.Leximin;
import org.civiclab.core.selection.internal.PanelOracle;
import org.junit.jupiter.api.Test;

/**
 * Pins the margin by which {@link Leximin} fixes a type below its stage's optimum: with many
 * types fixed at one floor, the next stage must still find the program feasible. Fixed just
 * above the floor instead, 200 types sharing one seat would ask for 200 × 1e-9 more than the seat
 * holds, beyond the linear program's feasibility tolerance.
 */
class LeximinManyTypesTest {
  private static final int SHARING = 200;

  // 200 one-person types share one seat (a quota of at most 1) and the one person outside it
  // holds the other seat of a panel of 2: stage one fixes the 200 at 1/200, stage two the last
  // type at 1
  @Test
  void manyTypesFixedAtOneFloorLeaveTheNextStageFeasible() {
    int[] sizes = new int[SHARING + 1];
    boolean[][] member = new boolean[1][SHARING + 1];
    for (int k = 0; k <= SHARING; k++) {
      sizes[k] = 1;
      member[0][k] = k < SHARING;
    }
    PanelOracle o = new PanelOracle(sizes, member, new int[] {0}, new int[] {1}, 2);
    double[] got = Leximin.solve(o).typeProbability;
    for (int k = 0; k < SHARING; k++) {
      // the class promises about 1e-7; 2e-7 is measured here
      assertEquals(1.0 / SHARING, got[k], 1e-6, "type " + k);
    }
    assertEquals(1.0, got[SHARING], 1e-6);
  }
}
