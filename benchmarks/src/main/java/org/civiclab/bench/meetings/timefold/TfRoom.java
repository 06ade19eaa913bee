package org.civiclab.bench.meetings.timefold;

/** A room with its capacity. */
public final class TfRoom {
  final int index;
  final int capacity;

  TfRoom(int index, int capacity) {
    this.index = index;
    this.capacity = capacity;
  }

  /** @return the capacity */
  public int capacity() {
    return capacity;
  }

  @Override
  public String toString() {
    return "room " + index;
  }
}
