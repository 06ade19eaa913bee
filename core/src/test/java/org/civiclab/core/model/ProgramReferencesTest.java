package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.Review;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.survey.EvaluationLevel;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a program checks of its surveys, completion rules, commitments and results framework:
 * every survey, edition, track, module and meeting they name must be the program's (a
 * commitment may be made or reviewed at any kind of meeting it holds), ids are unique, and
 * actual values lie in the program's period; each refusal with its exact path and message.
 */
class ProgramReferencesTest {

  private static List<Problem> problems(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems();
  }

  /** A generated program with every kind of meeting, and a meeting added to each circle. */
  private static Program program() {
    for (long seed = 1; ; seed++) {
      Program p = ProgramGenerator.generate(seed, 3).program();
      if (p.pairings().isEmpty() || p.circles().isEmpty() || p.exchangeVisits().isEmpty()
          || p.outreachMeetings().isEmpty() || p.reflectionMeetings().isEmpty()
          || p.sessions().isEmpty() || p.editions().get(0).tracks().isEmpty()
          || p.pairings().get(0).meetings().isEmpty()) {
        continue;
      }
      List<LearningCircle> circles = new ArrayList<>();
      for (LearningCircle c : p.circles()) {
        circles.add(c.withMeetings(Meeting.builder().id(EventId.of(c.id() + "-meet"))
            .mode(DeliveryMode.ONLINE).when(TimeSpan.on(c.period().start(), LocalTime.of(10, 0),
                LocalTime.of(11, 0), p.zone())).build()));
      }
      return p.withCircles(circles);
    }
  }

  private static Survey.Builder survey(String id) {
    return Survey.builder().id(SurveyId.of(id)).title(LocalizedText.of("en", id))
        .level(EvaluationLevel.values()[0]).anonymous(false);
  }

  @Test
  void surveysNameTheProgramsSurveysAndEditions() {
    Program p = program();
    EditionId edition = p.editions().get(0).id();
    Survey ok = survey("pre").edition(edition).build();
    Program q = p.withSurveys(ok, survey("post").pre(ok.id()).build());
    assertEquals(2, q.surveys().size());
    assertEquals(List.of(
        Problem.at("surveys[3].id", "id " + Texts.quote("pre") + " is used twice"),
        Problem.at("surveys[0].edition", "the program has no edition 'nowhere'"),
        Problem.at("surveys[1].pre", "the program has no survey 'ghost'")),
        problems(() -> p.withSurveys(survey("a").edition(EditionId.of("nowhere")).build(),
            survey("b").pre(SurveyId.of("ghost")).build(), ok, ok.withPre(SurveyId.of("a")))));
  }

  @Test
  void completionRulesNameTheProgramsSurveysTracksAndModules() {
    Program p = program().withSurveys(survey("post").build());
    Edition first = p.editions().get(0);
    CompletionRule.Builder r = CompletionRule.builder().minAttendance(0.5);
    CompletionRule good = CompletionRule.builder().id(CompletionRuleId.of("good"))
        .minAttendance(0.5).survey(SurveyId.of("post")).track(first.tracks().get(0).id())
        .module(p.editions().stream().flatMap(e -> e.modules().stream()).findFirst()
            .orElseThrow().id()).build();
    assertEquals(List.of(good), p.withCompletionRules(good).completionRules());
    assertEquals(List.of(
        Problem.at("completionRules[4].id", "id " + Texts.quote("good") + " is used twice"),
        Problem.at("completionRules[1].survey", "the program has no survey 'ghost'"),
        Problem.at("completionRules[2].track", "the program has no track 'lost'"),
        Problem.at("completionRules[3].module", "the program has no module 'gone'")),
        problems(() -> p.withCompletionRules(good,
            r.id(CompletionRuleId.of("s")).survey(SurveyId.of("ghost")).build(),
            CompletionRule.builder().id(CompletionRuleId.of("t")).minAttendance(1)
                .track(TrackId.of("lost")).build(),
            CompletionRule.builder().id(CompletionRuleId.of("m")).minAttendance(1)
                .module(ModuleId.of("gone")).build(), good)));
  }

  /** Every kind of meeting of the program, one id each. */
  private static List<EventId> meetings(Program p) {
    return List.of(p.sessions().get(0).id(), p.pairings().get(0).meetings().get(0).id(),
        p.circles().get(0).meetings().get(0).id(), p.outreachMeetings().get(0).id(),
        p.reflectionMeetings().get(0).id(), EventId.of(p.exchangeVisits().get(0).id().value()));
  }

