package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.AnalysesTest.assertRow;
import static org.civiclab.core.analysis.Fixtures.edition;
import static org.civiclab.core.analysis.Fixtures.enrol;
import static org.civiclab.core.analysis.Fixtures.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.model.AttributeValue;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link Breakdowns}: exact rows for hand-made people (ties broken by value, missing
 * values in {@code (none)}, unknown people in {@code (unknown person)}, enrolments that hold
 * no place left out) and a naive recount of random people and programs.
 */
class BreakdownsTest {

  private static Person person(String id, Optional<String> region) {
    var b = Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("GE")
        .homeZone(Fixtures.ZONE);
    region.ifPresent(b::region);
    return b.build();
  }

  private static Person withColour(String id, String colour) {
    return Person.builder().from(person(id, Optional.empty()))
        .putAttribute("colour", AttributeValue.text(colour)).build();
  }

  @Test
  void peopleAreCountedPerValueMostFirstThenByValue() {
    List<Person> people = List.of(person("a", Optional.of("west")),
        person("b", Optional.of("east")), person("c", Optional.of("west")),
        person("d", Optional.empty()), person("e", Optional.of("east")),
        person("f", Optional.of("north")));
    Table t = Breakdowns.people(people, "region");
    assertEquals("people by region", t.title());
    assertEquals(List.of("region", "people", "share"), t.columns());
    assertEquals(4, t.size());
    // east and west tie on 2: east first by value; (none) sorts before north ('(' < 'n')
    assertRow(t, 0, "region", "east", "people", 2L, "share", "0.3333");
    assertRow(t, 1, "region", "west", "people", 2L, "share", "0.3333");
    assertRow(t, 2, "region", "(none)", "people", 1L, "share", "0.1667");
    assertRow(t, 3, "region", "north", "people", 1L, "share", "0.1667");
    assertEquals(1.0 / 6, t.rate(3, "share").getAsDouble(), 1e-15);
  }

  @Test
  void aSinglePersonHasTheWholeShareAndNobodyGivesNoRows() {
    Table one = Breakdowns.people(List.of(withColour("a", "red")), "colour");
    assertEquals(1, one.size());
    assertRow(one, 0, "colour", "red", "people", 1L, "share", "1.0000");
    assertEquals(0, Breakdowns.people(List.of(), "colour").size());
    assertEquals(List.of("colour", "people", "share"),
        Breakdowns.people(List.of(), "colour").columns());
  }

