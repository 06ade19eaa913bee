package org.civiclab.examples.seeds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class NameGeneratorTest {

  @Test
  void sameSeedSameNames() {
    assertEquals(names(7, "SE", 30), names(7, "SE", 30));
    assertNotEquals(names(7, "SE", 30), names(8, "SE", 30));
  }

  @Test
  void neverRepeatsAName() {
    List<String> many = names(1, "BA", 120);
    assertEquals(many.size(), new HashSet<>(many).size());
  }

  @Test
  void writesNamesInTheCountrysScript() {
    for (String n : names(3, "BG", 20)) {
      assertTrue(n.codePoints().filter(Character::isLetter).allMatch(c ->
          Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), n);
    }
    for (String n : names(3, "GE", 20)) {
      assertTrue(n.codePoints().filter(Character::isLetter).allMatch(c ->
          Character.UnicodeScript.of(c) == Character.UnicodeScript.GEORGIAN), n);
    }
  }

  @Test
  void usesFeminineSurnamesWhereTheLanguageHasThem() {
    NameGenerator g = new NameGenerator(11);
    for (int i = 0; i < 40; i++) {
      NameGenerator.Name n = g.next("BG");
      String surname = n.fullName().substring(n.fullName().indexOf(' ') + 1);
      assertEquals(n.female(), surname.endsWith("а"), n.fullName());
    }
  }

  @Test
  void unknownCountryIsAClearError() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new NameGenerator(1).next("ZZ"));
    assertTrue(e.getMessage().contains("ZZ"), e.getMessage());
  }

  @Test
  void exhaustedPoolIsAClearError() {
    NameGenerator g = new NameGenerator(5);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
      for (int i = 0; i < 10_000; i++) {
        g.next("ME");
      }
    });
    assertTrue(e.getMessage().contains("exhausted"), e.getMessage());
  }

  private static List<String> names(long seed, String country, int n) {
    NameGenerator g = new NameGenerator(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(g.next(country).fullName());
    }
    return out;
  }
}
