package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.model.Person;
import org.junit.jupiter.api.Test;

class SeedProgramsTest {

  private final List<SeedProgram> all = SeedPrograms.all();

  @Test
  void fiveProgramsInSourceOrder() {
    assertEquals(List.of("000", "001", "002", "003", "004"),
        all.stream().map(SeedProgram::source).collect(Collectors.toList()));
  }

  @Test
  void everyProgramIsValidAndExplainsItself() {
    for (SeedProgram s : all) {
      assertTrue(s.validate().isValid(), s.program().id() + ": " + s.validate());
      assertFalse(s.facts().isEmpty(), s.source());
      assertFalse(s.assumptions().isEmpty(), s.source());
    }
  }

  @Test
  void everyReferencedPersonIsInTheDirectory() {
    for (SeedProgram s : all) {
      for (var id : s.program().referencedPeople()) {
        assertTrue(s.directory().person(id).isPresent(), s.source() + " " + id);
      }
    }
  }

  @Test
  void titlesInTheDocumentsLanguages() {
    assertEquals(List.of("sv", "bs", "en", "sv", "ka"), all.stream()
        .map(s -> s.program().title().original()).collect(Collectors.toList()));
    assertTrue(all.get(2).program().title().in("bg").isPresent());
  }

  @Test
  void realNamesOnlyForThePeopleTheTextsName() {
    Set<String> named = Set.of("Isma Stanić", "Armin Alijagić", "Malin Rinstad",
        "Katarina Gidlund");
    Set<String> found = all.stream().flatMap(s -> s.directory().people().values().stream())
        .map(Person::fullName).filter(named::contains).collect(Collectors.toSet());
    assertEquals(named, found);
  }

  @Test
  void buildingTwiceGivesEqualPrograms() {
    List<SeedProgram> again = SeedPrograms.all();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(all.get(i), again.get(i), all.get(i).source());
    }
  }
}
