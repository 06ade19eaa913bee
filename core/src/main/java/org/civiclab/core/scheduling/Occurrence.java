package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * One meeting a cadence asks for: its number, the period it belongs to and its window of days.
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Occurrence implements WithOccurrence {

  /** @return the occurrence's number, from 1, across the whole expansion */
  public abstract int number();

  /** @return the period it counts towards, such as {@code spring 2025} or {@code year 1} */
  public abstract String period();

  /** @return the days it must fall in */
  public abstract DateRange window();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Occurrence} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableOccurrence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(number() >= 1, "number", "occurrence number " + number() + " must be at least 1");
  }

  /**
   * A demand for this occurrence, from a template demand: the id and label get the period and
   * number, the window is this occurrence's.
   *
   * @param template the demand all occurrences share (attendees, duration, locations)
   * @return the demand
   */
  public Demand toDemand(Demand template) {
    return Demand.builder().from(template).id(template.id() + "#" + number())
        .label(template.label() + ", " + period() + ", meeting " + number()).window(window())
        .build();
  }

  @Override
  public String toString() {
    return period() + " #" + number() + " " + window();
  }
}
