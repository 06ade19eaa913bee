package org.civiclab.bench.matching;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.matching.internal.AssignmentSolver;

/**
 * {@code pairing --n N [--seed S]}: optimal assignment of N mentees to N mentors with dense
 * random scores (integers 0..999), against a greedy baseline on the same matrix.
 *
 * <p>Prints {@code pairing n=N ms=T score=S greedy-score=G}. T is the wall time of the exact
 * solve only (matrix already built), measured after one warm-up solve of a smaller instance in
 * the same JVM. The greedy baseline sorts all pairs by score, highest first, and takes each pair
 * whose two sides are still free.
 */
public final class PairingCommand implements BenchCommand {
  private static final String USAGE = "pairing --n N [--seed S]";

  @Override
  public int run(String[] args) {
    Args a = new Args(args, USAGE, "n", "seed");
    long n = a.get("n", 1000);
    long seed = a.get("seed", 42);
    if (n < 1 || n > 20_000) {
      throw new IllegalArgumentException("--n must be between 1 and 20000, got " + n);
    }
    int size = (int) n;
    long[] warmUp = scores(Math.min(size, 1000), seed + 1);
    AssignmentSolver.maximize(Math.min(size, 1000), Math.min(size, 1000), warmUp);

    long[] scores = scores(size, seed);
    long start = System.nanoTime();
    int[] assignment = AssignmentSolver.maximize(size, size, scores);
    long ms = (System.nanoTime() - start) / 1_000_000;
    long score = AssignmentSolver.total(size, scores, assignment);
    long greedy = greedy(size, scores);
    System.out.println("pairing n=" + size + " ms=" + ms + " score=" + score
        + " greedy-score=" + greedy);
    return 0;
  }

  static long[] scores(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] s = new long[n * n];
    for (int k = 0; k < s.length; k++) {
      s[k] = random.nextInt(1000);
    }
    return s;
  }

  /** Highest score first, ties by cell index; takes each pair whose row and column are free. */
  static long greedy(int n, long[] scores) {
    long cells = (long) n * n;
    long[] keys = new long[n * n];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = scores[k] * cells + (cells - 1 - k);
    }
    Arrays.sort(keys);
    boolean[] rowUsed = new boolean[n];
    boolean[] colUsed = new boolean[n];
    long total = 0;
    int pairs = 0;
    for (int x = keys.length - 1; x >= 0 && pairs < n; x--) {
      int k = (int) (cells - 1 - keys[x] % cells);
      int i = k / n;
      int j = k % n;
      if (!rowUsed[i] && !colUsed[j]) {
        rowUsed[i] = true;
        colUsed[j] = true;
        total += scores[k];
        pairs++;
      }
    }
    return total;
  }
}
