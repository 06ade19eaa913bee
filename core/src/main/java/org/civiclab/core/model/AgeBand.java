package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A range of ages in whole years, both ends included, such as 18-29 or 65+; for people who
 * give a band rather than a year of birth. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class AgeBand implements WithAgeBand {
  /** The upper end that stands for "and older": 150. */
  public static final int OPEN = 150;

  /** @return the youngest age in the band */
  @Value.Parameter(order = 0)
  public abstract int from();

  /** @return the oldest age in the band, {@link #OPEN} for an open band */
  @Value.Parameter(order = 1)
  public abstract int to();

  /**
   * A closed band.
   *
   * @param from the youngest age, at least 0
   * @param to the oldest age, at least {@code from}
   * @return the band
   */
  public static AgeBand of(int from, int to) {
    return ImmutableAgeBand.of(from, to);
  }

  /**
   * An open band: this age and older.
   *
   * @param from the youngest age
   * @return the band
   */
  public static AgeBand andOlder(int from) {
    return ImmutableAgeBand.of(from, OPEN);
  }

  /**
   * Whether an age falls in the band.
   *
   * @param age in whole years
   * @return whether from &le; age &le; to
   */
  public boolean contains(int age) {
    return age >= from() && age <= to();
  }

  /** @return {@code 18-29}, or {@code 65+} for an open band */
  public String label() {
    return to() >= OPEN ? from() + "+" : from() + "-" + to();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(from() >= 0, "from", "must not be negative, got " + from());
    c.require(to() >= from() && to() <= OPEN, "to",
        "must be between from (" + from() + ") and " + OPEN + ", got " + to());
    c.done();
  }

  @Override
  public String toString() {
    return label();
  }
}
