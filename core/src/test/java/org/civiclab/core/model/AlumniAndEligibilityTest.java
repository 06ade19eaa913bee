package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The alumni network (one entry per completed enrolment, ordered by person, the edition's first
 * day, program and the edition's position) and a track's eligibility (each refusal in its
 * words, regions before countries before career stages, and the check of its texts).
 */
class AlumniAndEligibilityTest {

  private static Enrollment enrol(String person, EnrollmentStatus status, long sequence) {
    return Enrollment.builder().person(PersonId.of(person)).status(status)
        .audience(Audience.EXTERNAL).sequence(sequence).build();
  }

  private static Edition edition(String id, LocalDate start, Enrollment... enrollments) {
    return Edition.builder().id(EditionId.of(id)).label(id + "/" + start.getYear())
        .period(DateRange.of(start, start.plusDays(60))).addEnrollments(enrollments).build();
  }

  private static Program program(String id, Edition... editions) {
    return Program.builder().id(ProgramId.of(id)).title(LocalizedText.of("en", id))
        .organizer(OrganizationId.of("o")).zone(ZoneId.of("Europe/Sofia"))
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)))
        .addEditions(editions).build();
  }

  private static Alumnus alumnus(String person, String program, String edition,
      LocalDate start) {
    return Alumnus.builder().person(PersonId.of(person)).program(ProgramId.of(program))
        .edition(EditionId.of(edition)).editionLabel(edition + "/" + start.getYear())
        .year(start.getYear()).build();
  }

  @Test
  void onlyACompletedEnrolmentMakesAnAlumnus() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      assertEquals(s == EnrollmentStatus.COMPLETED, Alumnus.completes(enrol("a", s, 0)),
          s.name());
    }
  }

  @Test
  void alumniAreOrderedByPersonThenFirstDayThenProgram() {
    LocalDate spring24 = LocalDate.of(2024, 3, 1);
    LocalDate spring23 = LocalDate.of(2023, 2, 1);
    Program p1 = program("p1",
        edition("x", spring24, enrol("b", EnrollmentStatus.COMPLETED, 0),
            enrol("c", EnrollmentStatus.CONFIRMED, 1)),
        edition("y", spring23, enrol("b", EnrollmentStatus.COMPLETED, 0),
            enrol("c", EnrollmentStatus.CANCELLED, 1)),
        edition("z", spring24, enrol("b", EnrollmentStatus.COMPLETED, 0),
            enrol("a", EnrollmentStatus.COMPLETED, 1)));
    Program p0 = program("p0",
        edition("w", spring24, enrol("b", EnrollmentStatus.COMPLETED, 0)));
    assertEquals(List.of(alumnus("a", "p1", "z", spring24), alumnus("b", "p1", "y", spring23),
        alumnus("b", "p0", "w", spring24), alumnus("b", "p1", "x", spring24),
        alumnus("b", "p1", "z", spring24)), Alumnus.of(List.of(p1, p0)));
    // programs sharing an id (which they should not) still order by the edition's position
    Program early = program("p", edition("late-start", spring24.plusDays(1)),
        edition("second", spring24, enrol("b", EnrollmentStatus.COMPLETED, 0)));
    Program later = program("p", edition("first", spring24,
        enrol("b", EnrollmentStatus.COMPLETED, 0)));
    assertEquals(List.of(alumnus("b", "p", "first", spring24),
        alumnus("b", "p", "second", spring24)), Alumnus.of(List.of(early, later)));
    assertEquals(List.of(), Alumnus.of(List.of(program("p2",
        edition("v", spring24, enrol("c", EnrollmentStatus.CONFIRMED, 0))))));
  }

  private static Person.Builder person() {
    return Person.builder().id(PersonId.of("n")).fullName("Nino Beridze").country("GE")
        .homeZone(ZoneId.of("Asia/Tbilisi"));
  }

  private static Eligibility.Builder eligibility() {
    return Eligibility.builder();
  }

  @Test
  void anyoneIsAdmittedWhenNothingIsRestricted() {
    Eligibility any = Eligibility.anyone();
    assertEquals(Optional.empty(), any.refusal(person().build()));
    assertEquals(Optional.empty(), any.refusal(person().region("Caucasus")
        .careerStage(CareerStage.STUDENT).build()));
    assertEquals(List.of(), List.copyOf(any.regions()));
    assertEquals(List.of(), List.copyOf(any.countries()));
    assertEquals(List.of(), List.copyOf(any.careerStages()));
  }

  @Test
  void aRegionMustBeGivenAndAdmitted() {
    Eligibility e = eligibility().addRegions("Western Balkans").build();
    assertEquals(Optional.of("Nino Beridze's region (none) is not one of [Western Balkans]"),
        e.refusal(person().build()));
    assertEquals(Optional.of("Nino Beridze's region Caucasus is not one of [Western Balkans]"),
        e.refusal(person().region("Caucasus").build()));
    assertEquals(Optional.empty(), e.refusal(person().region("Western Balkans").build()));
  }

  @Test
  void aCountryMustBeAdmitted() {
    Eligibility e = eligibility().addCountries("BA", "RS").build();
    assertEquals(Optional.of("Nino Beridze's country GE is not one of [BA, RS]"),
        e.refusal(person().build()));
    assertEquals(Optional.empty(), e.refusal(person().country("RS").build()));
  }

  @Test
  void countriesAreCountryCodesAsAPersonsCountryIs() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> eligibility().addCountries("SE", "Georgia", "ge").build());
    assertEquals(List.of(
        Problem.at("countries[1]", "'Georgia' is not a two-letter country code such as SE or GE"),
        Problem.at("countries[2]", "'ge' is not a two-letter country code such as SE or GE")),
        e.problems());
  }

  @Test
  void aCareerStageMustBeKnownAndAdmitted() {
    Eligibility e = eligibility().addCareerStages(CareerStage.MANAGER).build();
    assertEquals(Optional.of("Nino Beridze's career stage (unknown) is not one of [MANAGER]"),
        e.refusal(person().build()));
    assertEquals(Optional.of("Nino Beridze's career stage STUDENT is not one of [MANAGER]"),
        e.refusal(person().careerStage(CareerStage.STUDENT).build()));
    assertEquals(Optional.empty(), e.refusal(person().careerStage(CareerStage.MANAGER).build()));
  }

  @Test
  void theRegionIsRefusedFirstThenTheCountry() {
    Eligibility e = eligibility().addRegions("Western Balkans").addCountries("BA")
        .addCareerStages(CareerStage.MANAGER).build();
    assertEquals(Optional.of("Nino Beridze's region (none) is not one of [Western Balkans]"),
        e.refusal(person().build()));
    assertEquals(Optional.of("Nino Beridze's country GE is not one of [BA]"),
        e.refusal(person().region("Western Balkans").build()));
    assertEquals(Optional.of("Nino Beridze's career stage (unknown) is not one of [MANAGER]"),
        e.refusal(person().region("Western Balkans").country("BA").build()));
  }

  @Test
  void regionsMustBeTextsAndCountriesCodes() {
    String bad = "Balkans\u0007";
    String why = Texts.problem(bad).orElseThrow();
    List<Problem> p = assertThrows(InvalidInputException.class, () -> eligibility()
        .addRegions("ok", bad).addCountries(bad).build()).problems();
    assertEquals(List.of(Problem.at("regions[1]", why), Problem.at("countries[0]",
        Texts.quote(bad) + " is not a two-letter country code such as SE or GE")), p);
  }
}
