package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The penalty and the sentence of a rule about one demand at a start and a location. */
@API(status = INTERNAL, since = "0.1.0")
public interface UnaryScorer {
  long penalty(int d, int s, int l);

  String message(int d, int s, int l);
}
