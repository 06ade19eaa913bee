package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * {@link LocalizedText}'s lookups and checks: {@code best} takes the first preferred language
 * the text has and falls back to the original (checked against a naive scan), {@code with}
 * replaces a translation in place of adding a second one, and each broken rule is reported at
 * {@code original}, {@code texts} or {@code texts.LANGUAGE} with its exact message.
 */
class LocalizedTextLookupTest {
  private static final List<String> LANGUAGES = List.of("sv", "en", "bs", "bg", "ka");

  private static List<Problem> refused(LocalizedText.Builder b) {
    return assertThrows(InvalidInputException.class, b::build).problems();
  }

  @Test
  void aSingleLanguageTextIsItsOwnOriginal() {
    LocalizedText t = LocalizedText.of("ka", "თბილისი");
    assertEquals("ka", t.original());
    assertEquals("თბილისი", t.text());
    assertEquals("თბილისი", t.toString());
    assertEquals(Optional.of("თბილისი"), t.in("ka"));
    assertEquals(Optional.empty(), t.in("en"));
  }

  @Test
  void bestTakesTheFirstPreferredLanguageAndElseTheOriginal() {
    LocalizedText t = LocalizedText.of("sv", "Ledarskap").with("en", "Leadership")
        .with("bs", "Liderstvo");
    assertEquals("Leadership", t.best(List.of("de", "en", "bs")));
    assertEquals("Liderstvo", t.best(List.of("bs", "en")));
    assertEquals("Ledarskap", t.best(List.of("de", "fr")));
    assertEquals("Ledarskap", t.best(List.of()));
  }

  @Test
  void withReplacesATranslationAndKeepsTheOthersInOrder() {
    LocalizedText t = LocalizedText.of("sv", "Hej").with("en", "Hi").with("bs", "Zdravo");
    LocalizedText changed = t.with("en", "Hello");
    assertEquals(List.of("sv", "bs", "en"), List.copyOf(changed.texts().keySet()));
    assertEquals("Hello", changed.in("en").orElseThrow());
    assertEquals("Hi", t.in("en").orElseThrow());
    LocalizedText original = t.with("sv", "Hallå");
    assertEquals("sv", original.original());
    assertEquals("Hallå", original.text());
    assertEquals(3, original.texts().size());
  }

  @Property(tries = 100)
  void bestIsTheNaiveFirstMatch(@ForAll @Size(max = 5) List<@IntRange(min = 0, max = 4) Integer> has,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 4) Integer> preferred) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("sv", "text sv");
    has.forEach(i -> texts.put(LANGUAGES.get(i), "text " + LANGUAGES.get(i)));
    LocalizedText t = LocalizedText.builder().original("sv").texts(texts).build();
    List<String> prefs = new ArrayList<>();
    preferred.forEach(i -> prefs.add(LANGUAGES.get(i)));
    String expected = "text sv";
    for (int i = prefs.size() - 1; i >= 0; i--) {
      if (texts.containsKey(prefs.get(i))) {
        expected = texts.get(prefs.get(i));
      }
    }
    assertEquals(expected, t.best(prefs));
  }

  @Test
  void aTextWithoutItsOriginalLanguageIsRefusedAtTexts() {
    assertEquals(List.of(Problem.at("texts", "has no text in its original language 'en'")),
        refused(LocalizedText.builder().original("en").putText("sv", "Hej")));
  }

  @Test
  void aBadOriginalIsRefusedAtOriginal() {
    assertEquals(List.of(
        Problem.at("original", "'not a tag' is not a language tag such as sv, bs or ka"),
        Problem.at("texts", "has no text in its original language 'not a tag'")),
        refused(LocalizedText.builder().original("not a tag").putText("en", "Hi")));
  }

  @Test
  void eachBadTranslationIsRefusedAtItsLanguage() {
    assertEquals(List.of(Problem.at("texts.en", "must not be blank")),
        refused(LocalizedText.builder().original("sv").putText("sv", "Hej").putText("en", " \t")));
    assertEquals(List.of(Problem.at("texts.sv", "contains the control character \\u0007 at index"
        + " 1; a text may hold tab and newline but no other character U+0000 to U+001F")),
        refused(LocalizedText.builder().original("sv").putText("sv", "H\u0007j")));
    assertEquals(List.of(Problem.at("texts.'x y'",
        "'x y' is not a language tag such as sv, bs or ka")),
        refused(LocalizedText.builder().original("sv").putText("sv", "Hej").putText("x y", "z")));
  }
}
