package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One term of an academic calendar, such as {@code spring 2025}: a name and its days.
 * Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Term implements WithTerm {

  /** @return the term's name, unique within its calendar */
  @Value.Parameter(order = 0)
  public abstract String name();

  /** @return the days of the term */
  @Value.Parameter(order = 1)
  public abstract DateRange dates();

  /**
   * A term.
   *
   * @param name the name
   * @param dates its days
   * @return the term
   */
  public static Term of(String name, DateRange dates) {
    return ImmutableTerm.of(name, dates);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
  }

  @Override
  public String toString() {
    return name() + " (" + dates() + ")";
  }
}
