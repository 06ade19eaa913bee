package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Sector;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.Term;
import org.junit.jupiter.api.Test;

class ReverseMentoringTest {

  private final SeedProgram seed = Planned.of(ReverseMentoring.build());
  private final Program program = seed.program();

  @Test
  void isValidAgainstItsDirectory() {
    assertEquals(List.of(), seed.validate().problems());
  }

  @Test
  void diggInSundsvallWithMidSwedenUniversity() {
    var digg = seed.directory().organization(program.organizer()).orElseThrow();
    assertTrue(digg.name().text().contains("Digg"));
    assertEquals(Sector.GOVERNMENT, digg.sector());
    assertEquals("Sundsvall", digg.city().orElseThrow());
    var miun = seed.directory().organization(program.partners().iterator().next())
        .orElseThrow();
    assertEquals("Mittuniversitetet", miun.name().text());
    assertEquals(Sector.ACADEMIA, miun.sector());
    assertEquals("sv", program.title().original());
    assertEquals(ZoneId.of("Europe/Stockholm"), program.zone());
  }

  @Test
  void eightManagersEachWithAStudentMentor() {
    assertEquals(8, program.pairings().size());
    Set<PersonId> mentees = program.pairings().stream().map(MentorPairing::mentee)
        .collect(Collectors.toSet());
    Set<PersonId> mentors = program.pairings().stream().map(MentorPairing::mentor)
        .collect(Collectors.toSet());
    assertEquals(8, mentees.size());
    assertEquals(8, mentors.size());
    for (MentorPairing p : program.pairings()) {
      assertEquals(PairingDirection.REVERSE, p.direction());
      Person mentor = seed.directory().person(p.mentor()).orElseThrow();
      Person mentee = seed.directory().person(p.mentee()).orElseThrow();
      assertEquals(CareerStage.STUDENT, mentor.careerStage().orElseThrow());
      assertEquals(ReverseMentoring.MIUN, mentor.organization().orElseThrow());
      assertEquals(CareerStage.MANAGER, mentee.careerStage().orElseThrow());
      assertEquals(ReverseMentoring.DIGG, mentee.organization().orElseThrow());
    }
    long programmes = program.pairings().stream().map(p -> seed.directory()
        .person(p.mentor()).orElseThrow().unit().orElseThrow()).distinct().count();
    assertTrue(programmes > 1, "students from several study programmes");
  }

  @Test
  void oneYearTwoMeetingsPerTerm() {
    AcademicCalendar calendar = program.academicCalendar().orElseThrow();
    assertEquals(2, calendar.terms().size());
    for (MentorPairing p : program.pairings()) {
      assertEquals(Cadence.perTerm(2), p.cadence());
      long days = ChronoUnit.DAYS.between(p.period().start(), p.period().end()) + 1;
      assertTrue(days >= 360 && days <= 366, "one year, got " + days + " days");
      for (Term t : calendar.termsOverlapping(p.period())) {
        long inTerm = p.meetings().stream().filter(m -> t.dates().contains(m.when().day()))
            .count();
        assertEquals(2, inTerm, p.id() + " in " + t);
      }
      assertEquals(4, p.meetings().size());
    }
  }

  @Test
  void meetingsFallOnWorkdaysOutsideHolidays() {
    var holidays = program.holidays().orElseThrow();
    for (MentorPairing p : program.pairings()) {
      for (Meeting m : p.meetings()) {
        LocalDate day = m.when().day();
        assertFalse(holidays.isHoliday(day), m.id() + " on " + day);
        assertTrue(day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY, m.id() + " on " + day);
      }
    }
  }

  @Test
  void evaluatedAfterwards() {
    assertEquals(16, program.evaluations().size());
    LocalDate end = program.pairings().get(0).period().end();
    for (Evaluation e : program.evaluations()) {
      assertTrue(e.submittedOn().isAfter(end), e.id().value());
      assertEquals(EvaluationSubject.Kind.PAIRING, e.subject().kind());
      assertFalse(e.ratings().isEmpty());
    }
  }

  @Test
  void namedPeopleKeepTheirNames() {
    assertEquals("Malin Rinstad",
        seed.directory().person(ReverseMentoring.MALIN_RINSTAD).orElseThrow().fullName());
    assertEquals("Katarina Gidlund",
        seed.directory().person(ReverseMentoring.KATARINA_GIDLUND).orElseThrow().fullName());
  }
}
