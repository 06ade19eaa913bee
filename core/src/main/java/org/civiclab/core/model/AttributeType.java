package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The type of a custom person attribute declared by an {@link AttributeSchema}. */
@API(status = STABLE, since = "0.1.0")
public enum AttributeType {
  /** Free text. */
  TEXT,
  /** A decimal number, written as {@code 12} or {@code 3.5}. */
  NUMBER,
  /** An ISO date such as {@code 2024-03-01}. */
  DATE,
  /** One of the choices the definition lists. */
  CHOICE
}
