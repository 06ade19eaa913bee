package org.civiclab.core.scheduling.internal;

/** The penalty and the sentence of a rule about one demand at a start and a location. */
public interface UnaryScorer {
  long penalty(int d, int s, int l);

  String message(int d, int s, int l);
}
