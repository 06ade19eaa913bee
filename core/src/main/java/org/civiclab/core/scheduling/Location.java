package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A place where in-person events happen: a room or a venue with a capacity and a site.
 *
 * <p>Locations on the same site need no travel time between them; between sites the problem's
 * travel times apply. A location takes one event at a time unless it is {@linkplain #shared()
 * shared}: then events may overlap there as long as together they need at most its capacity at
 * every moment (a host organisation receiving several groups of interns, an exhibition hall).
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Location implements WithLocation {

  /** @return the location's id, unique within a problem */
  public abstract String id();

  /** @return the name a coordinator reads, the id by default */
  @Value.Default
  public String name() {
    return id();
  }

  /** @return how many people fit, at least 0 */
  public abstract int capacity();

  /**
   * Whether several events may use the location at the same time. A shared location's capacity
   * holds for all the events there at one moment together ({@link Rules#sharedCapacity()}); a
   * location that is not shared takes one event at a time, of at most its capacity ({@link
   * Rules#venueDoubleBooked()}, {@link Rules#venueCapacity()}).
   *
   * @return whether events may overlap here; false by default
   */
  @Value.Default
  public boolean shared() {
    return false;
  }

  /** @return the site for travel times, the id by default */
  @Value.Default
  public String site() {
    return id();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Location} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  /**
   * A location on its own site.
   *
   * @param id the id
   * @param capacity the capacity
   * @return the location
   */
  public static Location of(String id, int capacity) {
    return builder().id(id).capacity(capacity).build();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!id().isBlank(), "id", "must not be blank");
    c.require(capacity() >= 0, "capacity", "capacity " + capacity() + " must not be negative");
    c.done();
  }
}
