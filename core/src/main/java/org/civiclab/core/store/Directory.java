package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;

/**
 * Keeps people and organisations, which outlive programs.
 *
 * <p>Writes replace whole entries by id (last writer wins: directory entries are not
 * versioned) and a batch is all or nothing. Implementations are safe for use by several
 * threads.
 */
@API(status = STABLE, since = "0.1.0")
public interface Directory extends DirectoryView {

  /**
   * Adds or replaces people, all or none.
   *
   * @param people the people
   * @throws StoreException when the store cannot be written; nothing is written
   */
  void putPeople(Collection<Person> people);

  /**
   * Adds or replaces organisations, all or none.
   *
   * @param organizations the organisations
   * @throws StoreException when the store cannot be written; nothing is written
   */
  void putOrganizations(Collection<Organization> organizations);

  /**
   * Adds or replaces the snapshot's organisations and people, all or none: one transaction
   * (or one file replacement) for the whole snapshot, so that a failure part way leaves the
   * directory as it was. This is how a whole directory document is imported; two separate
   * {@link #putOrganizations} and {@link #putPeople} calls could leave the organisations
   * stored without their people.
   *
   * @param snapshot the organisations and people; an empty snapshot changes nothing
   * @throws StoreException when the store cannot be written; nothing is written
   */
  void put(DirectorySnapshot snapshot);

  /**
   * Removes a person; no-op when absent.
   *
   * @param id the person's id
   */
  void removePerson(PersonId id);

  /**
   * Removes an organisation; no-op when absent.
   *
   * @param id the organisation's id
   */
  void removeOrganization(OrganizationId id);

  /**
   * Visits every person in id order without holding them all in memory.
   *
   * @param visitor called once per person
   */
  void forEachPerson(Consumer<Person> visitor);

  /** @return every organisation, in id order */
  ImmutableList<Organization> organizations();

  /**
   * People matching a query, in id order.
   *
   * @param query the filters
   * @return the people
   */
  ImmutableList<Person> findPeople(PersonQuery query);

  /** @return how many people are stored */
  long countPeople();

  /** @return a point-in-time copy of the whole directory */
  default DirectorySnapshot snapshot() {
    DirectorySnapshot.Builder b = DirectorySnapshot.builder();
    forEachPerson(b::addPerson);
    organizations().forEach(b::addOrganization);
    return b.build();
  }
}
