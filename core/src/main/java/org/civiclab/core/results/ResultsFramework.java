package org.civiclab.core.results;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.IndicatorId;
import org.immutables.value.Value;

/**
 * What a program promises its funders, as indicators with baselines, targets and actuals.
 * Immutable. Construction checks that indicator ids are unique and that every {@link
 * FormulaKind#RATIO} names two other indicators of the framework that are numeric and not ratios
 * themselves ({@code indicators[2].formula.numerator}); the program checks that the periods lie
 * inside its own and that formulas name surveys and questions it has.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class ResultsFramework implements WithResultsFramework {

  /** @return the indicators, in order */
  public abstract ImmutableList<Indicator> indicators();

  /**
   * @param id an indicator id
   * @return the indicator, if the framework has it
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code ResultsFramework} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableResultsFramework.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.unique(indicators(), Indicator::id, "indicators", "id");
    for (int i = 0; i < indicators().size(); i++) {
      Indicator ind = indicators().get(i);
      Optional<Formula> f = ind.formula();
      if (f.isEmpty() || f.get().kind() != FormulaKind.RATIO) {
        continue;
      }
      String at = "indicators[" + i + "].formula.";
      operand(c, ind, f.get().numerator(), at + "numerator");
      operand(c, ind, f.get().denominator(), at + "denominator");
    }
    c.done();
  }

  private void operand(Checks c, Indicator ratio, Optional<IndicatorId> id, String path) {
    if (id.isEmpty()) {
      return;
    }
    Optional<Indicator> other = indicator(id.get());
    if (other.isEmpty()) {
      c.require(false, path, "unknown indicator '" + id.get().value() + "'");
      return;
    }
    Indicator o = other.get();
    c.require(!o.id().equals(ratio.id()), path, "a ratio cannot name itself");
    c.require(o.measure() != Measure.QUALITATIVE, path, "indicator '" + o.id().value()
        + "' is qualitative and has no number");
    c.require(o.formula().map(x -> x.kind() != FormulaKind.RATIO).orElse(true), path,
        "indicator '" + o.id().value() + "' is a ratio itself");
  }
}
