package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.ZoneId;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A place where on-site events happen: a lecture hall, a municipal office receiving a study
 * visit, a community hall in a village. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Venue implements WithVenue {

  /** @return the venue's id */
  public abstract VenueId id();

  /** @return the venue's name */
  public abstract String name();

  /** @return the city or village */
  public abstract String city();

  /** @return the ISO 3166 alpha-2 country */
  public abstract String country();

  /** @return the zone of the venue's local times */
  public abstract ZoneId zone();

  /** @return how many people it seats, at least 1 */
  public abstract int capacity();

  /** @return the organisation that owns or hosts it, if any */
  public abstract Optional<OrganizationId> organization();

  /**
   * @return when the venue is open (its days, hours and closed breaks), held besides the
   *     program's or module's day; empty: whenever they are
   */
  public abstract Optional<org.civiclab.core.time.DayShape> dayShape();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Venue} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableVenue.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(name(), "name");
    c.visibleText(city(), "city");
    c.country(country(), "country");
    c.require(capacity() >= 1, "capacity", "capacity " + capacity() + " must be at least 1");
    c.done();
  }
}
