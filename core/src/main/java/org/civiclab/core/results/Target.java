package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A value for one period of an indicator, a number or, for a qualitative indicator, words:
 * used for targets and, with a source, for actuals entered by hand. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Target implements WithTarget {

  /** @return the period */
  public abstract DateRange period();

  /** @return the number, for a unit or percentage indicator */
  public abstract Optional<Double> value();

  /** @return the words, for a qualitative indicator */
  public abstract Optional<String> text();

  /** @return where an entered value comes from, such as a monitoring report */
  public abstract Optional<String> source();

  /**
   * @param period the period
   * @param value the number
   * @return the target
   */
  public static Target of(DateRange period, double value) {
    return builder().period(period).value(value).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Target} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(value().isPresent() != text().isPresent(), "value",
        "give a number or words, exactly one");
    value().ifPresent(v -> c.require(Double.isFinite(v), "value", "a value must be finite"));
    text().ifPresent(t -> c.visibleText(t, "text"));
    source().ifPresent(t -> c.visibleText(t, "source"));
    c.done();
  }
}
