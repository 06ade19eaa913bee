package org.civiclab.core.results;

import static org.civiclab.core.results.IndicatorCheckTest.indicator;
import static org.civiclab.core.results.FormulaAndTargetCheckTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.IndicatorId;
import org.junit.jupiter.api.Test;

/** A framework's ratios name two other numeric, non-ratio indicators of the framework. */
class ResultsFrameworkCheckTest {
  private static final Indicator DONE = indicator("done", Measure.UNIT)
      .formula(Formula.of(FormulaKind.COMPLETIONS)).build();
  private static final Indicator ALL = indicator("all", Measure.UNIT)
      .formula(Formula.of(FormulaKind.PARTICIPANTS)).build();
  private static final Indicator WORDS = indicator("words", Measure.QUALITATIVE).build();
  private static final Indicator HAND = indicator("hand", Measure.UNIT).build();

  private static Indicator ratio(String id, String num, String den) {
    return indicator(id, Measure.PERCENTAGE)
        .formula(Formula.ratio(IndicatorId.of(num), IndicatorId.of(den))).build();
  }

  private static ResultsFramework.Builder with(Indicator... inds) {
    return ResultsFramework.builder().addIndicators(inds);
  }

  // A valid ratio over two counting indicators builds, and the framework finds it by id.
  @Test
  void aRatioOverTwoCountsBuildsAndIsFoundById() {
    ResultsFramework f = with(DONE, ALL, HAND, ratio("rate", "done", "all")).build();
    assertEquals(Optional.of(DONE), f.indicator(IndicatorId.of("done")));
    assertEquals("rate", f.indicator(IndicatorId.of("rate")).orElseThrow().id().value());
    assertEquals(Optional.empty(), f.indicator(IndicatorId.of("none")));
    assertEquals(4, with(DONE, ALL, HAND, ratio("r", "hand", "done")).build().indicators()
        .size());
  }

  // Each broken operand is named at its own path, with the indicator it names.
  @Test
  void eachBrokenOperandIsNamedAtItsPath() {
    assertEquals(List.of("indicators[2].formula.numerator: unknown indicator 'ghost'"),
        problems(() -> with(DONE, ALL, ratio("rate", "ghost", "all")).build()));
    assertEquals(List.of("indicators[1].formula.denominator: a ratio cannot name itself",
        "indicators[1].formula.denominator: indicator 'rate' is a ratio itself"),
        problems(() -> with(DONE, ratio("rate", "done", "rate")).build()));
    assertEquals(List.of("indicators[1].formula.numerator: indicator 'words' is qualitative"
        + " and has no number"),
        problems(() -> with(WORDS, ratio("rate", "words", "hand"), HAND).build()));
    assertEquals(List.of("indicators[0].formula.denominator: indicator 'r2' is a ratio itself"),
        problems(() -> with(ratio("r1", "done", "r2"), ratio("r2", "done", "all"), DONE, ALL)
            .build()));
  }

  // A ratio naming itself is also a ratio itself: both problems are reported.
  @Test
  void aSelfNamingRatioIsBothItselfAndARatio() {
    assertEquals(List.of("indicators[0].formula.numerator: a ratio cannot name itself",
        "indicators[0].formula.numerator: indicator 'r' is a ratio itself"),
        problems(() -> with(ratio("r", "r", "done"), DONE).build()));
  }

  // Indicator ids are unique within a framework.
  @Test
  void indicatorIdsAreUnique() {
    assertEquals("indicators[1].id", problems(() -> with(HAND, HAND).build()).get(0)
        .split(":")[0]);
  }
}
