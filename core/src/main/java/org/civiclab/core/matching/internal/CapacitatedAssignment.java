package org.civiclab.core.matching.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Assignment of rows to owners that each take up to a capacity: every owner's column is
 * replicated once per place (never more often than there are rows) and the exact
 * {@link AssignmentSolver} is run on the widened matrix.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CapacitatedAssignment {

  /** Scores one row against one owner, or {@link AssignmentSolver#FORBIDDEN}. */
  @FunctionalInterface
  public interface Scores {
    long score(int row, int owner);
  }

  private CapacitatedAssignment() {}

  /**
   * @param rows the number of rows
   * @param capacity each owner's capacity, at least 0
   * @param scores the score of a row with an owner
   * @return for each row its owner, or -1
   */
  public static int[] solve(int rows, int[] capacity, Scores scores) {
    int cols = 0;
    for (int c : capacity) {
      cols += Math.min(c, rows);
    }
    int[] owner = new int[cols];
    for (int o = 0, j = 0; o < capacity.length; o++) {
      for (int k = 0; k < Math.min(capacity[o], rows); k++) {
        owner[j++] = o;
      }
    }
    long[] matrix = new long[Math.multiplyExact(rows, cols)];
    long[] perOwner = new long[capacity.length];
    for (int i = 0; i < rows; i++) {
      for (int o = 0; o < capacity.length; o++) {
        perOwner[o] = capacity[o] == 0 ? AssignmentSolver.FORBIDDEN : scores.score(i, o);
      }
      for (int j = 0; j < cols; j++) {
        matrix[i * cols + j] = perOwner[owner[j]];
      }
    }
    int[] assignment = AssignmentSolver.maximize(rows, cols, matrix);
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    for (int i = 0; i < rows; i++) {
      if (assignment[i] >= 0) {
        result[i] = owner[assignment[i]];
      }
    }
    return result;
  }
}
