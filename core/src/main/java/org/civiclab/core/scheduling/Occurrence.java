package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
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

  /**
   * Days of the window on which it must not fall: the days a community cannot be reached,
   * for an outreach series with a season.
   *
   * @return the closed days, all inside the window; empty by default
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> closedDays();

  /**
   * @return whether some day of the window is not closed; an occurrence without one cannot be
   *     held and is reported rather than planned
   */
  public boolean reachable() {
    return closedDays().size() < window().lengthInDays();
  }

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
    Checks c = Checks.start();
    c.require(number() >= 1, "number", "occurrence number " + number() + " must be at least 1");
    c.require(closedDays().isEmpty() || (window().contains(closedDays().first())
        && window().contains(closedDays().last())), "closedDays",
        "closed days must lie in the window " + window());
    c.done();
  }

  /**
   * A demand for this occurrence, from a template demand: the id and label get the period and
   * number, the window is this occurrence's, and its closed days are closed to the demand too.
   *
   * @param template the demand all occurrences share (attendees, duration, locations)
   * @return the demand
   */
  public Demand toDemand(Demand template) {
    return Demand.builder().from(template).id(template.id() + "#" + number())
        .label(template.label() + ", " + period() + ", meeting " + number()).window(window())
        .addAllClosedDays(closedDays()).build();
  }

  @Override
  public String toString() {
    return period() + " #" + number() + " " + window();
  }
}
