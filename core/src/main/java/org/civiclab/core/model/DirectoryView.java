package org.civiclab.core.model;

import java.util.Optional;

/**
 * Looks up people and organisations by id: what validation and scheduling need of a
 * {@link Directory}. {@link DirectorySnapshot} is an in-memory one.
 */
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
