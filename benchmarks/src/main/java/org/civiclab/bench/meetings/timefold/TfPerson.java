package org.civiclab.bench.meetings.timefold;

/** A person of the instance. */
public final class TfPerson {
  final String id;

  TfPerson(String id) {
    this.id = id;
  }

  @Override
  public String toString() {
    return id;
  }
}
