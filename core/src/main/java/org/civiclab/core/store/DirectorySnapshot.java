package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;

/**
 * An immutable, in-memory set of people and organisations: what a program's seed data or a
 * loaded directory file provides for validation, scheduling and matching. Thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class DirectorySnapshot implements DirectoryView {
  private final ImmutableSortedMap<PersonId, Person> people;
  private final ImmutableSortedMap<OrganizationId, Organization> organizations;

  private DirectorySnapshot(ImmutableSortedMap<PersonId, Person> people,
      ImmutableSortedMap<OrganizationId, Organization> organizations) {
    this.people = people;
    this.organizations = organizations;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A snapshot of the given people and organisations.
   *
   * @param people the people; ids must be unique
   * @param organizations the organisations; ids must be unique
   * @return the snapshot
   */
  public static DirectorySnapshot of(Collection<Person> people,
      Collection<Organization> organizations) {
    Builder b = builder();
    people.forEach(b::addPerson);
    organizations.forEach(b::addOrganization);
    return b.build();
  }

  @Override
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  @Override
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /** @return every person, by id */
  public ImmutableSortedMap<PersonId, Person> people() {
    return people;
  }

  /** @return every organisation, by id */
  public ImmutableSortedMap<OrganizationId, Organization> organizations() {
    return organizations;
  }

  /**
   * Both snapshots together; on an id in both, {@code other}'s entry wins.
   *
   * @param other another snapshot
   * @return the union
   */
  public DirectorySnapshot merge(DirectorySnapshot other) {
    Builder b = builder();
    java.util.Map<PersonId, Person> p = new java.util.TreeMap<>(people);
    p.putAll(other.people);
    java.util.Map<OrganizationId, Organization> o = new java.util.TreeMap<>(organizations);
    o.putAll(other.organizations);
    p.values().forEach(b::addPerson);
    o.values().forEach(b::addOrganization);
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DirectorySnapshot && people.equals(((DirectorySnapshot) o).people)
        && organizations.equals(((DirectorySnapshot) o).organizations);
  }

  @Override
  public int hashCode() {
    return people.hashCode() * 31 + organizations.hashCode();
  }

  @Override
  public String toString() {
    return "DirectorySnapshot{" + people.size() + " people, " + organizations.size()
        + " organizations}";
  }

  /** Collects people and organisations; rejects an id given twice. Not thread-safe. */
  public static final class Builder {
    private final java.util.Map<PersonId, Person> people = new java.util.HashMap<>();
    private final java.util.Map<OrganizationId, Organization> organizations =
        new java.util.HashMap<>();

    private Builder() {}

    /**
     * @param person a person whose id is not yet in the builder
     * @return this builder
     * @throws org.civiclab.core.InvalidInputException when the id is already there
     */
    public Builder addPerson(Person person) {
      if (people.putIfAbsent(person.id(), person) != null) {
        throw org.civiclab.core.InvalidInputException.of("people", "person id '" + person.id()
            + "' is used twice");
      }
      return this;
    }

    /**
     * @param organization an organisation whose id is not yet in the builder
     * @return this builder
     * @throws org.civiclab.core.InvalidInputException when the id is already there
     */
    public Builder addOrganization(Organization organization) {
      if (organizations.putIfAbsent(organization.id(), organization) != null) {
        throw org.civiclab.core.InvalidInputException.of("organizations",
            "organization id '" + organization.id() + "' is used twice");
      }
      return this;
    }

    /** @return the snapshot */
    public DirectorySnapshot build() {
      return new DirectorySnapshot(ImmutableSortedMap.copyOf(people),
          ImmutableSortedMap.copyOf(organizations));
    }
  }
}
