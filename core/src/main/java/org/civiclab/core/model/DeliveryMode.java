package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an event takes place. */
@API(status = STABLE, since = "0.1.0")
public enum DeliveryMode {
  /** Online only, through a link. */
  ONLINE,
  /** In person at a venue. */
  ON_SITE,
  /** At a venue with online participation. */
  HYBRID
}
