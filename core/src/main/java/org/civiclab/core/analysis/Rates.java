package org.civiclab.core.analysis;

/** Division for rate cells: a ratio, or the empty cell when there is no denominator. */
final class Rates {
  private Rates() {}

  static Object of(long part, long whole) {
    return whole == 0 ? "" : (double) part / whole;
  }
}
