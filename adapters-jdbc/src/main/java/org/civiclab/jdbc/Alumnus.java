package org.civiclab.jdbc;

import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.ProgramId;
import org.immutables.value.Value;

/**
 * A person who completed an edition of a program: one entry of the alumni network, as
 * {@link JdbcProgramStore#alumni()} lists it. Immutable.
 */
@Value.Immutable
public abstract class Alumnus {

  /** @return who */
  public abstract PersonId person();

  /** @return the program */
  public abstract ProgramId program();

  /** @return the completed edition */
  public abstract EditionId edition();

  /** @return the edition's label, such as {@code 2024/0} */
  public abstract String editionLabel();

  /** @return the year the edition started */
  public abstract int year();

  /** @return a fresh builder */
  public static ImmutableAlumnus.Builder builder() {
    return ImmutableAlumnus.builder();
  }
}
