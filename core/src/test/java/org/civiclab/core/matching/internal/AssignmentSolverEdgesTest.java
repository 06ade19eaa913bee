package org.civiclab.core.matching.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The assignment engine at its edges: the exact messages for a matrix of the wrong shape, a
 * score out of range, a problem too large or too wide for exact integer costs; empty and fully
 * forbidden matrices; the bound itself; and the capacitated wrapper with capacities of zero or
 * far beyond the number of rows.
 */
class AssignmentSolverEdgesTest {
  private static final long F = AssignmentSolver.FORBIDDEN;
  private static final long MAX = AssignmentSolver.MAX_ABS_SCORE;

  private static String failure(int rows, int cols, long[] scores) {
    return assertThrows(InvalidInputException.class,
        () -> AssignmentSolver.maximize(rows, cols, scores)).getMessage();
  }

  @Test
  void aMatrixOfTheWrongShapeIsRejected() {
    assertEquals("scores: expected 2 x 3 = 6 entries, got 5", failure(2, 3, new long[5]));
    assertEquals("scores: expected 2 x 3 = 6 entries, got 7", failure(2, 3, new long[7]));
    assertEquals("scores: expected -1 x 0 = 0 entries, got 0", failure(-1, 0, new long[0]));
    assertEquals("scores: expected 0 x -1 = 0 entries, got 0", failure(0, -1, new long[0]));
  }

  @Test
  void scoresMustStayStrictlyInsideTheBound() {
    assertEquals("scores[1][0]: score " + MAX + " is out of range: keep scores within +-" + MAX,
        failure(2, 2, new long[] {0, 1, MAX, 2}));
    assertEquals("scores[0][1]: score " + -MAX + " is out of range: keep scores within +-" + MAX,
        failure(1, 2, new long[] {F, -MAX}));
    int[] edge = AssignmentSolver.maximize(2, 2, new long[] {MAX - 1, -(MAX - 1), 1 - MAX, 0});
    assertArrayEquals(new int[] {0, 1}, edge);
    assertEquals(MAX - 1, AssignmentSolver.total(2, new long[] {MAX - 1, -(MAX - 1), 1 - MAX, 0},
        edge));
  }

  @Test
  void emptyOrFullyForbiddenMatricesAssignNothing() {
    assertArrayEquals(new int[] {-1, -1}, AssignmentSolver.maximize(2, 0, new long[0]));
    assertArrayEquals(new int[0], AssignmentSolver.maximize(0, 3, new long[0]));
    assertArrayEquals(new int[] {-1, -1}, AssignmentSolver.maximize(2, 2, new long[] {F, F, F, F}));
    assertArrayEquals(new int[] {0}, AssignmentSolver.maximize(1, 1, new long[] {-5}));
    assertArrayEquals(new int[] {-1, 0}, AssignmentSolver.maximize(2, 1, new long[] {F, -7}));
    assertEquals(-7, AssignmentSolver.total(1, new long[] {F, -7}, new int[] {-1, 0}));
  }

  @Test
  void oneMorePairAlwaysBeatsAHigherTotal() {
    // row 0 alone could take 100, but then row 1 has no column: two pairs of 1 win
    long[] s = {100, 1, 1, F};
    assertArrayEquals(new int[] {1, 0}, AssignmentSolver.maximize(2, 2, s));
    // three rows, two columns: the best two rows are kept, the third left out
    long[] t = {5, 1, 2, 9, 3, 3};
    int[] got = AssignmentSolver.maximize(3, 2, t);
    assertEquals(14, AssignmentSolver.total(2, t, got));
    assertEquals(1, Arrays.stream(got).filter(j -> j < 0).count());
  }

  @Test
  void aProblemTooLargeOrTooWideForExactCostsIsRejected() {
    int cols = 50_000;
    long[] wide = new long[cols];
    assertEquals("scores: a 50000 x 50000 assignment is too large for a dense solver",
        failure(1, cols, wide));
    long[] spread = new long[2048];
    spread[0] = MAX - 1;
    spread[1] = 1 - MAX;
    assertEquals("scores: score range " + (2 * MAX - 2) + " is too wide for 2048 rows and"
        + " columns: scale the scores down", failure(1, 2048, spread));
    long[] narrower = new long[4];
    narrower[0] = MAX - 1;
    narrower[1] = 1 - MAX;
    assertArrayEquals(new int[] {0}, AssignmentSolver.maximize(1, 4, narrower));
  }

  @Test
  void ownersTakeUpToTheirCapacityEvenWhenItIsHuge() {
    int[] one = CapacitatedAssignment.solve(3, new int[] {Integer.MAX_VALUE}, (i, o) -> i);
    assertArrayEquals(new int[] {0, 0, 0}, one);
    List<String> asked = new ArrayList<>();
    int[] got = CapacitatedAssignment.solve(2, new int[] {0, 1}, (i, o) -> {
      asked.add(i + ":" + o);
      return i;
    });
    assertArrayEquals(new int[] {-1, 1}, got);
    assertEquals(List.of("0:1", "1:1"), asked, "an owner without places is never scored");
    assertArrayEquals(new int[] {1, 0, 1}, CapacitatedAssignment.solve(3, new int[] {1, 2},
        (i, o) -> i == 1 ? (o == 0 ? 10 : 0) : (o == 1 ? 5 : 0)));
    assertArrayEquals(new int[0], CapacitatedAssignment.solve(0, new int[] {2}, (i, o) -> 0));
  }
}
