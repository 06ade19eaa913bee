package org.civiclab.core.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/** Small hand-built values for the analysis tests. */
final class Fixtures {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final OrganizationId ORGANIZER = OrganizationId.of("org-mf");

  private Fixtures() {}

  static PersonId id(String p) {
    return PersonId.of(p);
  }

  static org.civiclab.core.model.Program.Builder program(String id, LocalDate from, LocalDate to) {
    return Program.builder().id(ProgramId.of(id)).title(LocalizedText.of("sv", "Kurs " + id))
        .organizer(ORGANIZER).zone(ZONE).period(DateRange.of(from, to));
  }

  static Enrollment enrol(String person, EnrollmentStatus status, long sequence,
      Optional<String> track) {
    var b = Enrollment.builder().person(id(person)).status(status).audience(Audience.EXTERNAL)
        .sequence(sequence);
    track.ifPresent(t -> b.track(TrackId.of(t)));
    return b.build();
  }

  /** An edition labelled with its year, running from March to November. */
  static org.civiclab.core.model.Edition.Builder edition(String id, int year) {
    return Edition.builder().id(org.civiclab.core.model.EditionId.of(id))
        .label(String.valueOf(year))
        .period(DateRange.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30)));
  }

  static Session session(String id, LocalDate day) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("en", "Session " + id))
        .format(SessionFormat.WORKSHOP).mode(DeliveryMode.ONLINE)
        .when(TimeSpan.on(day, LocalTime.of(9, 0), LocalTime.of(12, 0), ZONE)).build();
  }

  static org.civiclab.core.model.Module.Builder module(String id, DateRange window) {
    return Module.builder().id(ModuleId.of(id)).title(LocalizedText.of("en", "Module " + id))
        .window(window).mode(DeliveryMode.ONLINE);
  }

  static Attendance record(String program, String event, String person,
      AttendanceStatus status, int minute) {
    return Attendance.builder().program(ProgramId.of(program)).event(EventId.of(event))
        .person(id(person)).status(status)
        .recordedAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * minute)).build();
  }

  static Person person(String id, String country, Optional<String> org) {
    var b = Person.builder().id(id(id)).fullName("Person " + id).country(country)
        .homeZone(ZONE);
    org.ifPresent(o -> b.organization(OrganizationId.of(o)));
    return b.build();
  }

  static Organization organization(String id, Sector sector, String name) {
    return Organization.builder().id(OrganizationId.of(id)).name(LocalizedText.of("ka", name))
        .sector(sector).country("GE").build();
  }

  static List<Program> list(Program... programs) {
    return List.of(programs);
  }
}
