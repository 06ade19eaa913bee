package org.civiclab.bench.meetings.timefold;

/** A time grain: its index and day. */
public final class TfGrain {
  final int index;
  final int day;

  TfGrain(int index, int day) {
    this.index = index;
    this.day = day;
  }

  /** @return the grain index */
  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return "grain " + index;
  }
}
