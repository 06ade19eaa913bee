package org.civiclab.core.grouping.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The affine plane AG(2, q): q&sup2; points (x, y) over GF(q), numbered x &middot; q + y, and
 * q + 1 parallel classes of q lines of q points each. Any two points share exactly one line,
 * so taking one class per round, no two people share a group twice in up to q + 1 rounds.
 * Class m &lt; q holds the lines y = m &middot; x + b; class q the lines x = c.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AffinePlane {
  private AffinePlane() {}

  /**
   * The line of each point in one parallel class.
   *
   * @param field GF(q)
   * @param parallelClass 0..q
   * @return for each point (x &middot; q + y) the number of its line, 0..q-1
   */
  public static int[] lines(FiniteField field, int parallelClass) {
    int q = field.size();
    int[] line = new int[q * q];
    for (int x = 0; x < q; x++) {
      for (int y = 0; y < q; y++) {
        int b;
        if (parallelClass == q) {
          b = x;
        } else {
          // y = m x + b, so b = y - m x; in GF(p^k), -v is found by search of v + w = 0
          int mx = field.times(parallelClass, x);
          b = minus(field, y, mx);
        }
        line[x * q + y] = b;
      }
    }
    return line;
  }

  private static int minus(FiniteField f, int a, int b) {
    for (int w = 0; w < f.size(); w++) {
      if (f.plus(b, w) == a) {
        return w;
      }
    }
    throw new IllegalStateException("no difference in a field");
  }
}
