package org.civiclab.jdbc;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.store.EnrollmentRecord;
import org.civiclab.core.store.ProgramStore;

/**
 * A {@link ProgramStore} in a relational database, answering the research queries in SQL
 * without loading whole programs.
 *
 * <p>Obtain one from {@link JdbcStores#programs()}. Thread-safe: every call takes its own
 * connection from the data source.
 */
@API(status = STABLE, since = "0.1.0")
public interface JdbcProgramStore extends ProgramStore {

  /**
   * Every enrolment with a given status, read from the enrolment table in one query.
   *
   * @param status the status
   * @return the enrolments ordered by program id, edition (in the program's order), sequence
   * @throws org.civiclab.core.StoreException when the database cannot be read
   */
  @Override
  ImmutableList<EnrollmentRecord> enrollments(EnrollmentStatus status);

  /**
   * The alumni network, read from the enrolment and edition tables in one query; the same
   * list as {@link Alumnus#of(Iterable)} gives for the stored programs.
   *
   * @return one entry per person and completed edition, ordered by person id, then the
   *     edition's first day, program id and edition
   * @throws org.civiclab.core.StoreException when the database cannot be read
   */
  @Override
  ImmutableList<Alumnus> alumni();
}
