package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.matching.internal.AssignmentSolver;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

class MatchingExamplesTest {
  private static final OrganizationId DIGG = OrganizationId.of("digg");
  private static final OrganizationId MIUN = OrganizationId.of("miun");

  private static MatchCandidate manager(String id, String unit, String... interests) {
    return MatchCandidate.builder().id(PersonId.of(id)).organization(DIGG).unit(unit)
        .addLanguage("sv").addInterests(interests).experience(ExperienceLevel.EXPERIENCED).build();
  }

  private static MatchCandidate student(String id, String... interests) {
    return MatchCandidate.builder().id(PersonId.of(id)).organization(MIUN).addLanguages("sv", "en")
        .addInterests(interests).build();
  }

  @Test
  void pairsExplainTheirScoreTermByTerm() {
    PairingResult result = Pairings.optimal(PairingRequest.builder()
        .addMentors(student("s1", "ai", "open data"), student("s2", "accessibility"))
        .addMentees(manager("m1", "it", "ai", "open data"), manager("m2", "it", "accessibility"))
        .build());
    assertEquals(2, result.pairs().size());
    MentorPair first = result.pairs().get(0);
    assertEquals(PersonId.of("s1"), first.mentor());
    assertEquals(PersonId.of("m1"), first.mentee());
    assertEquals(3 + 3 + 2 + 1, first.score());
    assertEquals("shared interests (ai, open data) +6, common language (sv) +2, "
        + "different organisations +1; common language required", first.explanation().toString());
    assertEquals(9 + 6, result.totalScore());
  }

  @Test
  void unmatchedPeopleAreListedWithTheReason() {
    MatchCandidate english = MatchCandidate.builder().id(PersonId.of("e1")).addLanguage("en")
        .build();
    MatchCandidate boss = manager("boss", "it");
    MatchCandidate report = MatchCandidate.builder().from(manager("m9", "hr"))
        .reportsTo(PersonId.of("boss")).build();
    PairingResult result = Pairings.optimal(PairingRequest.builder().addMentor(boss)
        .addMentees(english, report, manager("m3", "it")).build());
    assertEquals(List.of(), result.pairs());
    assertEquals("no eligible mentor: no common language (1 mentor)",
        reason(result.unmatchedMentees(), "e1"));
    assertEquals("no eligible mentor: same reporting line (1 mentor)",
        reason(result.unmatchedMentees(), "m9"));
    assertEquals("no eligible mentor: same unit (1 mentor)",
        reason(result.unmatchedMentees(), "m3"));
    assertTrue(reason(result.unmatchedMentors(), "boss").startsWith("no eligible mentee: "));
  }

  @Test
  void mentorsTakeUpToTheirCapacityAndTheRestAreExplained() {
    PairingResult result = Pairings.optimal(PairingRequest.builder()
        .addMentors(student("s1", "ai")).mentorCapacity(2)
        .addMentees(manager("m1", "a", "ai"), manager("m2", "b"), manager("m3", "c", "ai"))
        .build());
    assertEquals(2, result.pairs().size());
    assertEquals(List.of("m1", "m3"), result.pairs().stream().map(p -> p.mentee().value())
        .toList());
    assertEquals("every eligible mentor (s1) is fully booked; no pairing can place more mentees",
        reason(result.unmatchedMentees(), "m2"));
  }

  @Test
  void candidatesComeFromDomainPeople() {
    Person person = Person.builder().id(PersonId.of("ana")).fullName("Ana").country("SE")
        .homeZone(ZoneId.of("Europe/Stockholm")).organization(DIGG).unit("it")
        .addLanguage("sv").addInterest("ai").experience(ExperienceLevel.EXPERIENCED).build();
    MatchCandidate c = MatchCandidate.from(person).facilitator(true).build();
    assertEquals(Set.of("ai"), c.interests());
    assertTrue(c.isExperienced() && c.facilitator());
    assertEquals(Optional.of("it"), c.unit());
  }

