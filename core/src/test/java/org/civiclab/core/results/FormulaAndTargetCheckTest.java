package org.civiclab.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** A formula names exactly what its kind needs; a target holds a number or words. */
class FormulaAndTargetCheckTest {
  static final DateRange Q1 = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

  static List<String> problems(Supplier<?> build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::get);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  /** Every part of a formula, filled in, whatever the kind. */
  private static Formula.Builder everything(FormulaKind kind) {
    return Formula.builder().kind(kind).attribute("gender").value("female")
        .survey(SurveyId.of("final")).question("q1").numerator(IndicatorId.of("a"))
        .denominator(IndicatorId.of("b"));
  }

  // With every part filled in, each kind refuses exactly the parts it does not take.
  @Test
  void eachKindRefusesThePartsItDoesNotTake() {
    for (FormulaKind k : FormulaKind.values()) {
      List<String> expected = new ArrayList<>();
      if (k != FormulaKind.SHARE_WITH_ATTRIBUTE) {
        expected.add("attribute: only a share names an attribute");
        expected.add("value: only a share names a value");
      }
      if (k != FormulaKind.MEAN_ANSWER) {
        expected.add("survey: only a mean names a survey");
        expected.add("question: only a mean names a question");
      }
      if (k != FormulaKind.RATIO) {
        expected.add("numerator: only a ratio names a numerator");
        expected.add("denominator: only a ratio names a denominator");
      }
      assertEquals(expected, problems(() -> everything(k).build()), k.name());
    }
  }

  // With nothing filled in, each kind asks for exactly the parts it needs.
  @Test
  void eachKindAsksForThePartsItNeeds() {
    assertEquals(List.of("attribute: a share names the attribute",
        "value: a share names the attribute's value"),
        problems(() -> Formula.of(FormulaKind.SHARE_WITH_ATTRIBUTE)));
    assertEquals(List.of("survey: a mean names its survey",
        "question: a mean names its question"),
        problems(() -> Formula.of(FormulaKind.MEAN_ANSWER)));
    assertEquals(List.of("numerator: a ratio names its numerator indicator",
        "denominator: a ratio names its denominator indicator"),
        problems(() -> Formula.of(FormulaKind.RATIO)));
    for (FormulaKind k : List.of(FormulaKind.PARTICIPANTS, FormulaKind.COMPLETIONS,
        FormulaKind.FOLLOW_UPS_ON_TIME, FormulaKind.ALUMNI)) {
      assertEquals(k, Formula.of(k).kind());
    }
    Formula r = Formula.ratio(IndicatorId.of("done"), IndicatorId.of("all"));
    assertEquals(FormulaKind.RATIO, r.kind());
    assertEquals(IndicatorId.of("done"), r.numerator().orElseThrow());
    assertEquals(IndicatorId.of("all"), r.denominator().orElseThrow());
  }

  // A share's attribute and value must be visible text.
  @Test
  void aSharesAttributeAndValueAreVisibleText() {
    List<String> paths = problems(() -> Formula.builder()
        .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute(" ").value("\t").build()).stream()
        .map(s -> s.substring(0, s.indexOf(':'))).toList();
    assertEquals(List.of("attribute", "value"), paths);
  }

  // A target gives a finite number or words, exactly one; its texts must be visible.
  @Test
  void aTargetGivesANumberOrWordsExactlyOne() {
    assertEquals(List.of("value: give a number or words, exactly one"),
        problems(() -> Target.builder().period(Q1).build()));
    assertEquals(List.of("value: give a number or words, exactly one"),
        problems(() -> Target.builder().period(Q1).value(1.0).text("one").build()));
    assertEquals(List.of("value: a value must be finite"),
        problems(() -> Target.of(Q1, Double.NaN)));
    assertEquals(List.of("value: a value must be finite"),
        problems(() -> Target.of(Q1, Double.POSITIVE_INFINITY)));
    assertEquals(3.5, Target.of(Q1, 3.5).value().orElseThrow());
    assertEquals(Q1, Target.of(Q1, 3.5).period());
    assertEquals("text", problems(() -> Target.builder().period(Q1).text(" ").build()).get(0)
        .split(":")[0]);
    assertEquals("source", problems(() -> Target.builder().period(Q1).value(1.0).source(" ")
        .build()).get(0).split(":")[0]);
    assertEquals("report", Target.builder().period(Q1).text("good").source("report").build()
        .source().orElseThrow());
  }
}
