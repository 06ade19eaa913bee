package org.civiclab.bench.meetings.timefold;

/** A meeting: its length and how many seats it needs. */
public final class TfMeeting {
  final int index;
  final int duration;
  final int need;

  TfMeeting(int index, int duration, int need) {
    this.index = index;
    this.duration = duration;
    this.need = need;
  }

  @Override
  public String toString() {
    return "meeting " + index;
  }
}
