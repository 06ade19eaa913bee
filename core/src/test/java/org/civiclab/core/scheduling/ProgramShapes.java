package org.civiclab.core.scheduling;

import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.WorkingHours;

/**
 * Program shapes like the five seed programs: a three-module training, a year of mentoring
 * pairs meeting twice a term, learning circles every three weeks, a program with an
 * international study visit in its intensive week, and an online course shared across zones.
 */
public final class ProgramShapes {
  static final OrganizationId ORG = OrganizationId.of("org");
  private final List<Person> people = new ArrayList<>();

  /** A program with its people. */
  public record Shape(String name, Program program, DirectorySnapshot directory) {
    @Override
    public String toString() {
      return name;
    }
  }

  private ProgramShapes() {}

  /** @return the five shapes */
  public static List<Shape> all() {
    return List.of(new ProgramShapes().modules(), new ProgramShapes().mentoring(),
        new ProgramShapes().circles(), new ProgramShapes().exchange(),
        new ProgramShapes().onlineAcrossZones());
  }

  private PersonId person(String id, ZoneId zone) {
    people.add(Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("XX")
        .homeZone(zone).workingHours(WorkingHours.officeHours(zone)).build());
    return PersonId.of(id);
  }

  private Shape shape(String name, Program p) {
    return new Shape(name, p, DirectorySnapshot.of(people, List.of()));
  }

  private static Program.Builder program(String id, ZoneId zone, DateRange period) {
    return Program.builder().id(ProgramId.of(id)).title(LocalizedText.of("en", id))
        .organizer(ORG).zone(zone).period(period);
  }

  private static Venue venue(String id, int capacity, ZoneId zone) {
    return Venue.builder().id(VenueId.of(id)).name("Hall " + id).city("City").country("XX")
        .zone(zone).capacity(capacity).build();
  }

