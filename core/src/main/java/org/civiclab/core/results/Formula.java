package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.SurveyId;
import org.immutables.value.Value;

/**
 * How an indicator's actual is computed from the program's data: a kind and what it needs
 * (an attribute and its value for a share, a survey and question for a mean). Immutable.
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
    attribute().ifPresent(x -> c.visibleText(x, "attribute"));
    value().ifPresent(x -> c.visibleText(x, "value"));
    c.done();
  }
}
