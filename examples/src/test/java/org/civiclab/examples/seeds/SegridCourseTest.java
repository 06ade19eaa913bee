package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.grouping.Group;
import org.civiclab.core.grouping.Grouping;
import org.civiclab.core.grouping.Round;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Track;
import org.civiclab.core.selection.Selection;
import org.civiclab.core.selection.SelectionMethod;
import org.junit.jupiter.api.Test;

class SegridCourseTest {

  private final SeedProgram seed = SegridCourse.build();
  private final Program program = seed.program();

  @Test
  void isValidAgainstItsDirectory() {
    assertEquals(List.of(), seed.validate().problems());
  }

  @Test
  void titleIsSwedishWithTheEnglishCourseName() {
    assertEquals("sv", program.title().original());
    assertTrue(program.title().in("en").orElseThrow().contains(
        "Sustainable e-Government for Resilient and Innovative Democratic Public Administration"));
    assertTrue(program.title().text().contains("SeGRID"));
  }

  @Test
  void commissionedAndFundedYearlyByTheSwedishInstitute() {
    assertEquals(Set.of(SegridCourse.SWEDISH_INSTITUTE), program.funders());
    assertEquals("Svenska institutet", seed.directory()
        .organization(SegridCourse.SWEDISH_INSTITUTE).orElseThrow().name().text());
    for (Edition e : program.editions()) {
      assertEquals(SegridCourse.SWEDISH_INSTITUTE, e.funding().orElseThrow().funder(),
          e.label());
      assertEquals(e.period().start().getYear(), e.period().end().getYear(),
          "one application per year: " + e.label());
    }
    assertEquals(ZoneId.of("Europe/Stockholm"), program.zone());
  }

  @Test
  void twoTracksWithTheirFocus() {
    Edition current = program.edition(SegridCourse.EDITION_2024).orElseThrow();
    assertEquals(2, current.tracks().size());
    Track balkans = track(current, "western-balkans");
    Track baltic = track(current, "baltic-sea-region");
    assertEquals("global styrning", balkans.focus().text());
    assertEquals("global governance", balkans.focus().in("en").orElseThrow());
    assertEquals("globala mål", baltic.focus().text());
    assertEquals("global goals", baltic.focus().in("en").orElseThrow());
    assertTrue(balkans.eligibility().regions().contains("Western Balkans"));
    assertTrue(baltic.eligibility().regions().contains("Baltic Sea region"));
  }

  @Test
  void easternEuropeSince2017AndWesternBalkansSince2020() {
    int firstBaltic = firstYearWith("baltic-sea-region");
    int firstBalkans = firstYearWith("western-balkans");
    assertEquals(2017, firstBaltic);
    assertEquals(2020, firstBalkans);
  }

  @Test
  void justOverTwoHundredAlumni() {
    long alumni = program.editions().stream().flatMap(e -> e.enrollments().stream())
        .filter(x -> x.status() == EnrollmentStatus.COMPLETED).map(x -> x.person()).distinct()
        .count();
    assertTrue(alumni > 200 && alumni < 220, "drygt 200, got " + alumni);
  }

  @Test
  void onlineTeachingThenOneIntensiveWeekInLinkopingWithStudyVisits() {
    Edition current = program.edition(SegridCourse.EDITION_2024).orElseThrow();
    assertEquals(2, current.modules().size());
    Module online = current.modules().get(0);
    Module week = current.modules().get(1);
    assertEquals(DeliveryMode.ONLINE, online.mode());
    assertTrue(online.sessions().stream().allMatch(s -> s.mode() == DeliveryMode.ONLINE));
    assertEquals(DeliveryMode.ON_SITE, week.mode());
    assertEquals(5, week.window().lengthInDays());
    assertEquals(DayOfWeek.MONDAY, week.window().start().getDayOfWeek());
    assertTrue(week.title().text().contains("Linköping"));
    List<Session> visits = week.sessions().stream()
        .filter(s -> s.format() == SessionFormat.STUDY_VISIT).collect(Collectors.toList());
    assertTrue(visits.size() >= 2);
    for (Session v : visits) {
      assertEquals(Sector.GOVERNMENT, seed.directory().organization(v.host().orElseThrow())
          .orElseThrow().sector(), "study visits go to public organisations");
    }
    assertTrue(visits.stream().anyMatch(v -> v.host().orElseThrow()
        .equals(SegridCourse.LINKOPING_MUNICIPALITY)));
    assertTrue(week.sessions().stream().filter(s -> s.format() != SessionFormat.STUDY_VISIT)
        .allMatch(s -> program.venue(s.venue().orElseThrow()).orElseThrow().city()
            .equals("Linköping")));
  }

  @Test
  void interactiveLecturesWorkshopsGalleryWalksAndSmallGroups() {
    Set<SessionFormat> formats = program.sessions().stream().map(Session::format)
        .collect(Collectors.toSet());
    assertTrue(formats.containsAll(EnumSet.of(SessionFormat.LECTURE, SessionFormat.WORKSHOP,
        SessionFormat.GALLERY_WALK, SessionFormat.GROUP_DISCUSSION)), formats.toString());
  }

