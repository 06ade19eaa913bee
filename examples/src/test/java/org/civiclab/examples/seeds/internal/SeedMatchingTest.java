package org.civiclab.examples.seeds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

class SeedMatchingTest {

  @Test
  void circlesEachGetExperiencedAndNoviceMembers() {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      people.add(person("n" + i, ExperienceLevel.NOVICE));
    }
    for (int i = 0; i < 3; i++) {
      people.add(person("x" + i, ExperienceLevel.EXPERIENCED));
    }
    var circles = SeedMatching.formCircles(people, 3);
    assertEquals(3, circles.size());
    for (List<CircleMember> c : circles) {
      assertEquals(4, c.size());
      assertEquals(1, c.stream().filter(m -> m.level() == ExperienceLevel.EXPERIENCED).count());
    }
    assertEquals(12, circles.stream().flatMap(List::stream).map(CircleMember::person)
        .collect(Collectors.toSet()).size(), "everyone exactly once");
  }

  @Test
  void pairsOneToOneInOrder() {
    List<Person> mentors = List.of(person("m1", ExperienceLevel.NOVICE),
        person("m2", ExperienceLevel.NOVICE));
    List<Person> mentees = List.of(person("e1", ExperienceLevel.EXPERIENCED),
        person("e2", ExperienceLevel.EXPERIENCED));
    var matches = SeedMatching.pair(mentors, mentees);
    assertEquals(PersonId.of("m1"), matches.get(0).mentor().id());
    assertEquals(PersonId.of("e2"), matches.get(1).mentee().id());
    assertTrue(!matches.get(0).rationale().isBlank());
  }

  @Test
  void unevenListsAreRejected() {
    assertThrows(InvalidInputException.class, () -> SeedMatching.pair(
        List.of(person("m1", ExperienceLevel.NOVICE)), List.of()));
    assertThrows(InvalidInputException.class, () -> SeedMatching.formCircles(List.of(), 0));
  }

  private static Person person(String id, ExperienceLevel level) {
    return Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("SE")
        .experience(level).homeZone(ZoneId.of("Europe/Stockholm")).build();
  }
}
