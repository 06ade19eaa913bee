package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * One indicator of a results framework: what it measures, how, a baseline, targets per period,
 * and its actuals, computed by a {@link #formula()} or entered by hand in {@link #actuals()}
 * with their source. Immutable.
 *
 * <p>Construction checks: target and actual periods unique; a qualitative indicator has words,
 * the others numbers; a computed indicator has no entered actuals; a percentage lies within
 * 0 to 100.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Indicator implements WithIndicator {

  /** @return the indicator's id, unique within its framework */
  public abstract IndicatorId id();

  /** @return what it measures, in several languages */
  public abstract LocalizedText title();

  /** @return output, outcome or impact */
  public abstract IndicatorLevel level();

  /** @return units, a percentage or words */
  public abstract Measure measure();

  /**
   * @return what actuals are broken down by: person attributes such as gender or country, or
   *     the enrolment's {@code track} or {@code audience} (staff or external); see
   *     {@code org.civiclab.core.analysis.ResultsTable#disaggregate}
   */
  public abstract ImmutableList<String> disaggregations();

  /** @return the value before the program, with the period it was measured in */
  public abstract Optional<Target> baseline();

  /** @return targets, one per period */
  public abstract ImmutableList<Target> targets();

  /** @return how actuals are computed; empty when they are entered by hand */
  public abstract Optional<Formula> formula();

  /** @return actuals entered by hand, each with its source */
  public abstract ImmutableList<Target> actuals();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Indicator} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.texts(disaggregations(), "disaggregations", true);
    c.require(new HashSet<>(disaggregations()).size() == disaggregations().size(),
        "disaggregations", "an attribute is named twice");
    c.require(formula().isEmpty() || actuals().isEmpty(), "actuals",
        "a computed indicator has no entered actuals");
    c.require(measure() != Measure.QUALITATIVE || formula().isEmpty(), "formula",
        "a qualitative indicator is not computed");
    baseline().ifPresent(b -> fits(c, b, "baseline"));
    periods(c, targets(), "targets");
    periods(c, actuals(), "actuals");
    for (int i = 0; i < actuals().size(); i++) {
      c.require(actuals().get(i).source().isPresent(), "actuals[" + i + "].source",
          "an entered actual names its source");
    }
    c.done();
  }

  private void periods(Checks c, ImmutableList<Target> values, String path) {
    Set<DateRange> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      c.require(seen.add(values.get(i).period()), path + "[" + i + "].period",
          "period " + values.get(i).period() + " appears twice");
      fits(c, values.get(i), path + "[" + i + "]");
    }
  }

  private void fits(Checks c, Target t, String path) {
    if (measure() == Measure.QUALITATIVE) {
      c.require(t.text().isPresent(), path + ".text", "a qualitative indicator takes words");
    } else {
      c.require(t.value().isPresent(), path + ".value", "a " + measure()
          + " indicator takes a number");
    }
    if (measure() == Measure.PERCENTAGE && t.value().isPresent()) {
      double v = t.value().get();
      c.require(v >= 0 && v <= 100, path + ".value", "percentage " + v
          + " must be between 0 and 100");
    }
  }
}
