package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who mentors whom in a pairing. */
@API(status = STABLE, since = "0.1.0")
public enum PairingDirection {
  /** The more senior person mentors the junior one. */
  CONVENTIONAL,
  /** The junior person (for example a student) mentors the senior one. */
  REVERSE,
  /** Peers mentor each other. */
  PEER
}
