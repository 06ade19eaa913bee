package org.civiclab.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Texts;
import org.junit.jupiter.api.Test;

/** The shared checks at their edges: each records exactly the problems it promises. */
class ChecksTest {

  private static List<Problem> problems(Consumer<Checks> checks) {
    Checks c = Checks.start();
    checks.accept(c);
    try {
      c.done();
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  @Test
  void aPlainKeyStandsAsItIsAndAnyOtherIsQuoted() {
    String longest = "k".repeat(64);
    assertEquals("reg-ion_2", Checks.key("reg-ion_2"));
    assertEquals(longest, Checks.key(longest));
    for (String odd : List.of("", longest + "k", "a b", "a.b", "år", "a\"b", "a[0]")) {
      assertEquals(Texts.quote(odd), Checks.key(odd), odd);
    }
  }

  @Test
  void textsAreCheckedOneByOneWithTheirIndex() {
    String bad = "bad\u0000text";
    List<Problem> visible = problems(c -> c.texts(List.of("ok", " ", bad), "notes", true));
    assertEquals(List.of("notes[1]", "notes[2]"), visible.stream().map(Problem::path).toList());
    assertEquals("must not be blank", visible.get(0).message());
    List<Problem> any = problems(c -> c.texts(List.of("ok", " ", bad), "notes", false));
    assertEquals(List.of("notes[2]"), any.stream().map(Problem::path).toList());
    Checks c = Checks.start();
    assertTrue(c.text("fine", "x"));
    assertFalse(c.text(bad, "x"));
  }

  @Test
  void languageTagsAndCountryCodes() {
    // the longest tag accepted: 256 characters, well formed (private-use subtags of 8)
    String longest = "sv-x-abcdefgh" + "-abcdefgh".repeat(27);
    assertEquals(256, longest.length());
    assertEquals(List.of(), problems(c -> c.language(longest, "lang")));
    assertEquals(List.of(), problems(c -> c.language("bs-Latn", "lang")));
    assertEquals(1, problems(c -> c.language(longest + "-a", "lang")).size());
    assertEquals(List.of(Problem.at("lang", Texts.quote("not a tag!")
        + " is not a language tag such as sv, bs or ka")),
        problems(c -> c.language("not a tag!", "lang")));
    assertEquals(List.of(), problems(c -> c.country("XK", "country")));
    assertEquals(3, problems(c -> c.country("se", "a").country("SWE", "b").country("S", "c"))
        .size());
  }

  @Test
  void aRepeatedKeyIsReportedAtEachLaterElement() {
    List<Problem> p = problems(c -> c.unique(List.of("a", "b", "a", "a"), x -> x, "venues",
        "id"));
    assertEquals(List.of("venues[2].id", "venues[3].id"), p.stream().map(Problem::path)
        .toList());
    assertEquals("id " + Texts.quote("a") + " is used twice", p.get(0).message());
  }

  @Test
  void notBlankReturnsTheTextOrNamesTheField() {
    String name = "Emina";
    assertSame(name, Checks.notBlank(name, "name"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Checks.notBlank("  ", "name"));
    assertEquals(List.of(Problem.at("name", "must not be blank")), e.problems());
  }
}
