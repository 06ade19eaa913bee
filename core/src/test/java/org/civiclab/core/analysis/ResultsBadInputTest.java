package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.Review;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** Bad commitments and results frameworks name their path. */
class ResultsBadInputTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static String firstPath(java.util.function.Supplier<?> r) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::get);
    return e.problems().get(0).path();
  }

  private static Program program() {
    return SurveyGenerator.withSurveys(ProgramGenerator.generate(5, 3).program(), 5);
  }

  private static Indicator.Builder indicator(String id) {
    return Indicator.builder().id(IndicatorId.of(id)).title(LocalizedText.of("en", id))
        .level(IndicatorLevel.OUTPUT).measure(Measure.UNIT);
  }

  @Test
  void aTargetForAPeriodOutsideTheProgramNamesItsPath() {
    Program p = program();
    DateRange outside = DateRange.of(p.period().end().plusDays(1), p.period().end()
        .plusDays(30));
    ResultsFramework f = ResultsFramework.builder().addIndicators(indicator("ok")
        .addTargets(Target.of(p.period(), 1)).build(), indicator("late")
        .addTargets(Target.of(p.period(), 1), Target.of(outside, 2)).build()).build();
    assertEquals("resultsFramework.indicators[1].targets[1].period",
        firstPath(() -> p.withResultsFramework(f)));
  }

  @Test
  void aMeanOverAnUnknownSurveyOrQuestionNamesItsPath() {
    Program p = program();
    Formula noSurvey = Formula.builder().kind(FormulaKind.MEAN_ANSWER).survey(SurveyId.of("x"))
        .question("likert").build();
    assertEquals("resultsFramework.indicators[0].formula.survey", firstPath(() ->
        p.withResultsFramework(ResultsFramework.builder().addIndicators(indicator("m")
            .formula(noSurvey).build()).build())));
    Formula freeText = Formula.builder().kind(FormulaKind.MEAN_ANSWER)
        .survey(p.surveys().get(0).id()).question("free").build();
    assertEquals("resultsFramework.indicators[0].formula.question", firstPath(() ->
        p.withResultsFramework(ResultsFramework.builder().addIndicators(indicator("m")
            .formula(freeText).build()).build())));
  }

  @Test
  void aFormulaOrDisaggregationNamingAnUnknownAttributeIsRejectedWithItsPath() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(5, 3);
    Formula share = Formula.builder().kind(FormulaKind.SHARE_WITH_ATTRIBUTE)
        .attribute("shoeSize").value("42").build();
    Program p = g.program().withResultsFramework(ResultsFramework.builder().addIndicators(
        indicator("n").formula(Formula.of(FormulaKind.PARTICIPANTS)).build(),
        indicator("s").measure(Measure.PERCENTAGE).formula(share).build()).build());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ResultsTable.of(p, PersonAttributes.of(g.directory()), DAY).size());
    assertEquals("resultsFramework.indicators[1].formula.attribute",
        e.problems().get(0).path());
    assertTrue(e.getMessage().contains("shoeSize"), e.getMessage());
    Program q = g.program().withResultsFramework(ResultsFramework.builder().addIndicators(
        indicator("n").addDisaggregations("country", "shoeSize").build()).build());
    assertEquals("resultsFramework.indicators[0].disaggregations[1]",
        firstPath(() -> ResultsTable.of(q, PersonAttributes.of(g.directory()), DAY)));
  }

  @Test
  void indicatorsCheckTheirOwnValues() {
    DateRange r = DateRange.of(DAY, DAY.plusDays(9));
    assertEquals("targets[0].value", firstPath(() -> indicator("p")
        .measure(Measure.PERCENTAGE).addTargets(Target.of(r, 120)).build()));
    assertEquals("actuals[0].source", firstPath(() -> indicator("p")
        .addActuals(Target.of(r, 3)).build()));
    assertEquals("actuals", firstPath(() -> indicator("p")
        .formula(Formula.of(FormulaKind.ALUMNI)).addActuals(Target.builder().period(r)
            .value(3.0).source("x").build()).build()));
    assertEquals("targets[1].period", firstPath(() -> indicator("p")
        .addTargets(Target.of(r, 1), Target.of(r, 2)).build()));
    assertEquals("value", firstPath(() -> Formula.builder()
        .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("gender").build()));
  }

  @Test
  void aRatioNamingAnUnknownQualitativeOrRatioIndicatorIsRejectedWithItsPath() {
    DateRange r = DateRange.of(DAY, DAY.plusDays(9));
    Indicator n = indicator("n").formula(Formula.of(FormulaKind.PARTICIPANTS)).build();
    Indicator words = indicator("w").measure(Measure.QUALITATIVE)
        .addTargets(Target.builder().period(r).text("a by-law").build()).build();
    Indicator.Builder rate = indicator("rate").measure(Measure.PERCENTAGE);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ResultsFramework.builder().addIndicators(n, rate.formula(Formula.ratio(
            IndicatorId.of("n"), IndicatorId.of("missing"))).build()).build());
    assertEquals("indicators[1].formula.denominator", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("unknown indicator 'missing'"), e.getMessage());
    assertEquals("indicators[2].formula.numerator", firstPath(() -> ResultsFramework.builder()
        .addIndicators(n, words, rate.formula(Formula.ratio(IndicatorId.of("w"),
            IndicatorId.of("n"))).build()).build()));
    assertEquals("indicators[0].formula.numerator", firstPath(() -> ResultsFramework.builder()
        .addIndicators(rate.formula(Formula.ratio(IndicatorId.of("rate"),
            IndicatorId.of("n"))).build(), n).build()));
    Indicator first = indicator("first").measure(Measure.PERCENTAGE)
        .formula(Formula.ratio(IndicatorId.of("n"), IndicatorId.of("n"))).build();
    assertEquals("indicators[2].formula.numerator", firstPath(() -> ResultsFramework.builder()
        .addIndicators(n, first, rate.formula(Formula.ratio(IndicatorId.of("first"),
            IndicatorId.of("n"))).build()).build()));
    assertEquals("numerator", firstPath(() -> Formula.builder().kind(FormulaKind.RATIO)
        .denominator(IndicatorId.of("n")).build()));
    assertEquals("denominator", firstPath(() -> Formula.builder()
        .kind(FormulaKind.PARTICIPANTS).denominator(IndicatorId.of("n")).build()));
  }

  @Test
  void aRatioIsAPercentageOfTwoActualsAndEmptyOverAZeroDenominator() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(5, 3);
    Program p = g.program();
    DateRange r = p.period();
    Indicator done = indicator("done").addActuals(Target.builder().period(r).value(3.0)
        .source("register").build()).build();
    Indicator all = indicator("all").addActuals(Target.builder().period(r).value(12.0)
        .source("register").build()).build();
    Indicator none = indicator("none").addActuals(Target.builder().period(r).value(0.0)
        .source("register").build()).build();
    Indicator rate = indicator("rate").measure(Measure.PERCENTAGE)
        .formula(Formula.ratio(done.id(), all.id())).addTargets(Target.of(r, 50)).build();
    Indicator undefined = indicator("undefined").measure(Measure.PERCENTAGE)
        .formula(Formula.ratio(done.id(), none.id())).addTargets(Target.of(r, 50)).build();
    Program q = p.withResultsFramework(ResultsFramework.builder()
        .addIndicators(done, all, none, rate, undefined).build());
    PersonAttributes attrs = PersonAttributes.of(g.directory());
    assertEquals(25.0, ResultsTable.actual(q, rate, r, attrs).orElseThrow().value()
        .orElseThrow(), 1e-12);
    assertTrue(ResultsTable.actual(q, undefined, r, attrs).isEmpty());
    Table t = ResultsTable.of(q, attrs, r.end().plusDays(1));
    assertEquals("25", t.text(0, "actual"));
    assertEquals("off track", t.text(0, "status"));
    assertEquals("no data", t.text(1, "status"));
  }

  @Test
  void commitmentsCheckOwnersDatesAndMeetings() {
    Action.Builder twoOwners = Action.builder().id(ActionId.of("a")).what("fix the road")
        .ownerPerson(PersonId.of("p")).ownerOrganization(OrganizationId.of("o"));
    assertEquals("ownerPerson", firstPath(twoOwners::build));
    Action early = Action.builder().id(ActionId.of("a")).what("fix the road")
        .ownerOrganization(OrganizationId.of("o"))
        .addHistory(StatusChange.of(DAY.minusDays(1), ActionStatus.DONE)).build();
    Commitment.Builder c = Commitment.builder().id(CommitmentId.of("c"))
        .kind(CommitmentKind.DECISION).text("repair").madeAt(EventId.of("m1")).madeOn(DAY);
    assertEquals("actions[0].history[0].on", firstPath(() -> c.addActions(early).build()));
    Program p = program();
    Commitment nowhere = Commitment.builder().id(CommitmentId.of("c"))
        .kind(CommitmentKind.FINDING).text("no water").madeAt(EventId.of("nowhere"))
        .madeOn(DAY).addReviews(Review.builder().at(EventId.of("later")).on(DAY.plusDays(3))
            .build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> p.withCommitments(List.of(nowhere)).id());
    assertEquals("commitments[0].madeAt", e.problems().get(0).path());
    assertEquals("commitments[0].reviews[0].at", e.problems().get(1).path());
  }
}
