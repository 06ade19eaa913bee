package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an indicator sits in the chain from activities to change. */
@API(status = STABLE, since = "0.1.0")
public enum IndicatorLevel {
  /** What the program delivers: people trained, sessions held. */
  OUTPUT,
  /** What changes for participants: completion, satisfaction, learning. */
  OUTCOME,
  /** The longer-term change the program contributes to. */
  IMPACT
}
