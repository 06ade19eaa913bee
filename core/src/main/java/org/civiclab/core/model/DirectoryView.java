package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Looks up people and organisations by id: what validation and scheduling need of a
 * {@link org.civiclab.core.store.Directory}. {@link org.civiclab.core.store.DirectorySnapshot}
 * is an in-memory one.
 */
@API(status = STABLE, since = "0.1.0")
public interface DirectoryView {

  /**
   * @param id a person's id
   * @return the person, or empty when unknown
   */
  Optional<Person> person(PersonId id);

  /**
   * @param id an organisation's id
   * @return the organisation, or empty when unknown
   */
  Optional<Organization> organization(OrganizationId id);
}