  private static Commitment commitment(String id, EventId at, EventId reviewedAt) {
    LocalDate day = LocalDate.of(2024, 5, 1);
    return Commitment.builder().id(CommitmentId.of(id)).kind(CommitmentKind.FINDING)
        .text("finding " + id).madeAt(at).madeOn(day)
        .addReviews(Review.builder().at(reviewedAt).on(day.plusDays(7)).build()).build();
  }

  @Test
  void commitmentsAreMadeAndReviewedAtAnyKindOfMeetingOfTheProgram() {
    Program p = program();
    List<EventId> at = meetings(p);
    List<Commitment> made = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      made.add(commitment("c" + i, at.get(i), at.get((i + 1) % at.size())));
    }
    assertEquals(made, p.withCommitments(made).commitments());
    assertEquals(List.of(
        Problem.at("commitments[2].id", "id " + Texts.quote("c0") + " is used twice"),
        Problem.at("commitments[0].madeAt", "the program has no meeting 'nowhere'"),
        Problem.at("commitments[1].reviews[0].at", "the program has no meeting 'later'")),
        problems(() -> p.withCommitments(
            commitment("c0", EventId.of("nowhere"), at.get(0)),
            commitment("c1", at.get(0), EventId.of("later")),
            commitment("c0", at.get(1), at.get(2)))));
  }

  @Test
  void actualsLieInTheProgramsPeriod() {
    Program p = program();
    DateRange after = DateRange.of(p.period().end().plusDays(1), p.period().end().plusDays(9));
    Indicator.Builder i = Indicator.builder().id(IndicatorId.of("n"))
        .title(LocalizedText.of("en", "n")).level(IndicatorLevel.OUTPUT).measure(Measure.UNIT);
    Target inside = Target.builder().period(p.period()).value(2.0).source("register").build();
    Target late = Target.builder().period(after).value(3.0).source("register").build();
    assertFalse(p.withResultsFramework(ResultsFramework.builder().addIndicators(i
        .addActuals(inside).build()).build()).resultsFramework().isEmpty());
    assertEquals(List.of(Problem.at("resultsFramework.indicators[0].actuals[1].period",
        "actual period " + after + " is outside the program's period " + p.period())),
        problems(() -> p.withResultsFramework(ResultsFramework.builder().addIndicators(
            Indicator.builder().from(i.build()).actuals(List.of(inside, late)).build())
            .build())));
  }

  private static Indicator.Builder indicator(String id) {
    return Indicator.builder().id(IndicatorId.of(id)).title(LocalizedText.of("en", id))
        .level(IndicatorLevel.OUTCOME).measure(Measure.UNIT);
  }

  private static Formula mean(String survey, String question) {
    return Formula.builder().kind(FormulaKind.MEAN_ANSWER).survey(SurveyId.of(survey))
        .question(question).build();
  }

  @Test
  void targetsLieInThePeriodAndMeansNameANumericQuestionOfASurveyOfTheProgram() {
    Program p = program().withSurveys(survey("other").build(),
        survey("post").addAllQuestions(SurveyGenerator.questions()).build());
    DateRange before = DateRange.of(p.period().start().minusDays(9),
        p.period().start().minusDays(1));
    ResultsFramework fine = ResultsFramework.builder().addIndicators(
        indicator("n").formula(Formula.of(FormulaKind.PARTICIPANTS))
            .addTargets(Target.of(p.period(), 4)).build(),
        indicator("likert").formula(mean("post", "likert")).build(),
        indicator("hours").formula(mean("post", "hours")).build()).build();
    assertEquals(fine, p.withResultsFramework(fine).resultsFramework().orElseThrow());
    assertEquals(List.of(
        Problem.at("resultsFramework.indicators[0].targets[0].period", "target period "
            + before + " is outside the program's period " + p.period()),
        Problem.at("resultsFramework.indicators[1].formula.question",
            "survey 'post' has no numeric question 'free'"),
        Problem.at("resultsFramework.indicators[2].formula.question",
            "survey 'post' has no numeric question 'nothing'"),
        Problem.at("resultsFramework.indicators[3].formula.survey",
            "the program has no survey 'ghost'")),
        problems(() -> p.withResultsFramework(ResultsFramework.builder().addIndicators(
            indicator("t").addTargets(Target.of(before, 1)).build(),
            indicator("free").formula(mean("post", "free")).build(),
            indicator("nothing").formula(mean("post", "nothing")).build(),
            indicator("ghost").formula(mean("ghost", "likert")).build()).build())));
  }
}
