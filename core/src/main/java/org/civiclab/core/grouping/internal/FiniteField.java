package org.civiclab.core.grouping.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The finite field GF(p^k) with elements 0..q-1, each the base-p digits of a polynomial's
 * coefficients; multiplication is modulo a monic irreducible polynomial of degree k, found by
 * trying each in turn until every non-zero element has an inverse. Built for q up to 256.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FiniteField {
  private final int q;
  private final int p;
  private final int[][] add;
  private final int[][] mul;

  private FiniteField(int q, int p, int[][] add, int[][] mul) {
    this.q = q;
    this.p = p;
    this.add = add;
    this.mul = mul;
  }

  /**
   * The prime whose power q is.
   *
   * @param q a number
   * @return the prime p with q = p^k for some k &ge; 1, or empty
   */
  public static OptionalInt primeOf(int q) {
    if (q < 2) {
      return OptionalInt.empty();
    }
    int p = 2;
    while (q % p != 0) {
      p++;
    }
    int r = q;
    while (r % p == 0) {
      r /= p;
    }
    return r == 1 ? OptionalInt.of(p) : OptionalInt.empty();
  }

  /**
   * Builds GF(q).
   *
   * @param q a prime power up to 256
   * @return the field
   */
  public static FiniteField of(int q) {
    int p = primeOf(q).orElseThrow(() -> new IllegalArgumentException(q + " is no prime power"));
    if (q > 256) {
      throw new IllegalArgumentException("fields up to 256 elements, got " + q);
    }
    int k = 0;
    for (int r = q; r > 1; r /= p) {
      k++;
    }
    int[][] add = new int[q][q];
    for (int a = 0; a < q; a++) {
      for (int b = 0; b < q; b++) {
        int s = 0;
        int place = 1;
        for (int x = a, y = b, i = 0; i < k; i++, x /= p, y /= p, place *= p) {
          s += ((x % p + y % p) % p) * place;
        }
        add[a][b] = s;
      }
    }
    // candidate moduli: x^k + (lower coefficients c), c in 0..q-1
    for (int c = 0; c < q; c++) {
      int[][] mul = table(q, p, k, c);
      if (isField(mul, q)) {
        return new FiniteField(q, p, add, mul);
      }
    }
    throw new IllegalStateException("no irreducible polynomial of degree " + k + " over GF(" + p
        + ")");
  }

  private static int[][] table(int q, int p, int k, int lower) {
    int[] mod = digits(lower, p, k);
    int[][] mul = new int[q][q];
    for (int a = 0; a < q; a++) {
      int[] da = digits(a, p, k);
      for (int b = 0; b < q; b++) {
        int[] db = digits(b, p, k);
        int[] prod = new int[2 * k];
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            prod[i + j] = (prod[i + j] + da[i] * db[j]) % p;
          }
        }
        // reduce: x^k = -(lower), from the top degree down
        for (int d = 2 * k - 1; d >= k; d--) {
          int t = prod[d];
          if (t != 0) {
            prod[d] = 0;
            for (int i = 0; i < k; i++) {
              prod[d - k + i] = ((prod[d - k + i] - t * mod[i]) % p + p) % p;
            }
          }
        }
        int v = 0;
        for (int i = k - 1; i >= 0; i--) {
          v = v * p + prod[i];
        }
        mul[a][b] = v;
      }
    }
    return mul;
  }

  private static int[] digits(int v, int p, int k) {
    int[] d = new int[k];
    for (int i = 0; i < k; i++, v /= p) {
      d[i] = v % p;
    }
    return d;
  }

  private static boolean isField(int[][] mul, int q) {
    for (int a = 1; a < q; a++) {
      boolean inverse = false;
      for (int b = 1; b < q && !inverse; b++) {
        inverse = mul[a][b] == 1;
      }
      if (!inverse) {
        return false;
      }
    }
    return true;
  }

  /** @return the number of elements */
  public int size() {
    return q;
  }

  /** @return the characteristic */
  public int characteristic() {
    return p;
  }

  /**
   * @param a an element
   * @param b an element
   * @return a + b
   */
  public int plus(int a, int b) {
    return add[a][b];
  }

  /**
   * @param a an element
   * @param b an element
   * @return a &middot; b
   */
  public int times(int a, int b) {
    return mul[a][b];
  }
}
