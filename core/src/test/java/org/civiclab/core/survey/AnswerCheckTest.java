package org.civiclab.core.survey;

import static org.civiclab.core.survey.QuestionCheckTest.all;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer refuses a number that is not finite, a text with a control character, blank keys. */
class AnswerCheckTest {
  // NaN and the infinities are refused at "number"; the largest finite double is kept.
  @Test
  void aNumberMustBeFinite() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertEquals(List.of("number: a number must be finite"), all(() -> Answer.of(bad)));
    }
    assertEquals(Double.MAX_VALUE, Answer.of(Double.MAX_VALUE).number().orElseThrow());
  }

  // A free text may be blank but may not hold a control character other than tab and newline.
  @Test
  void aTextStaysInTheTextDomain() {
    assertEquals(List.of("text: contains the control character \\u0007 at index 2; a text may"
        + " hold tab and newline but no other character U+0000 to U+001F"),
        all(() -> Answer.text("ok\u0007")));
    assertEquals(" ", Answer.text(" ").text().orElseThrow());
    assertEquals("a\tb\nc", Answer.text("a\tb\nc").text().orElseThrow());
  }

  // Every choice key must be visible, each named by its index.
  @Test
  void choiceKeysMustBeVisible() {
    assertEquals(List.of("choices[1]: must not be blank", "choices[2]: must not be blank"),
        all(() -> Answer.choices(List.of("a", " ", ""))));
    assertEquals(List.of("b", "a"), Answer.choices(List.of("b", "a")).choices());
    assertEquals(List.of("a"), Answer.choice("a").choices());
  }
}