  @Test
  void ledByResearchersFromSweden() {
    Set<PersonId> researchers = program.roles().stream()
        .filter(r -> r.role() == Role.RESEARCHER).map(RoleAssignment::person)
        .collect(Collectors.toSet());
    assertFalse(researchers.isEmpty());
    for (var id : researchers) {
      assertEquals("SE", seed.directory().person(id).orElseThrow().country());
    }
    for (Session s : program.sessions()) {
      assertTrue(researchers.containsAll(s.facilitators()), s.id().value());
    }
  }

  @Test
  void eachTrackAdmitsItsCohortByTheFairLotteryKeepingCountryAndGenderQuotas() {
    Edition current = program.edition(SegridCourse.EDITION_2024).orElseThrow();
    for (String key : List.of(SegridCourse.ADMISSION_WESTERN_BALKANS_2024,
        SegridCourse.ADMISSION_BALTIC_SEA_2024)) {
      Selection admission = seed.selections().get(key);
      assertEquals(SelectionMethod.FAIR_LOTTERY, admission.method(), key);
      assertEquals(20, admission.selected().size(), key);
      assertTrue(admission.probabilities().size() > 20, "more applicants than places: " + key);
      Set<PersonId> enrolled = current.enrollments().stream().map(Enrollment::person)
          .collect(Collectors.toSet());
      assertTrue(enrolled.containsAll(admission.selected()), key);
      Map<String, Long> byCountry = new HashMap<>();
      Map<String, Long> byGender = new HashMap<>();
      for (PersonId id : admission.selected()) {
        Person p = seed.directory().person(id).orElseThrow();
        byCountry.merge(p.country(), 1L, Long::sum);
        byGender.merge(p.gender().orElseThrow().key(), 1L, Long::sum);
      }
      assertEquals(6, byCountry.size(), key + ": every country sits " + byCountry);
      byCountry.forEach((c, n) -> assertTrue(n >= 2 && n <= 5, key + " " + byCountry));
      byGender.forEach((g, n) -> assertTrue(n >= 9 && n <= 11, key + " " + byGender));
      double min = admission.minProbability().orElseThrow();
      assertTrue(min > 0, key + ": everyone has a chance, min " + min);
    }
    Set<PersonId> admitted = new HashSet<>();
    seed.selections().values().forEach(s -> admitted.addAll(s.selected()));
    assertEquals(current.enrollments().stream().map(Enrollment::person)
        .collect(Collectors.toSet()), admitted, "the roster holds exactly the admitted");
  }

  @Test
  void smallGroupsAreReformedEveryDayOfTheIntensiveWeek() {
    Grouping week = seed.groupings().get(SegridCourse.DAILY_GROUPS_2024);
    Edition current = program.edition(SegridCourse.EDITION_2024).orElseThrow();
    Set<PersonId> confirmed = current.enrollments().stream()
        .filter(e -> e.status() == EnrollmentStatus.CONFIRMED).map(Enrollment::person)
        .collect(Collectors.toSet());
    assertEquals(5, week.rounds().size());
    for (Round day : week.rounds()) {
      Set<PersonId> present = new HashSet<>();
      for (Group g : day.groups()) {
        assertTrue(g.members().size() >= 5 && g.members().size() <= 6, g.toString());
        assertTrue(g.members().contains(g.facilitator().orElseThrow()), g.toString());
        present.addAll(g.members());
      }
      assertEquals(confirmed, present, "day " + day.number());
    }
    assertEquals(List.of(), week.brokenRules());
    assertTrue(week.repeatedPairs() >= week.lowerBound());
    Set<Set<PersonId>> firstDay = week.rounds().get(0).groups().stream()
        .map(g -> Set.copyOf(g.members())).collect(Collectors.toSet());
    Set<Set<PersonId>> secondDay = week.rounds().get(1).groups().stream()
        .map(g -> Set.copyOf(g.members())).collect(Collectors.toSet());
    assertFalse(firstDay.equals(secondDay), "the groups change from day to day");
  }

  @Test
  void buildsTheSameProgramEveryTime() {
    SeedProgram again = SegridCourse.build();
    assertEquals(program, again.program());
    assertEquals(seed.directory(), again.directory());
    assertEquals(seed.selections(), again.selections());
    assertEquals(seed.groupings(), again.groupings());
  }

  private Track track(Edition edition, String id) {
    return edition.tracks().stream().filter(t -> t.id().value().equals(id)).findFirst()
        .orElseThrow();
  }

  private int firstYearWith(String track) {
    return program.editions().stream()
        .filter(e -> e.tracks().stream().anyMatch(t -> t.id().value().equals(track)))
        .filter(e -> e.enrollments().stream().anyMatch(x -> x.track().map(t -> t.value()
            .equals(track)).orElse(false)))
        .mapToInt(e -> e.period().start().getYear()).min().orElseThrow();
  }
}