  @Test
  void circlesReportWhyPeopleAreLeftOut() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      people.add(MatchCandidate.builder().id(PersonId.of("p" + i))
          .organization(OrganizationId.of("org" + i % 4))
          .experience(i < 2 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE).build());
    }
    List<MatchCandidate> leads = List.of(lead("f0"), lead("f1"), lead("f2"));
    CircleResult result = Circles.form(CircleRequest.builder().people(people)
        .facilitators(leads).build());
    // two experienced members allow two circles of at most 8: 13 fit
    assertEquals(2, result.circles().size());
    assertEquals(List.of(), result.unplaced());
    people.add(MatchCandidate.builder().id(PersonId.of("p13")).build());
    people.add(MatchCandidate.builder().id(PersonId.of("p14")).build());
    people.add(MatchCandidate.builder().id(PersonId.of("p15")).build());
    CircleResult full = Circles.form(CircleRequest.builder().people(people).facilitators(leads)
        .build());
    assertEquals(16, full.circles().stream().mapToInt(c -> c.members().size()).sum());
    people.add(MatchCandidate.builder().id(PersonId.of("p16")).build());
    CircleResult over = Circles.form(CircleRequest.builder().people(people).facilitators(leads)
        .build());
    assertEquals(1, over.unplaced().size());
    assertEquals("all 2 circles are full (at most 8 members); another circle would need more "
        + "experienced members (2 in total, 1 per circle)", over.unplaced().get(0).reason());
  }

  @Test
  void aFixedNumberOfCirclesIsFormedAndTheOverflowExplained() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add(MatchCandidate.builder().id(PersonId.of(String.format("p%02d", i)))
          .experience(i % 2 == 0 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE).build());
    }
    CircleResult result = Circles.form(CircleRequest.builder().people(people).circleCount(2)
        .addFacilitators(lead("f0"), lead("f1"), lead("f2")).build());
    assertEquals(2, result.circles().size());
    assertEquals(4, result.unplaced().size());
    assertEquals("all 2 circles are full (at most 8 members); the request fixes 2 circles",
        result.unplaced().get(0).reason());
    assertEquals(result, Circles.form(CircleRequest.builder().people(people).circleCount(2)
        .addFacilitators(lead("f0"), lead("f1"), lead("f2")).build()), "same seed, same circles");
  }

  @Test
  void circlesShareAWeeklySlot() {
    List<MatchCandidate> people = new ArrayList<>();
    WeeklySlot tue = WeeklySlot.of(DayOfWeek.TUESDAY, 18);
    WeeklySlot thu = WeeklySlot.of(DayOfWeek.THURSDAY, 9);
    for (int i = 0; i < 10; i++) {
      people.add(MatchCandidate.builder().id(PersonId.of("p" + i))
          .experience(i % 5 == 0 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE)
          .addAvailability(i % 2 == 0 ? tue : thu).build());
    }
    CircleResult result = Circles.form(CircleRequest.builder().people(people)
        .addFacilitators(MatchCandidate.builder().id(PersonId.of("lead-tue")).addAvailability(tue)
            .build(), MatchCandidate.builder().id(PersonId.of("lead-thu")).addAvailability(thu)
            .build())
        .composition(CircleComposition.ofSize(2, 6)).build());
    for (Circle c : result.circles()) {
      assertEquals(1, c.commonSlots().size(), c::toString);
    }
    assertEquals(10, result.circles().stream().mapToInt(c -> c.members().size()).sum()
        + result.unplaced().stream().filter(u -> u.person().value().startsWith("p")).count());
  }

  @Test
  void exchangeHostsRespectCapacityDatesAndThemes() {
    DateRange may = DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
    Host tbilisi = Host.builder().organization(OrganizationId.of("tbilisi-ngo")).capacity(1)
        .addThemes("water", "youth").addWindow(may).build();
    Visitor a = Visitor.builder().person(PersonId.of("a")).addInterest("water")
        .dates(DateRange.of(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 9))).build();
    Visitor b = Visitor.builder().person(PersonId.of("b")).addInterests("water", "youth")
        .dates(DateRange.of(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 16))).build();
    Visitor c = Visitor.builder().person(PersonId.of("c")).addInterest("youth")
        .dates(DateRange.of(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 6))).build();
    ExchangeResult result = Exchanges.assign(ExchangeRequest.builder().addVisitors(a, b, c)
        .addHost(tbilisi).build());
    assertEquals(1, result.placements().size());
    assertEquals(PersonId.of("b"), result.placements().get(0).visitor());
    assertEquals("shared themes (water, youth) +6; dates inside the host's window, "
        + "within host capacity 1", result.placements().get(0).explanation().toString());
    assertEquals("every fitting host (tbilisi-ngo) is at capacity; no assignment can place more "
        + "visitors", reason(result.unplaced(), "a"));
    assertEquals("no fitting host: dates outside the host's windows (1 host)",
        reason(result.unplaced(), "c"));
  }

  @Test
  void badInputNamesTheFieldAndValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () ->
        PairingRequest.builder().addMentors(student("s1"), student("s1")).mentorCapacity(-1)
            .build());
    assertEquals(2, e.problems().size());
    assertEquals("mentors[1]: duplicate person s1", e.problems().get(0).toString());
    assertEquals("mentorCapacity: must not be negative, got -1", e.problems().get(1).toString());
    InvalidInputException sizes = assertThrows(InvalidInputException.class, () ->
        CircleComposition.builder().minSize(6).maxSize(4).build());
    assertEquals("maxSize: must be at least minSize 6, got 4", sizes.getMessage());
  }

  @Test
  void scoresOutOfRangeAreRejectedWithThePlace() {
    long[] scores = {1, AssignmentSolver.MAX_ABS_SCORE};
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AssignmentSolver.maximize(1, 2, scores));
    assertTrue(e.getMessage().startsWith("scores[0][1]: score "), e.getMessage());
  }

  private static String reason(List<Unmatched> list, String id) {
    return list.stream().filter(u -> u.person().value().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not listed in " + list)).reason();
  }

  private static MatchCandidate lead(String id) {
    return MatchCandidate.builder().id(PersonId.of(id)).build();
  }
}
