package org.civiclab.core.model;

/** Who mentors whom in a pairing. */
public enum PairingDirection {
  /** The more senior person mentors the junior one. */
  CONVENTIONAL,
  /** The junior person (for example a student) mentors the senior one. */
  REVERSE,
  /** Peers mentor each other. */
  PEER
}
