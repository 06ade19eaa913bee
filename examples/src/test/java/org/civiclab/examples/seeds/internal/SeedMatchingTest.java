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
      people.add(person("n" + i, ExperienceLevel.NOVICE, "x"));
    }
    for (int i = 0; i < 3; i++) {
      people.add(person("x" + i, ExperienceLevel.EXPERIENCED, "x"));
    }
    var circles = SeedMatching.formCircles(people, 3, 4, 4, 1, 2);
    assertEquals(3, circles.size());
    for (List<CircleMember> c : circles) {
      assertEquals(4, c.size());
      assertEquals(1, c.stream().filter(m -> m.level() == ExperienceLevel.EXPERIENCED).count());
    }
    assertEquals(12, circles.stream().flatMap(List::stream).map(CircleMember::person)
        .collect(Collectors.toSet()).size(), "everyone exactly once");
  }

  @Test
  void pairsByScoreAndExplainsEachPair() {
    List<Person> mentors = List.of(person("m1", ExperienceLevel.NOVICE, "open data"),
        person("m2", ExperienceLevel.NOVICE, "e-services"));
    List<Person> mentees = List.of(person("e1", ExperienceLevel.EXPERIENCED, "e-services"),
        person("e2", ExperienceLevel.EXPERIENCED, "open data"));
    var matches = SeedMatching.pair(mentors, mentees);
    assertEquals(PersonId.of("e1"), matches.get(0).mentee().id(), "mentees' order is kept");
    assertEquals(PersonId.of("m2"), matches.get(0).mentor().id(), "shared interest wins");
    assertEquals(PersonId.of("m1"), matches.get(1).mentor().id());
    assertTrue(matches.get(0).rationale().contains("e-services"), matches.get(0).rationale());
  }

  @Test
  void unplaceablePeopleAreReportedNotDropped() {
    List<Person> mentors = List.of(person("m1", ExperienceLevel.NOVICE, "x"));
    List<Person> mentees = List.of(person("e1", ExperienceLevel.EXPERIENCED, "x"),
        person("e2", ExperienceLevel.EXPERIENCED, "x"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SeedMatching.pair(mentors, mentees));
    assertTrue(e.getMessage().contains("e2"), e.getMessage());
    List<Person> novices = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      novices.add(person("n" + i, ExperienceLevel.NOVICE, "x"));
    }
    assertThrows(InvalidInputException.class,
        () -> SeedMatching.formCircles(novices, 2, 4, 4, 1, 1));
  }

  private static Person person(String id, ExperienceLevel level, String... interests) {
    return Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("SE")
        .addLanguage("sv").addInterests(interests)
        .experience(level).homeZone(ZoneId.of("Europe/Stockholm")).build();
  }
}
