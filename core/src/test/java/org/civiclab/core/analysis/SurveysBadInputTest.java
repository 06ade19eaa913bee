package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.junit.jupiter.api.Test;

/** Bad survey, rule and attendance input names its path. */
class SurveysBadInputTest {
  private static Survey survey() {
    return SurveyGenerator.survey("s", List.of(PersonId.of("a"), PersonId.of("b")), false,
        Optional.empty(), new SplittableRandom(3));
  }

  private static String firstPath(java.util.function.Supplier<?> r) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::get);
    return e.problems().get(0).path();
  }

  @Test
  void aResponseToAQuestionThatDoesNotExistNamesItsPath() {
    Survey s = survey();
    Response bad = Response.builder().respondent(PersonId.of("c"))
        .submittedOn(LocalDate.of(2024, 1, 1)).putAnswer("q7", Answer.of(3)).build();
    int i = s.responses().size();
    assertEquals("responses[" + i + "].answers.q7",
        firstPath(() -> s.withResponses(concat(s.responses(), bad))));
  }

  @Test
  void aBallotAnswerOutsideItsChoicesNamesItsPath() {
    Survey s = survey();
    Response bad = Response.builder().respondent(PersonId.of("c"))
        .submittedOn(LocalDate.of(2024, 1, 1)).putAnswer("vote", Answer.choice("z")).build();
    int i = s.responses().size();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> s.withResponses(concat(s.responses(), bad)));
    assertEquals("responses[" + i + "].answers.vote", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("'z' is not one of the choices"), e.getMessage());
  }

  @Test
  void likertOutsideTheScaleAndNamedSurveysWithoutRespondentAreRejected() {
    Survey s = survey();
    Response bad = Response.builder().submittedOn(LocalDate.of(2024, 1, 1))
        .putAnswer("likert", Answer.of(6)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> s.withResponses(List.of(bad)));
    assertEquals(List.of("responses[0].respondent", "responses[0].answers.likert"),
        e.problems().stream().map(p -> p.path()).toList());
  }

  @Test
  void aRuleNamingAnUnknownSurveyOrTrackNamesItsPath() {
    Program p = ProgramGenerator.generate(5, 2).program();
    CompletionRule r = CompletionRule.builder().id(CompletionRuleId.of("r"))
        .minAttendance(0.8).survey(SurveyId.of("missing")).build();
    assertEquals("completionRules[0].survey",
        firstPath(() -> p.withCompletionRules(List.of(r))));
    assertEquals("minAttendance", firstPath(() -> CompletionRule.builder()
        .id(CompletionRuleId.of("r")).minAttendance(1.5).build()));
  }

  @Test
  void attendanceModeAndMinutesAreChecked() {
    Attendance.Builder b = Attendance.builder().program(ProgramId.of("p"))
        .event(EventId.of("e")).person(PersonId.of("x")).status(AttendanceStatus.LEFT_EARLY)
        .recordedAt(java.time.Instant.EPOCH);
    assertTrue(b.mode(DeliveryMode.ONLINE).minutes(45).build().attended());
    assertEquals("mode", firstPath(() -> b.mode(DeliveryMode.HYBRID).build()));
    assertEquals("minutes", firstPath(() -> b.mode(DeliveryMode.ON_SITE).minutes(-1).build()));
  }

  @Test
  void explanationsSayWhatTheDecisionRestsOn() {
    Completions.Decision d = new Completions.Decision(PersonId.of("a"),
        CompletionRuleId.of("r"), Optional.empty(), 10, 9, 8, Optional.of(SurveyId.of("s")),
        true, true);
    assertEquals("completed: 9 of 10 required sessions, survey answered", d.explanation());
    Completions.Decision n = new Completions.Decision(PersonId.of("a"),
        CompletionRuleId.of("r"), Optional.empty(), 10, 7, 8, Optional.of(SurveyId.of("s")),
        false, false);
    assertEquals("not completed: 7 of 10 required sessions (needs 8), survey not answered",
        n.explanation());
  }

  private static <T> List<T> concat(List<T> a, T b) {
    List<T> out = new java.util.ArrayList<>(a);
    out.add(b);
    return out;
  }
}
