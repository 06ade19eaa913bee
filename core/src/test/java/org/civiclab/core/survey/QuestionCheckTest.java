package org.civiclab.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** A question's own invariants: each broken one gives exactly one problem, at its path. */
class QuestionCheckTest {
  static final LocalizedText WORDS = LocalizedText.of("en", "How was it?");

  static Choice choice(String key) {
    return Choice.of(key, LocalizedText.of("en", key.toUpperCase()));
  }

  static Question.Builder q(QuestionType type) {
    return Question.builder().key("q").text(WORDS).type(type);
  }

  static Question.Builder choosing(QuestionType type, String... keys) {
    Question.Builder b = q(type);
    for (String k : keys) {
      b.addChoices(choice(k));
    }
    return b;
  }

  static Question.Builder likert(int points) {
    Question.Builder b = q(QuestionType.LIKERT);
    for (int i = 1; i <= points; i++) {
      b.addScale(LocalizedText.of("en", "point " + i));
    }
    return b;
  }

  /** The one problem a build reports, as "path: message". */
  static String only(Supplier<?> build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::get);
    assertEquals(1, e.problems().size(), e.problems().toString());
    return e.problems().get(0).path() + ": " + e.problems().get(0).message();
  }

  static List<String> all(Supplier<?> build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::get);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  // A choosing question needs two choices: one is one too few, two is enough, for every type.
  @Test
  void aChoosingQuestionNeedsAtLeastTwoChoices() {
    for (QuestionType t : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
        QuestionType.RANKING)) {
      assertEquals("choices: a " + t + " question needs at least two choices, has 1",
          only(() -> choosing(t, "a").build()));
      assertEquals("choices: a " + t + " question needs at least two choices, has 0",
          only(() -> q(t).build()));
      assertEquals(2, choosing(t, "a", "b").build().choices().size());
    }
  }

  // A question that does not choose must not list choices.
  @Test
  void aNonChoosingQuestionHasNoChoices() {
    assertEquals("choices: a FREE_TEXT question has no choices",
        only(() -> choosing(QuestionType.FREE_TEXT, "a", "b").build()));
    assertEquals("choices: a NUMBER question has no choices",
        only(() -> choosing(QuestionType.NUMBER, "a", "b").build()));
  }

  // A repeated choice key is named at its second occurrence, with the key in the message.
  @Test
  void aRepeatedChoiceKeyIsNamedWhereItRepeats() {
    assertEquals("choices[2].key: choice 'a' appears twice",
        only(() -> choosing(QuestionType.MULTIPLE_CHOICE, "a", "b", "a").build()));
  }

  // A Likert scale needs two labels; other types take none.
  @Test
  void aLikertScaleNeedsTwoLabelsAndOnlyLikertHasThem() {
    assertEquals("scale: a Likert question needs at least two labels",
        only(() -> likert(1).build()));
    assertEquals("scale: a Likert question needs at least two labels",
        only(() -> likert(0).build()));
    assertEquals(2, likert(2).build().scale().size());
    assertEquals("scale: only a Likert question has scale labels",
        only(() -> q(QuestionType.RECOMMENDATION).addScale(WORDS).addScale(WORDS).build()));
  }

  // Bounds belong to number questions only, either bound alone counts; max may equal min.
  @Test
  void boundsBelongToNumberQuestionsAndMaxIsNotBelowMin() {
    assertEquals("min: only a number question has bounds",
        only(() -> likert(3).min(1.0).build()));
    assertEquals("min: only a number question has bounds",
        only(() -> likert(3).max(1.0).build()));
    assertEquals(2.0, q(QuestionType.NUMBER).min(2.0).max(2.0).build().max().orElseThrow());
    assertEquals(2.0, q(QuestionType.NUMBER).min(2.0).build().min().orElseThrow());
    assertEquals("max: max 1.5 is below min 2.0",
        only(() -> q(QuestionType.NUMBER).min(2.0).max(1.5).build()));
  }

  // Each decision rule needs its own question type, and says which one.
  @Test
  void aBallotRuleNeedsItsQuestionType() {
    assertEquals("decisionRule: a APPROVAL ballot needs a MULTIPLE_CHOICE question, not"
        + " SINGLE_CHOICE", only(() -> choosing(QuestionType.SINGLE_CHOICE, "a", "b")
            .decisionRule(DecisionRule.APPROVAL).build()));
    assertEquals("decisionRule: a MAJORITY ballot needs a SINGLE_CHOICE question, not"
        + " MULTIPLE_CHOICE", only(() -> choosing(QuestionType.MULTIPLE_CHOICE, "a", "b")
            .decisionRule(DecisionRule.MAJORITY).build()));
    assertEquals("decisionRule: a MAJORITY ballot needs a SINGLE_CHOICE question, not RANKING",
        only(() -> choosing(QuestionType.RANKING, "a", "b")
            .decisionRule(DecisionRule.MAJORITY).build()));
    assertEquals(DecisionRule.APPROVAL, choosing(QuestionType.MULTIPLE_CHOICE, "a", "b")
        .decisionRule(DecisionRule.APPROVAL).build().decisionRule().orElseThrow());
    assertEquals(DecisionRule.MAJORITY, choosing(QuestionType.SINGLE_CHOICE, "a", "b")
        .decisionRule(DecisionRule.MAJORITY).build().decisionRule().orElseThrow());
  }

  // A threshold goes with a THRESHOLD ballot only, above 0 and at most 1.
  @Test
  void aThresholdGoesWithAThresholdBallotWithinZeroAndOne() {
    Question.Builder ballot = choosing(QuestionType.SINGLE_CHOICE, "a", "b")
        .decisionRule(DecisionRule.THRESHOLD);
    assertEquals("threshold: a THRESHOLD ballot needs a threshold", only(ballot::build));
    assertEquals(1.0, ballot.threshold(1.0).build().threshold().orElseThrow());
    assertEquals(Double.MIN_VALUE, choosing(QuestionType.SINGLE_CHOICE, "a", "b")
        .decisionRule(DecisionRule.THRESHOLD).threshold(Double.MIN_VALUE).build()
        .threshold().orElseThrow());
    assertEquals("threshold: threshold 0.0 must be above 0, at most 1",
        only(() -> choosing(QuestionType.SINGLE_CHOICE, "a", "b")
            .decisionRule(DecisionRule.THRESHOLD).threshold(0.0).build()));
    assertEquals("threshold: threshold 1.0000001 must be above 0, at most 1",
        only(() -> choosing(QuestionType.SINGLE_CHOICE, "a", "b")
            .decisionRule(DecisionRule.THRESHOLD).threshold(1.0000001).build()));
    assertEquals("threshold: only a THRESHOLD ballot has a threshold",
        only(() -> choosing(QuestionType.SINGLE_CHOICE, "a", "b")
            .decisionRule(DecisionRule.MAJORITY).threshold(0.5).build()));
    assertEquals("threshold: only a THRESHOLD ballot has a threshold",
        only(() -> choosing(QuestionType.SINGLE_CHOICE, "a", "b").threshold(0.5).build()));
    assertEquals(List.of("threshold: only a THRESHOLD ballot has a threshold",
        "threshold: threshold -1.0 must be above 0, at most 1"),
        all(() -> choosing(QuestionType.SINGLE_CHOICE, "a", "b").threshold(-1.0).build()));
  }

  // A blank key is refused at "key"; a blank choice key at the choice's "key".
  @Test
  void keysMustBeVisible() {
    assertEquals("key", assertThrows(InvalidInputException.class,
        () -> q(QuestionType.FREE_TEXT).key(" ").build()).problems().get(0).path());
    assertEquals("key", assertThrows(InvalidInputException.class,
        () -> Choice.of(" ", WORDS)).problems().get(0).path());
    assertEquals("k", Choice.of("k", WORDS).key());
  }
}
