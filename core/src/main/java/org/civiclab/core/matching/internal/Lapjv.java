package org.civiclab.core.matching.internal;

/**
 * Jonker-Volgenant shortest augmenting path solver for the square linear assignment problem,
 * minimising total cost on a dense row-major {@code long} matrix.
 *
 * <p>Phases: column reduction, reduction transfer, two rounds of augmenting row reduction, then
 * one Dijkstra-like augmentation per row still free. Worst case O(n^3); on dense random costs
 * most rows are settled by the cheap first phases. Deterministic: every scan goes in index order
 * and ties keep the earlier (or, in the column reduction, the later) index.
 */
final class Lapjv {
  private Lapjv() {}

  /**
   * Solves the square problem.
   *
   * @param cost row-major costs, {@code n * n} entries, each at least 0
   * @param n the side of the matrix
   * @return for each row its column
   */
  static int[] solve(long[] cost, int n) {
    int[] rowSol = new int[n];
    int[] colSol = new int[n];
    long[] v = new long[n];
    if (n == 0) {
      return rowSol;
    }
    if (n == 1) {
      return rowSol;
    }
    int[] free = new int[n];
    int numFree = columnReduction(cost, n, rowSol, colSol, v, free);
    for (int round = 0; round < 2 && numFree > 0; round++) {
      numFree = augmentingRowReduction(cost, n, rowSol, colSol, v, free, numFree);
    }
    augment(cost, n, rowSol, colSol, v, free, numFree);
    return rowSol;
  }

  /** Column reduction and reduction transfer; returns the number of free rows in {@code free}. */
  private static int columnReduction(long[] c, int n, int[] rowSol, int[] colSol, long[] v,
      int[] free) {
    int[] matches = new int[n];
    for (int j = n - 1; j >= 0; j--) {
      long min = c[j];
      int iMin = 0;
      for (int i = 1, idx = n + j; i < n; i++, idx += n) {
        if (c[idx] < min) {
          min = c[idx];
          iMin = i;
        }
      }
      v[j] = min;
      if (++matches[iMin] == 1) {
        rowSol[iMin] = j;
        colSol[j] = iMin;
      } else if (v[j] < v[rowSol[iMin]]) {
        int j1 = rowSol[iMin];
        rowSol[iMin] = j;
        colSol[j] = iMin;
        colSol[j1] = -1;
      } else {
        colSol[j] = -1;
      }
    }
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      if (matches[i] == 0) {
        free[numFree++] = i;
      } else if (matches[i] == 1) {
        int j1 = rowSol[i];
        long min = Long.MAX_VALUE;
        int base = i * n;
        for (int j = 0; j < n; j++) {
          if (j != j1) {
            long h = c[base + j] - v[j];
            if (h < min) {
              min = h;
            }
          }
        }
        v[j1] -= min;
      }
    }
    return numFree;
  }

  private static int augmentingRowReduction(long[] c, int n, int[] rowSol, int[] colSol,
      long[] v, int[] free, int prevNumFree) {
    int k = 0;
    int numFree = 0;
    while (k < prevNumFree) {
      int i = free[k++];
      int base = i * n;
      long uMin = c[base] - v[0];
      int j1 = 0;
      int j2 = -1;
      long uSubMin = Long.MAX_VALUE;
      for (int j = 1; j < n; j++) {
        long h = c[base + j] - v[j];
        if (h < uSubMin) {
          if (h >= uMin) {
            uSubMin = h;
            j2 = j;
          } else {
            uSubMin = uMin;
            uMin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int i0 = colSol[j1];
      if (uMin < uSubMin) {
        v[j1] -= uSubMin - uMin;
      } else if (i0 >= 0) {
        j1 = j2;
        i0 = colSol[j2];
      }
      rowSol[i] = j1;
      colSol[j1] = i;
      if (i0 >= 0) {
        if (uMin < uSubMin) {
          free[--k] = i0;
        } else {
          free[numFree++] = i0;
        }
      }
    }
    return numFree;
  }

  private static void augment(long[] c, int n, int[] rowSol, int[] colSol, long[] v, int[] free,
      int numFree) {
    long[] d = new long[n];
    int[] pred = new int[n];
    int[] colList = new int[n];
    for (int f = 0; f < numFree; f++) {
      int freeRow = free[f];
      int base = freeRow * n;
      for (int j = 0; j < n; j++) {
        d[j] = c[base + j] - v[j];
        pred[j] = freeRow;
        colList[j] = j;
      }
      int low = 0;
      int up = 0;
      int last = 0;
      int endOfPath = -1;
      long min = 0;
      boolean found = false;
      do {
        if (up == low) {
          last = low - 1;
          min = d[colList[up++]];
          for (int k = up; k < n; k++) {
            int j = colList[k];
            long h = d[j];
            if (h <= min) {
              if (h < min) {
                up = low;
                min = h;
              }
              colList[k] = colList[up];
              colList[up++] = j;
            }
          }
          for (int k = low; k < up; k++) {
            if (colSol[colList[k]] < 0) {
              endOfPath = colList[k];
              found = true;
              break;
            }
          }
        }
        if (!found) {
          int j1 = colList[low++];
          int i = colSol[j1];
          int rowBase = i * n;
          long h = c[rowBase + j1] - v[j1] - min;
          for (int k = up; k < n; k++) {
            int j = colList[k];
            long v2 = c[rowBase + j] - v[j] - h;
            if (v2 < d[j]) {
              pred[j] = i;
              if (v2 == min) {
                if (colSol[j] < 0) {
                  endOfPath = j;
                  found = true;
                  break;
                }
                colList[k] = colList[up];
                colList[up++] = j;
              }
              d[j] = v2;
            }
          }
        }
      } while (!found);
      for (int k = 0; k <= last; k++) {
        int j1 = colList[k];
        v[j1] += d[j1] - min;
      }
      int i;
      do {
        i = pred[endOfPath];
        colSol[endOfPath] = i;
        int j1 = endOfPath;
        endOfPath = rowSol[i];
        rowSol[i] = j1;
      } while (i != freeRow);
    }
  }
}
