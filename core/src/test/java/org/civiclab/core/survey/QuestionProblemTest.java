package org.civiclab.core.survey;

import static org.civiclab.core.survey.QuestionCheckTest.choosing;
import static org.civiclab.core.survey.QuestionCheckTest.likert;
import static org.civiclab.core.survey.QuestionCheckTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Question.problem accepts exactly the answers its type allows, and says why it refuses. */
class QuestionProblemTest {
  private static final Optional<String> FITS = Optional.empty();

  private static Optional<String> why(String text) {
    return Optional.of(text);
  }

  // On half-point steps from -2 to 12, a Likert point fits exactly when it is a whole number
  // from 1 to the number of labels, and a recommendation when it is a whole number 0..10.
  @Property(tries = 60)
  void numericAnswersFitExactlyTheWholePointsOfTheirRange(
      @ForAll @IntRange(min = 2, max = 7) int points, @ForAll @IntRange(min = -4, max = 24)
      int halves) {
    double v = halves / 2.0;
    boolean whole = halves % 2 == 0;
    Question l = likert(points).build();
    assertEquals(whole && v >= 1 && v <= points ? FITS
        : why("answer " + v + " is not a point of the scale 1.." + points),
        l.problem(Answer.of(v)));
    Question r = q(QuestionType.RECOMMENDATION).build();
    assertEquals(whole && v >= 0 && v <= 10 ? FITS
        : why("answer " + v + " is not a whole number from 0 to 10"), r.problem(Answer.of(v)));
  }

  // A number question's bounds are inclusive; an open side prints as nothing.
  @Test
  void aNumberFitsItsInclusiveBounds() {
    Question both = q(QuestionType.NUMBER).min(1.0).max(5.0).build();
    assertEquals(FITS, both.problem(Answer.of(1.0)));
    assertEquals(FITS, both.problem(Answer.of(5.0)));
    assertEquals(FITS, both.problem(Answer.of(2.5)));
    assertEquals(why("answer 0.5 is outside 1.0..5.0"), both.problem(Answer.of(0.5)));
    assertEquals(why("answer 5.5 is outside 1.0..5.0"), both.problem(Answer.of(5.5)));
    Question upper = q(QuestionType.NUMBER).max(5.0).build();
    assertEquals(FITS, upper.problem(Answer.of(-1e9)));
    assertEquals(why("answer 6.0 is outside ..5.0"), upper.problem(Answer.of(6.0)));
    Question lower = q(QuestionType.NUMBER).min(1.0).build();
    assertEquals(FITS, lower.problem(Answer.of(1e9)));
    assertEquals(why("answer 0.0 is outside 1.0.."), lower.problem(Answer.of(0.0)));
    assertEquals(FITS, q(QuestionType.NUMBER).build().problem(Answer.of(-7.25)));
  }

  // A numeric question refuses an answer without a number, or with choices or a text besides.
  @Test
  void aNumericQuestionTakesANumberOnly() {
    for (Question qn : List.of(likert(5).build(), q(QuestionType.RECOMMENDATION).build(),
        q(QuestionType.NUMBER).build())) {
      Optional<String> no = why("a " + qn.type() + " question takes a number only");
      assertEquals(no, qn.problem(Answer.text("three")));
      assertEquals(no, qn.problem(Answer.choice("a")));
      assertEquals(no, qn.problem(Answer.builder().number(3.0).text("three").build()));
      assertEquals(no, qn.problem(Answer.builder().number(3.0).addChoices("a").build()));
      assertEquals(FITS, qn.problem(Answer.of(3)));
    }
  }

  // Free text takes a text and nothing else.
  @Test
  void freeTextTakesATextOnly() {
    Question ft = q(QuestionType.FREE_TEXT).build();
    Optional<String> no = why("a FREE_TEXT question takes a text only");
    assertEquals(FITS, ft.problem(Answer.text("fine")));
    assertEquals(no, ft.problem(Answer.of(3)));
    assertEquals(no, ft.problem(Answer.builder().text("fine").number(1.0).build()));
    assertEquals(no, ft.problem(Answer.builder().text("fine").addChoices("a").build()));
    assertEquals(no, ft.problem(Answer.builder().build()));
  }

  // A choice question takes choices only; an unknown key lists the known ones sorted.
  @Test
  void aChoiceQuestionTakesKnownChoicesOnceEach() {
    Question multi = choosing(QuestionType.MULTIPLE_CHOICE, "c", "a", "b").build();
    assertEquals(why("a MULTIPLE_CHOICE question takes choices only"),
        multi.problem(Answer.of(1)));
    assertEquals(why("a MULTIPLE_CHOICE question takes choices only"),
        multi.problem(Answer.builder().addChoices("a").text("x").build()));
    assertEquals(why("'z' is not one of the choices a, b, c"),
        multi.problem(Answer.choices(List.of("a", "z"))));
    assertEquals(why("'b' is chosen twice"), multi.problem(Answer.choices(List.of("b", "c",
        "b"))));
    assertEquals(FITS, multi.problem(Answer.choices(List.of())));
    assertEquals(FITS, multi.problem(Answer.choices(List.of("c", "a", "b"))));
  }

  // A single choice takes exactly one; a ranking orders every choice exactly once.
  @Test
  void singleChoiceTakesOneAndRankingTakesAll() {
    Question single = choosing(QuestionType.SINGLE_CHOICE, "a", "b").build();
    Optional<String> one = why("a SINGLE_CHOICE question takes exactly one choice");
    assertEquals(FITS, single.problem(Answer.choice("b")));
    assertEquals(one, single.problem(Answer.choices(List.of())));
    assertEquals(one, single.problem(Answer.choices(List.of("a", "b"))));
    Question rank = choosing(QuestionType.RANKING, "a", "b", "c").build();
    Optional<String> every = why("a ranking orders every choice once");
    assertEquals(FITS, rank.problem(Answer.choices(List.of("c", "a", "b"))));
    assertEquals(every, rank.problem(Answer.choices(List.of("c", "a"))));
    assertEquals(every, rank.problem(Answer.choices(List.of())));
  }

  // The type predicates name exactly the numeric and the choosing types.
  @Test
  void typePredicatesSplitTheTypes() {
    for (QuestionType t : QuestionType.values()) {
      assertEquals(t == QuestionType.LIKERT || t == QuestionType.RECOMMENDATION
          || t == QuestionType.NUMBER, t.numeric(), t.name());
      assertEquals(t == QuestionType.SINGLE_CHOICE || t == QuestionType.MULTIPLE_CHOICE
          || t == QuestionType.RANKING, t.choosing(), t.name());
    }
  }
}
