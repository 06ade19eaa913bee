package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A stratum: the applicants whose attribute has one value, such as {@code gender=woman} or
 * {@code country=GE}. Attribute names are those of
 * {@link org.civiclab.core.model.PersonAttributes}. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Stratum implements WithStratum, Comparable<Stratum> {

  /** @return the attribute's name */
  @Value.Parameter(order = 0)
  public abstract String attribute();

  /** @return the value */
  @Value.Parameter(order = 1)
  public abstract String value();

  /**
   * @param attribute the attribute's name
   * @param value the value
   * @return the stratum
   */
  public static Stratum of(String attribute, String value) {
    return ImmutableStratum.of(attribute, value);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    if (c.text(attribute(), "attribute")) {
      c.require(!attribute().isBlank(), "attribute", "must not be blank");
    }
    c.text(value(), "value");
    c.done();
  }

  @Override
  public int compareTo(Stratum o) {
    int a = attribute().compareTo(o.attribute());
    return a != 0 ? a : value().compareTo(o.value());
  }

  @Override
  public String toString() {
    return attribute() + "=" + value();
  }
}