  /** a and b are known, x is not; w is waitlisted and z cancelled, so neither counts. */
  private static Program course() {
    return program("p", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
        .addEdition(edition("e24", 2024).addEnrollments(
            enrol("a", EnrollmentStatus.CONFIRMED, 0, Optional.empty()),
            enrol("b", EnrollmentStatus.COMPLETED, 1, Optional.empty()),
            enrol("x", EnrollmentStatus.REGISTERED, 2, Optional.empty()),
            enrol("w", EnrollmentStatus.WAITLISTED, 3, Optional.empty())).build())
        .addEdition(edition("e25", 2025).addEnrollments(
            enrol("a", EnrollmentStatus.COMPLETED, 0, Optional.empty()),
            enrol("z", EnrollmentStatus.CANCELLED, 1, Optional.empty())).build())
        .build();
  }

  @Test
  void participationCountsDistinctPeopleAndTheirEnrolments() {
    DirectorySnapshot directory = DirectorySnapshot.of(List.of(withColour("a", "red"),
        person("b", Optional.empty()), withColour("w", "red"), withColour("z", "blue")),
        List.of());
    Table t = Breakdowns.participation(List.of(course()), directory, "colour");
    assertEquals("participation by colour", t.title());
    assertEquals(List.of("colour", "people", "enrolments", "share"), t.columns());
    assertEquals(3, t.size());
    assertRow(t, 0, "colour", "(none)", "people", 1L, "enrolments", 1L, "share", "0.3333");
    assertRow(t, 1, "colour", "(unknown person)", "people", 1L, "enrolments", 1L);
    assertRow(t, 2, "colour", "red", "people", 1L, "enrolments", 2L, "share", "0.3333");
    Table twice = Breakdowns.participation(List.of(course(), course()), directory, "colour");
    assertRow(twice, 2, "colour", "red", "people", 1L, "enrolments", 4L, "share", "0.3333");
    assertEquals(0, Breakdowns.participation(List.of(), directory, "colour").size());
  }

  @Property(tries = 100)
  void bothBreakdownsEqualANaiveRecount(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] colours = {"red", "blue", "green"};
    List<Person> people = new ArrayList<>();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      people.add(r.nextInt(4) == 0 ? person("p" + i, Optional.empty())
          : withColour("p" + i, colours[r.nextInt(colours.length)]));
    }
    assertMatches(naive(people.stream().map(p -> Map.entry(p.id(), Optional.of(p))).toList(),
        null),
        Breakdowns.people(people, "colour"), false);
    Program.Builder p = program("p", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
    List<Map.Entry<PersonId, Optional<Person>>> joined = new ArrayList<>();
    Map<String, Long> enrolments = new HashMap<>();
    DirectorySnapshot directory = DirectorySnapshot.of(people, List.of());
    int editions = r.nextInt(4);
    for (int y = 0; y < editions; y++) {
      Edition.Builder e = edition("e" + y, 2020 + y);
      Set<String> taken = new HashSet<>();
      int places = r.nextInt(10);
      for (int i = 0; i < places; i++) {
        String who = "p" + r.nextInt(14);
        if (!taken.add(who)) {
          continue;
        }
        EnrollmentStatus s = EnrollmentStatus.values()[r.nextInt(
            EnrollmentStatus.values().length)];
        Enrollment en = enrol(who, s, i, Optional.empty());
        e.addEnrollment(en);
        if (en.holdsPlace()) {
          Optional<Person> found = directory.person(en.person());
          joined.add(Map.entry(en.person(), found));
          enrolments.merge(key(found), 1L, Long::sum);
        }
      }
      p.addEdition(e.build());
    }
    assertMatches(naive(joined, enrolments), Breakdowns.participation(List.of(p.build()),
        directory, "colour"), true);
  }

  private static String key(Optional<Person> p) {
    return p.isEmpty() ? "(unknown person)"
        : Optional.ofNullable(p.get().attributes().get("colour")).map(AttributeValue::value)
            .orElse("(none)");
  }

  /** Rows as [value, people, enrolments] sorted the documented way, with the distinct total. */
  private static List<Object[]> naive(List<Map.Entry<PersonId, Optional<Person>>> people,
      Map<String, Long> enrols) {
    Map<String, Set<PersonId>> by = new HashMap<>();
    Set<PersonId> all = new HashSet<>();
    for (Map.Entry<PersonId, Optional<Person>> p : people) {
      by.computeIfAbsent(key(p.getValue()), k -> new HashSet<>()).add(p.getKey());
      all.add(p.getKey());
    }
    List<Object[]> rows = new ArrayList<>();
    by.forEach((k, v) -> rows.add(new Object[] {k, (long) v.size(),
        enrols == null ? 0L : enrols.get(k), (long) all.size()}));
    rows.sort(Comparator.<Object[], Long>comparing(x -> -(Long) x[1])
        .thenComparing(x -> (String) x[0]));
    return rows;
  }

  private static void assertMatches(List<Object[]> expected, Table t, boolean enrolments) {
    assertEquals(expected.size(), t.size(), t::render);
    for (int i = 0; i < t.size(); i++) {
      Object[] row = expected.get(i);
      assertEquals(row[0], t.text(i, "colour"), t::render);
      assertEquals(row[1], t.count(i, "people"));
      if (enrolments) {
        assertEquals(row[2], t.count(i, "enrolments"));
      }
      assertEquals((double) (Long) row[1] / (Long) row[3], t.rate(i, "share").getAsDouble(),
          1e-12);
      assertTrue(t.rate(i, "share").getAsDouble() <= 1.0);
    }
  }
}
