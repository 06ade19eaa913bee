package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** An organisation represented at a reflection meeting, with its sector. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Representation implements WithRepresentation {

  /** @return the organisation */
  public abstract OrganizationId organization();

  /** @return the sector it speaks for */
  public abstract Sector sector();

  /** @return the person who came, if known */
  public abstract Optional<PersonId> person();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Representation} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableRepresentation.Builder {
    Builder() {}
  }
}
