package org.civiclab.core.matching.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.matching.BruteForce;

class AssignmentSolverPropertiesTest {

  /** A small score matrix with some forbidden cells. */
  record Matrix(int rows, int cols, long[] scores) {
    @Override
    public String toString() {
      return rows + "x" + cols + " " + Arrays.toString(scores);
    }
  }

  @Provide
  Arbitrary<Matrix> small() {
    return Combinators.combine(Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, 7)).flatAs((r, c) ->
        Arbitraries.longs().between(-6, 20).injectDuplicates(0.2)
            .map(s -> s > 16 ? AssignmentSolver.FORBIDDEN : s)
            .array(long[].class).ofSize(r * c).map(a -> new Matrix(r, c, a)));
  }

  @Property(tries = 300)
  void equalsBruteForceOnSmallMatrices(@ForAll("small") Matrix m) {
    int[] got = AssignmentSolver.maximize(m.rows(), m.cols(), m.scores());
    long[] best = BruteForce.bestAssignment(m.rows(), m.cols(), m.scores());
    assertEquals(best[0], count(got), "pairs");
    assertEquals(best[1], AssignmentSolver.total(m.cols(), m.scores(), got), "total score");
    boolean[] used = new boolean[m.cols()];
    for (int i = 0; i < got.length; i++) {
      if (got[i] >= 0) {
        assertFalse(used[got[i]], "column used twice");
        used[got[i]] = true;
        assertNotEquals(AssignmentSolver.FORBIDDEN, m.scores()[i * m.cols() + got[i]]);
      }
    }
  }

  @Provide
  Arbitrary<Matrix> square() {
    return Arbitraries.integers().between(1, 60).flatMap(n ->
        Arbitraries.longs().between(0, 50).array(long[].class).ofSize(n * n)
            .map(a -> new Matrix(n, n, a)));
  }

  @Property(tries = 150)
  void equalsTextbookHungarianOnDenseSquares(@ForAll("square") Matrix m) {
    int[] got = AssignmentSolver.maximize(m.rows(), m.cols(), m.scores());
    assertEquals(m.rows(), count(got));
    assertEquals(BruteForce.hungarianMax(m.rows(), m.scores()),
        AssignmentSolver.total(m.cols(), m.scores(), got));
  }

  @Property(tries = 50)
  void isAPureFunctionOfTheMatrix(@ForAll("square") Matrix m) {
    assertArrayEquals(AssignmentSolver.maximize(m.rows(), m.cols(), m.scores().clone()),
        AssignmentSolver.maximize(m.rows(), m.cols(), m.scores().clone()));
  }

  private static long count(int[] a) {
    return Arrays.stream(a).filter(j -> j >= 0).count();
  }
}
