package org.civiclab.jdbc;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.ProgramId;
import org.immutables.value.Value;

/**
 * A person who completed an edition of a program: one entry of the alumni network, as
 * {@link JdbcProgramStore#alumni()} lists it. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Alumnus implements WithAlumnus {

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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Alumnus} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAlumnus.Builder {
    Builder() {}
  }
}
