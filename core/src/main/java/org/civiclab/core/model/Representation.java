package org.civiclab.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An organisation represented at a reflection meeting, with its sector. Immutable. */
@Value.Immutable
public abstract class Representation {

  /** @return the organisation */
  public abstract OrganizationId organization();

  /** @return the sector it speaks for */
  public abstract Sector sector();

  /** @return the person who came, if known */
  public abstract Optional<PersonId> person();

  /** @return a fresh builder */
  public static ImmutableRepresentation.Builder builder() {
    return ImmutableRepresentation.builder();
  }
}
