package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;

/**
 * Keeps program aggregates, each under a version for optimistic locking.
 *
 * <p>A save writes the whole aggregate or nothing. Implementations are safe for use by several
 * threads; two writers that read the same version race, and exactly one wins.
 *
 * <p>The query methods have default implementations that read every program; adapters that
 * can answer them directly (a database) override them.
 */
@API(status = STABLE, since = "0.1.0")
public interface ProgramStore {

  /**
   * Reads a program.
   *
   * @param id the program's id
   * @return the program with its version, or empty when there is none
   * @throws StoreException when the store cannot be read
   */
  Optional<Versioned<Program>> find(ProgramId id);

  /**
   * Saves a program.
   *
   * @param program the program, whole
   * @param expectedVersion the version the caller read, or {@link Versioned#NEW} for a program
   *     that must not exist yet
   * @return the program with its new version ({@code expectedVersion + 1})
   * @throws ConcurrentUpdateException when the stored version is not the expected one; nothing
   *     is written
   * @throws StoreException when the store cannot be written; nothing is written
   */
  Versioned<Program> save(Program program, long expectedVersion);

  /**
   * Saves a program whether or not one with its id is stored: as new when there is none,
   * otherwise over the stored one, whatever its version.
   *
   * <p>The default reads the stored version and saves under it, so a writer that changes the
   * program between that read and the save makes this call fail rather than be overwritten
   * unseen. Callers that must not replace use {@link #save} with {@link Versioned#NEW}.
   *
   * @param program the program, whole
   * @return the program with its new version: 1 when no program with its id was stored, more
   *     when a stored one was replaced
   * @throws ConcurrentUpdateException when another writer saved or deleted the program after
   *     the stored version was read; nothing is written
   * @throws StoreException when the store cannot be read or written; nothing is written
   */
  default Versioned<Program> saveOrReplace(Program program) {
    long stored = find(program.id()).map(Versioned::version).orElse(Versioned.NEW);
    return save(program, stored);
  }

  /**
   * Deletes a program.
   *
   * @param id the program's id
   * @param expectedVersion the version the caller read
   * @throws ConcurrentUpdateException when the stored version is not the expected one (0 when
   *     the program does not exist)
   * @throws StoreException when the store cannot be written
   */
  void delete(ProgramId id, long expectedVersion);

  /**
   * @return the ids of every stored program, in id order
   * @throws StoreException when the store cannot be read
   */
  ImmutableList<ProgramId> ids();

  /**
   * Every enrolment with a given status, across programs and editions.
   *
   * @param status the status, such as {@link EnrollmentStatus#COMPLETED}
   * @return the enrolments with where they belong, ordered by program, edition, sequence
   * @throws StoreException when the store cannot be read
   */
  default ImmutableList<EnrollmentRecord> enrollments(EnrollmentStatus status) {
    ImmutableList.Builder<EnrollmentRecord> out = ImmutableList.builder();
    for (ProgramId id : ids()) {
      find(id).ifPresent(v -> {
        for (Edition e : v.value().editions()) {
          e.enrollments().stream().filter(x -> x.status() == status)
              .sorted(java.util.Comparator.comparingLong(x -> x.sequence()))
              .forEach(x -> out.add(EnrollmentRecord.of(id, e.id(), e.label(), x)));
        }
      });
    }
    return out.build();
  }

  /**
   * The alumni network: every completed enrolment across programs and editions, as the model
   * defines it in {@link Alumnus#of(Iterable)}; a store that answers it another way (in SQL)
   * gives the same list.
   *
   * @return one entry per person and completed edition, in the order of
   *     {@link Alumnus#of(Iterable)}: person id, the edition's first day, program id, edition
   * @throws StoreException when the store cannot be read
   */
  default ImmutableList<Alumnus> alumni() {
    java.util.List<Program> programs = new java.util.ArrayList<>();
    for (ProgramId id : ids()) {
      find(id).ifPresent(v -> programs.add(v.value()));
    }
    return Alumnus.of(programs);
  }
}
