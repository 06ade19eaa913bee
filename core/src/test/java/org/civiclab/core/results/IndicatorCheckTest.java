package org.civiclab.core.results;

import static org.civiclab.core.results.FormulaAndTargetCheckTest.Q1;
import static org.civiclab.core.results.FormulaAndTargetCheckTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** An indicator's targets and actuals fit its measure, once per period; each break is named. */
class IndicatorCheckTest {
  static final DateRange Q2 = DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));

  static Indicator.Builder indicator(String id, Measure m) {
    return Indicator.builder().id(IndicatorId.of(id)).title(LocalizedText.of("en", id))
        .level(IndicatorLevel.OUTPUT).measure(m);
  }

  private static Target words(DateRange p) {
    return Target.builder().period(p).text("better").build();
  }

  private static Target reported(DateRange p, double v) {
    return Target.builder().period(p).value(v).source("report").build();
  }

  // A percentage lies within 0 and 100 inclusive: on whole and half steps from -3 to 103 the
  // check agrees with a direct comparison and quotes the value.
  @Property(tries = 60)
  void aPercentageLiesWithinZeroAndAHundred(@ForAll @IntRange(min = -6, max = 206) int halves) {
    double v = halves / 2.0;
    Indicator.Builder b = indicator("share", Measure.PERCENTAGE).addTargets(Target.of(Q1, v));
    if (v >= 0 && v <= 100) {
      assertEquals(v, b.build().targets().get(0).value().orElseThrow());
    } else {
      assertEquals(List.of("targets[0].value: percentage " + v + " must be between 0 and 100"),
          problems(b::build));
    }
  }

  // The percentage check covers baseline and entered actuals too, at their own paths.
  @Test
  void baselineAndActualsAreCheckedAtTheirPaths() {
    assertEquals(List.of("baseline.value: percentage 101.0 must be between 0 and 100"),
        problems(() -> indicator("i", Measure.PERCENTAGE).baseline(Target.of(Q1, 101))
            .build()));
    assertEquals(List.of("actuals[1].value: percentage -1.0 must be between 0 and 100"),
        problems(() -> indicator("i", Measure.PERCENTAGE).addActuals(reported(Q1, 5),
            reported(Q2, -1)).build()));
    assertEquals(100.0, indicator("i", Measure.PERCENTAGE).baseline(Target.of(Q1, 100))
        .build().baseline().orElseThrow().value().orElseThrow());
  }

  // A qualitative indicator takes words; a numeric one takes a number and says its measure.
  @Test
  void targetsFitTheMeasure() {
    assertEquals(List.of("targets[0].text: a qualitative indicator takes words"),
        problems(() -> indicator("i", Measure.QUALITATIVE).addTargets(Target.of(Q1, 3))
            .build()));
    assertEquals(List.of("targets[1].value: a UNIT indicator takes a number"),
        problems(() -> indicator("i", Measure.UNIT).addTargets(Target.of(Q1, 3), words(Q2))
            .build()));
    assertEquals(List.of("baseline.value: a PERCENTAGE indicator takes a number"),
        problems(() -> indicator("i", Measure.PERCENTAGE).baseline(words(Q1)).build()));
    assertEquals("better", indicator("i", Measure.QUALITATIVE).addTargets(words(Q1)).build()
        .targets().get(0).text().orElseThrow());
    assertEquals(-5.0, indicator("i", Measure.UNIT).addTargets(Target.of(Q1, -5)).build()
        .targets().get(0).value().orElseThrow());
  }

  // A period appears once among targets and once among actuals, each list on its own.
  @Test
  void aPeriodAppearsOncePerList() {
    assertEquals(List.of("targets[2].period: period " + Q1 + " appears twice"),
        problems(() -> indicator("i", Measure.UNIT).addTargets(Target.of(Q1, 1),
            Target.of(Q2, 2), Target.of(Q1, 3)).build()));
    assertEquals(List.of("actuals[1].period: period " + Q2 + " appears twice"),
        problems(() -> indicator("i", Measure.UNIT).addActuals(reported(Q2, 1),
            reported(Q2, 2)).build()));
    Indicator both = indicator("i", Measure.UNIT).addTargets(Target.of(Q1, 1))
        .addActuals(reported(Q1, 2)).build();
    assertEquals(1, both.actuals().size());
  }

  // An entered actual names its source; a computed indicator has none, and is not qualitative.
  @Test
  void actualsAreEnteredWithASourceOrComputed() {
    assertEquals(List.of("actuals[0].source: an entered actual names its source"),
        problems(() -> indicator("i", Measure.UNIT).addActuals(Target.of(Q1, 4)).build()));
    assertEquals(List.of("actuals: a computed indicator has no entered actuals"),
        problems(() -> indicator("i", Measure.UNIT).formula(Formula.of(FormulaKind.ALUMNI))
            .addActuals(reported(Q1, 4)).build()));
    assertEquals(List.of("formula: a qualitative indicator is not computed"),
        problems(() -> indicator("i", Measure.QUALITATIVE)
            .formula(Formula.of(FormulaKind.ALUMNI)).build()));
    assertEquals(FormulaKind.ALUMNI, indicator("i", Measure.UNIT)
        .formula(Formula.of(FormulaKind.ALUMNI)).build().formula().orElseThrow().kind());
  }

  // Disaggregations are visible names, each named once.
  @Test
  void disaggregationsAreNamedOnce() {
    assertEquals(List.of("disaggregations: an attribute is named twice"),
        problems(() -> indicator("i", Measure.UNIT).addDisaggregations("gender", "country",
            "gender").build()));
    assertEquals(List.of("gender", "track"), indicator("i", Measure.UNIT)
        .addDisaggregations("gender", "track").build().disaggregations());
  }
}
