package org.civiclab.core.matching.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.matching.Exchanges;
import org.civiclab.core.matching.Pairings;

/**
 * Dense rectangular assignment: each row gets at most one column and each column at most one
 * row, with the most pairs first and, among those, the highest total score.
 *
 * <p>This is the engine under {@link Pairings} and {@link Exchanges}; it is public for callers
 * who already hold a score matrix (and for the benchmarks). Scores are integers in a row-major
 * array of {@code rows * cols} entries; a cell holding {@link #FORBIDDEN} can never be used.
 *
 * <p>Method: the matrix is padded to a square with dummy cells, every allowed cell gets a bonus
 * larger than any possible difference of total scores (so one more pair always wins), and the
 * square problem is solved exactly by Jonker-Volgenant shortest augmenting paths, O(n^3) in the
 * worst case. Rows or columns left on dummy or forbidden cells are reported as unassigned.
 *
 * <p>Ties: the result is a pure function of the matrix. Callers that want it independent of the
 * order of their input sort rows and columns first (as {@link Pairings} does, by id).
 * Stateless and thread-safe.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AssignmentSolver {

  /** Marks a cell that must not be used. */
  public static final long FORBIDDEN = Long.MIN_VALUE;

  /** Scores must lie strictly between minus and plus this bound. */
  public static final long MAX_ABS_SCORE = 1L << 40;

  private AssignmentSolver() {}

  /**
   * Finds a maximum-cardinality assignment of maximum total score.
   *
   * @param rows number of rows, at least 0
   * @param cols number of columns, at least 0
   * @param scores row-major scores, {@code rows * cols} entries; {@link #FORBIDDEN} for cells
   *     that must not be used
   * @return for each row its column, or -1 when the row stays unassigned
   * @throws InvalidInputException when the array has the wrong length or a score is out of
   *     range ({@link #MAX_ABS_SCORE}), or the problem is too large for exact integer scores
   */
  public static int[] maximize(int rows, int cols, long[] scores) {
    if (rows < 0 || cols < 0 || (long) rows * cols != scores.length) {
      throw InvalidInputException.of("scores", "expected " + rows + " x " + cols
          + " = " + ((long) rows * cols) + " entries, got " + scores.length);
    }
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (rows == 0 || cols == 0) {
      return result;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int k = 0; k < scores.length; k++) {
      long s = scores[k];
      if (s == FORBIDDEN) {
        continue;
      }
      if (s <= -MAX_ABS_SCORE || s >= MAX_ABS_SCORE) {
        throw InvalidInputException.of("scores[" + (k / cols) + "][" + (k % cols) + "]",
            "score " + s + " is out of range: keep scores within +-" + MAX_ABS_SCORE);
      }
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    if (min > max) {
      return result; // every cell forbidden
    }
    int n = Math.max(rows, cols);
    if ((long) n * n > Integer.MAX_VALUE - 8) {
      throw InvalidInputException.of("scores", "a " + n + " x " + n
          + " assignment is too large for a dense solver");
    }
    long range = max - min;
    long bonus;
    long top;
    try {
      // one more pair must outweigh any difference of score totals over at most n pairs
      bonus = Math.addExact(Math.multiplyExact(n, range), 1);
      top = Math.addExact(bonus, range);
      // path lengths in the solver stay within n * top; keep a safety margin
      Math.multiplyExact(Math.multiplyExact(top, n), 4L);
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("scores", "score range " + range + " is too wide for "
          + n + " rows and columns: scale the scores down");
    }
    long[] cost = new long[n * n];
    Arrays.fill(cost, top); // dummy and forbidden cells: weight 0
    for (int i = 0; i < rows; i++) {
      int src = i * cols;
      int dst = i * n;
      for (int j = 0; j < cols; j++) {
        long s = scores[src + j];
        if (s != FORBIDDEN) {
          cost[dst + j] = top - (bonus + (s - min)); // = range - (s - min), in [0, range]
        }
      }
    }
    int[] sol = Lapjv.solve(cost, n);
    for (int i = 0; i < rows; i++) {
      int j = sol[i];
      if (j < cols && scores[i * cols + j] != FORBIDDEN) {
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * The total score of an assignment.
   *
   * @param cols number of columns of the matrix
   * @param scores the row-major scores
   * @param assignment for each row its column or -1
   * @return the sum of the scores of the assigned cells
   */
  public static long total(int cols, long[] scores, int[] assignment) {
    long sum = 0;
    for (int i = 0; i < assignment.length; i++) {
      if (assignment[i] >= 0) {
        sum += scores[i * cols + assignment[i]];
      }
    }
    return sum;
  }
}
