package org.civiclab.core.survey;

import static org.civiclab.core.survey.QuestionCheckTest.all;
import static org.civiclab.core.survey.QuestionCheckTest.choosing;
import static org.civiclab.core.survey.QuestionCheckTest.likert;
import static org.civiclab.core.survey.QuestionCheckTest.only;
import static org.civiclab.core.survey.QuestionCheckTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.SurveyId;
import org.junit.jupiter.api.Test;

/** A survey checks its question keys, its respondents and every answer, naming the path. */
class SurveyCheckTest {
  private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

  private static Survey.Builder survey(boolean anonymous) {
    return Survey.builder().id(SurveyId.of("s")).title(LocalizedText.of("en", "Feedback"))
        .level(EvaluationLevel.REACTION).anonymous(anonymous)
        .addQuestions(likert(5).key("score").build())
        .addQuestions(choosing(QuestionType.SINGLE_CHOICE, "yes", "no").key("vote").build());
  }

  private static Response.Builder by(String person) {
    return Response.builder().respondent(PersonId.of(person)).submittedOn(DAY);
  }

  // A question key used twice is named at its second question.
  @Test
  void aRepeatedQuestionKeyIsNamedAtItsSecondQuestion() {
    assertEquals("questions[2].key: question 'score' appears twice",
        only(() -> survey(false).addQuestions(q(QuestionType.FREE_TEXT).key("score").build())
            .build()));
  }

  // A survey cannot be its own pre survey, but may name another.
  @Test
  void aSurveyIsNotItsOwnPreSurvey() {
    assertEquals("pre: a survey is not its own pre survey",
        only(() -> survey(false).pre(SurveyId.of("s")).build()));
    assertEquals(Optional.of(SurveyId.of("before")),
        survey(false).pre(SurveyId.of("before")).build().pre());
  }

  // An anonymous survey's responses name nobody; a named survey's each name someone, once.
  @Test
  void respondentsFollowTheSurveysAnonymity() {
    assertEquals("responses[0].respondent: an anonymous survey's responses name nobody",
        only(() -> survey(true).addResponses(by("ana").build()).build()));
    assertEquals(1, survey(true).addResponses(Response.builder().submittedOn(DAY).build())
        .build().responses().size());
    assertEquals("responses[1].respondent: a named survey's response names its respondent",
        only(() -> survey(false).addResponses(by("ana").build(),
            Response.builder().submittedOn(DAY).build()).build()));
    assertEquals("responses[2].respondent: 'ana' answered twice",
        only(() -> survey(false).addResponses(by("ana").build(), by("ben").build(),
            by("ana").build()).build()));
    assertEquals(2, survey(false).addResponses(by("ana").build(), by("ben").build()).build()
        .responses().size());
  }

  // Each answer is checked against its question, at the path of its key.
  @Test
  void everyAnswerIsCheckedAtItsKey() {
    Response r = by("ana").putAnswer("score", Answer.of(6)).putAnswer("vote",
        Answer.choice("maybe")).putAnswer("q 9", Answer.of(1)).build();
    assertEquals(List.of(
        "responses[0].answers.score: answer 6.0 is not a point of the scale 1..5",
        "responses[0].answers.vote: 'maybe' is not one of the choices no, yes",
        "responses[0].answers.'q 9': the survey has no question 'q 9'"),
        all(() -> survey(false).addResponses(r).build()));
    Survey ok = survey(false).addResponses(by("ana").putAnswer("score", Answer.of(5))
        .putAnswer("vote", Answer.choice("no")).build()).build();
    assertEquals(1, ok.responses().size());
  }

  // question(key) finds the question with that key, and nothing for an unknown key.
  @Test
  void aQuestionIsFoundByItsKey() {
    Survey s = survey(false).build();
    assertEquals(QuestionType.SINGLE_CHOICE, s.question("vote").orElseThrow().type());
    assertEquals(QuestionType.LIKERT, s.question("score").orElseThrow().type());
    assertEquals(Optional.empty(), s.question("other"));
  }
}
