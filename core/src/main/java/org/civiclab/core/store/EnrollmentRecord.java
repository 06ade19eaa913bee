package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.ProgramId;
import org.immutables.value.Value;

/** An enrolment together with the program and edition it belongs to. Immutable. */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class EnrollmentRecord implements WithEnrollmentRecord {

  /** @return the program */
  @Value.Parameter(order = 0)
  public abstract ProgramId program();

  /** @return the edition */
  @Value.Parameter(order = 1)
  public abstract EditionId edition();

  /** @return the edition's label, such as {@code 2024} */
  @Value.Parameter(order = 2)
  public abstract String editionLabel();

  /** @return the enrolment */
  @Value.Parameter(order = 3)
  public abstract Enrollment enrollment();

  /**
   * @param program the program
   * @param edition the edition
   * @param editionLabel the edition's label
   * @param enrollment the enrolment
   * @return the record
   */
  public static EnrollmentRecord of(ProgramId program, EditionId edition, String editionLabel,
      Enrollment enrollment) {
    return ImmutableEnrollmentRecord.of(program, edition, editionLabel, enrollment);
  }
}
