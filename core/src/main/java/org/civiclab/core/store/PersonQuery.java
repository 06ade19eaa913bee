package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Sector;
import org.immutables.value.Value;

/**
 * Filters for {@link Directory#findPeople}: country, sector of the person's organisation,
 * organisation. Absent filters do not restrict. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class PersonQuery implements WithPersonQuery {

  /** @return the ISO country code the person works in */
  public abstract Optional<String> country();

  /** @return the sector of the person's organisation */
  public abstract Optional<Sector> sector();

  /** @return the person's organisation */
  public abstract Optional<OrganizationId> organization();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code PersonQuery} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePersonQuery.Builder {
    Builder() {}
  }

  /** @return a query that matches everybody */
  public static PersonQuery all() {
    return builder().build();
  }

  /**
   * Whether a person matches, given a way to look up organisations.
   *
   * @param person the person
   * @param organizations looks up an organisation by id; may return {@code null} for unknown
   * @return true when every present filter holds
   */
  public boolean matches(Person person, Function<OrganizationId, Organization> organizations) {
    if (country().isPresent() && !country().get().equals(person.country())) {
      return false;
    }
    if (organization().isPresent() && !person.organization().equals(organization())) {
      return false;
    }
    if (sector().isPresent()) {
      Organization org = person.organization().map(organizations).orElse(null);
      return org != null && org.sector() == sector().get();
    }
    return true;
  }
}
