package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.SurveyId;
import org.immutables.value.Value;

/**
 * How an indicator's actual is computed from the program's data: a kind and what it needs
 * (an attribute and its value for a share, a survey and question for a mean, two other
 * indicators of the framework for a ratio). Immutable.
 *
 * <p>A completion rate in percent, from two counting indicators of the same framework:
 * {@snippet :
 * Formula rate = Formula.ratio(IndicatorId.of("completions"), IndicatorId.of("participants"));
 * }
 * The framework checks that a ratio's indicators exist, are numeric and are not ratios
 * themselves.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Formula implements WithFormula {

  /** @return what is counted */
  public abstract FormulaKind kind();

  /** @return the person attribute of a share, such as {@code gender} */
  public abstract Optional<String> attribute();

  /** @return the attribute's value counted by a share, such as {@code female} */
  public abstract Optional<String> value();

  /** @return the survey of a mean */
  public abstract Optional<SurveyId> survey();

  /** @return the question key of a mean */
  public abstract Optional<String> question();

  /** @return the indicator whose actual is a ratio's numerator */
  public abstract Optional<IndicatorId> numerator();

  /** @return the indicator whose actual is a ratio's denominator */
  public abstract Optional<IndicatorId> denominator();

  /**
   * @param numerator the indicator counted over
   * @param denominator the indicator it is counted against, in the same period
   * @return a {@link FormulaKind#RATIO} formula
   */
  public static Formula ratio(IndicatorId numerator, IndicatorId denominator) {
    return builder().kind(FormulaKind.RATIO).numerator(numerator).denominator(denominator)
        .build();
  }

  /**
   * @param kind a kind that needs nothing more
   * @return the formula
   */
  public static Formula of(FormulaKind kind) {
    return builder().kind(kind).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Formula} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableFormula.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    boolean share = kind() == FormulaKind.SHARE_WITH_ATTRIBUTE;
    boolean mean = kind() == FormulaKind.MEAN_ANSWER;
    c.require(share == attribute().isPresent(), "attribute", share
        ? "a share names the attribute" : "only a share names an attribute");
    c.require(share == value().isPresent(), "value", share
        ? "a share names the attribute's value" : "only a share names a value");
    c.require(mean == survey().isPresent(), "survey", mean
        ? "a mean names its survey" : "only a mean names a survey");
    c.require(mean == question().isPresent(), "question", mean
        ? "a mean names its question" : "only a mean names a question");
    boolean ratio = kind() == FormulaKind.RATIO;
    c.require(ratio == numerator().isPresent(), "numerator", ratio
        ? "a ratio names its numerator indicator" : "only a ratio names a numerator");
    c.require(ratio == denominator().isPresent(), "denominator", ratio
        ? "a ratio names its denominator indicator" : "only a ratio names a denominator");
    attribute().ifPresent(x -> c.visibleText(x, "attribute"));
    value().ifPresent(x -> c.visibleText(x, "value"));
    c.done();
  }
}
