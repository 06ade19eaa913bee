package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An organisation: a ministry, agency, municipality, NGO, company, newspaper or university.
 *
 * <p>Organisations are their own aggregate, like people, and programs refer to them by
 * {@link OrganizationId}: as organiser, funder, host of a study visit or internship, partner
 * of a follow-up action, or represented sector at a reflection meeting. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Organization implements WithOrganization {

  /** @return the organisation's id */
  public abstract OrganizationId id();

  /** @return the name, in the languages the organisation uses */
  public abstract LocalizedText name();

  /** @return the sector it belongs to */
  public abstract Sector sector();

  /** @return the ISO 3166 alpha-2 country of its seat */
  public abstract String country();

  /** @return the city of its seat, if known */
  public abstract Optional<String> city();

  /** @return the organisation it is part of, such as a ministry's department, if any */
  public abstract Optional<OrganizationId> parent();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Organization} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.country(country(), "country");
    city().ifPresent(v -> {
      if (c.text(v, "city")) {
        c.require(!v.isBlank(), "city", "must not be blank when given");
      }
    });
    c.require(!parent().equals(Optional.of(id())), "parent",
        "an organisation cannot be its own parent (" + id() + ")");
    c.done();
  }
}
