package org.civiclab.core.model;

/** Where an event takes place. */
public enum DeliveryMode {
  /** Online only, through a link. */
  ONLINE,
  /** In person at a venue. */
  ON_SITE,
  /** At a venue with online participation. */
  HYBRID
}