  private static Session session(String id, int hours, DeliveryMode mode, PersonId trainer) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("en", id))
        .format(SessionFormat.WORKSHOP).mode(mode).duration(Duration.ofHours(hours))
        .addFacilitator(trainer).build();
  }

  private static Edition edition(String id, DateRange period, List<Module> modules,
      List<PersonId> participants, boolean ordered) {
    Edition.Builder e = Edition.builder().id(EditionId.of(id)).label(id).period(period)
        .modules(modules).moduleOrderRequired(ordered);
    for (int i = 0; i < participants.size(); i++) {
      e.addEnrollment(Enrollment.builder().person(participants.get(i))
          .status(i % 2 == 0 ? EnrollmentStatus.REGISTERED : EnrollmentStatus.CONFIRMED)
          .audience(Audience.EXTERNAL).sequence(i).build());
    }
    return e.build();
  }

  /** Three ordered modules of three on-site sessions each, Sarajevo. */
  Shape modules() {
    ZoneId zone = ZoneId.of("Europe/Sarajevo");
    PersonId trainer = person("trainer", zone);
    List<PersonId> participants = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      participants.add(person("p" + i, zone));
    }
    DateRange period = DateRange.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 5, 30));
    List<Module> modules = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      LocalDate start = period.start().plusWeeks(5L * m);
      Module.Builder mb = Module.builder().id(ModuleId.of("m" + m))
          .title(LocalizedText.of("en", "Module " + (m + 1)))
          .window(DateRange.of(start, start.plusDays(11))).mode(DeliveryMode.ON_SITE);
      for (int s = 0; s < 3; s++) {
        mb.addSession(session("m" + m + "s" + s, 2 + s % 2, DeliveryMode.ON_SITE, trainer));
      }
      modules.add(mb.build());
    }
    return shape("three-module training", program("training", zone, period)
        .addVenue(venue("sarajevo", 20, zone))
        .addEdition(edition("2025", period, modules, participants, true)).build());
  }

  /** Eight mentor pairs meeting twice a term for a year, Sweden, with holidays. */
  Shape mentoring() {
    ZoneId zone = ZoneId.of("Europe/Stockholm");
    DateRange year = DateRange.of(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 6, 13));
    AcademicCalendar cal = AcademicCalendar.builder().name("Mid Sweden University 2024/25")
        .addTerm(Term.of("autumn 2024", DateRange.of(LocalDate.of(2024, 9, 2),
            LocalDate.of(2025, 1, 19))))
        .addTerm(Term.of("spring 2025", DateRange.of(LocalDate.of(2025, 1, 20),
            LocalDate.of(2025, 6, 13))))
        .build();
    HolidayCalendar holidays = HolidayCalendar.builder().name("Sweden 2024/25").holidays(
        ImmutableSortedMap.of(LocalDate.of(2024, 12, 24), "Christmas Eve",
            LocalDate.of(2024, 12, 25), "Christmas Day", LocalDate.of(2025, 1, 6), "Epiphany",
            LocalDate.of(2025, 4, 18), "Good Friday", LocalDate.of(2025, 5, 1), "May Day"))
        .build();
    Program.Builder p = program("mentoring", zone, year).academicCalendar(cal)
        .holidays(holidays);
    for (int i = 0; i < 8; i++) {
      PersonId mentor = person("mentor" + i, zone);
      PersonId mentee = person("mentee" + i, i == 7 ? ZoneId.of("Asia/Tbilisi") : zone);
      p.addPairing(MentorPairing.builder().id(PairingId.of("pair" + (i + 1))).mentor(mentor)
          .mentee(mentee).direction(i % 3 == 0 ? PairingDirection.REVERSE
              : PairingDirection.CONVENTIONAL).cadence(Cadence.perTerm(2)).period(year).build());
    }
    return shape("mentoring pairs", p.build());
  }

  /** Three learning circles of novices and experienced members every three weeks, Tbilisi. */
  Shape circles() {
    ZoneId zone = ZoneId.of("Asia/Tbilisi");
    DateRange period = DateRange.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 8, 29));
    Program.Builder p = program("circles", zone, period)
        .addVenue(venue("tbilisi-a", 8, zone)).addVenue(venue("tbilisi-b", 8, zone));
    PersonId facilitator = person("facilitator", zone);
    for (int c = 0; c < 3; c++) {
      var cb = LearningCircle.builder().id(CircleId.of("c" + c)).name("Circle " + c)
          .addFacilitator(facilitator).cadence(Cadence.everyWeeks(3)).period(period);
      for (int i = 0; i < 5; i++) {
        ExperienceLevel level = i < 2 ? ExperienceLevel.NOVICE : ExperienceLevel.EXPERIENCED;
        cb.addMember(CircleMember.of(person("c" + c + "m" + i, zone), level));
      }
      p.addCircle(cb.build());
    }
    return shape("learning circles", p.build());
  }

  /** Required sessions around an international study visit in the intensive week, Brussels. */
  Shape exchange() {
    ZoneId zone = ZoneId.of("Europe/Brussels");
    PersonId trainer = person("trainer", zone);
    List<PersonId> participants = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      participants.add(person("x" + i, zone));
    }
    DateRange period = DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31));
    Module.Builder mb = Module.builder().id(ModuleId.of("intensive"))
        .title(LocalizedText.of("en", "Intensive weeks"))
        .window(DateRange.of(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 26)))
        .mode(DeliveryMode.ON_SITE);
    for (int s = 0; s < 6; s++) {
      mb.addSession(session("i" + s, 3, DeliveryMode.ON_SITE, trainer));
    }
    return shape("exchange with study visit", program("exchange", zone, period)
        .addVenue(venue("brussels", 12, zone))
        .addEdition(edition("2025", period, List.of(mb.build()), participants, false))
        .addExchangeVisit(ExchangeVisit.builder().id(VisitId.of("visit")).kind(
            ExchangeKind.values()[0]).addVisitor(participants.get(0)).addVisitor(
                participants.get(1)).host(ORG).city("Sofia").country("BG")
            .period(DateRange.of(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 19)))
            .build()).build());
  }

  /** An online course whose participants work in Brussels and in Sofia. */
  Shape onlineAcrossZones() {
    ZoneId brussels = ZoneId.of("Europe/Brussels");
    ZoneId sofia = ZoneId.of("Europe/Sofia");
    PersonId trainer = person("trainer", brussels);
    List<PersonId> participants = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      participants.add(person("o" + i, i % 2 == 0 ? brussels : sofia));
    }
    DateRange period = DateRange.of(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 14));
    Module.Builder mb = Module.builder().id(ModuleId.of("online"))
        .title(LocalizedText.of("en", "Online module")).window(period)
        .mode(DeliveryMode.ONLINE);
    for (int s = 0; s < 8; s++) {
      mb.addSession(session("o" + s, 2, DeliveryMode.ONLINE, trainer));
    }
    return shape("online across zones", program("online", brussels, period)
        .addEdition(edition("2025", period, List.of(mb.build()), participants, false)).build());
  }

  /** @return office hours Monday to Friday in a zone, for tests */
  static WorkingHours office(ZoneId zone) {
    return WorkingHours.of(zone, LocalTime.of(9, 0), LocalTime.of(17, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }
}
