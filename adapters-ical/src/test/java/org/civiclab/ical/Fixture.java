package org.civiclab.ical;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Duration;
import java.util.List;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CircleComposition;
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
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FindingId;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * A hand-built program for the export tests: sessions across both 2025 daylight-saving changes
 * in Stockholm, a session in Tbilisi, titles in Georgian and Cyrillic, on-site, online and
 * hybrid events, a mentor pair with a cancelled meeting, a learning circle, an exchange visit,
 * an outreach and a reflection meeting.
 */
final class Fixture {
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");
  static final PersonId ASA = PersonId.of("asa");
  static final PersonId NINO = PersonId.of("nino");
  static final PersonId DJORDJE = PersonId.of("djordje");
  static final PersonId EMINA = PersonId.of("emina");
  static final PersonId PAT = PersonId.of("pat");
  static final PersonId LARS = PersonId.of("lars");
  static final PersonId GIORGI = PersonId.of("giorgi");
  static final OrganizationId MIUN = OrganizationId.of("miun");
  static final OrganizationId CSO = OrganizationId.of("cso-ge");

  private Fixture() {}

  static DirectorySnapshot directory() {
    return DirectorySnapshot.of(List.of(
        person(ASA, "Åsa Öberg", "SE", STOCKHOLM, "asa.oberg@miun.example.se"),
        person(NINO, "ნინო ბერიძე", "GE", TBILISI, ""),
        person(DJORDJE, "Ђорђе Петровић", "RS", ZoneId.of("Europe/Belgrade"), ""),
        person(EMINA, "Emina Hadžić", "BA", ZoneId.of("Europe/Sarajevo"), "emina@example.ba"),
        person(PAT, "O'Brien \"Pat\", Jr.; PhD", "SE", STOCKHOLM, ""),
        person(LARS, "Lars-Åke Nyström", "SE", STOCKHOLM, "lars@example.se"),
        person(GIORGI, "გიორგი მაისურაძე", "GE", TBILISI, "")),
        List.of(Organization.builder().id(MIUN)
                .name(LocalizedText.of("sv", "Mittuniversitetet")).sector(Sector.ACADEMIA)
                .country("SE").city("Sundsvall").build(),
            Organization.builder().id(CSO).name(LocalizedText.of("ka", "სამოქალაქო ცენტრი"))
                .sector(Sector.CIVIL_SOCIETY).country("GE").build()));
  }

  private static Person person(PersonId id, String name, String country, ZoneId zone,
      String email) {
    var b = Person.builder().id(id).fullName(name).country(country).homeZone(zone);
    if (!email.isEmpty()) {
      b.email(email);
    }
    return b.build();
  }

  static TimeSpan span(ZoneId zone, int y, int m, int d, int fromHour, int toHour) {
    LocalDate day = LocalDate.of(y, m, d);
    return TimeSpan.on(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), zone);
  }

  static Program program() {
    Session spring = Session.builder().id(EventId.of("s-dst-spring"))
        .title(LocalizedText.of("sv", "Digital förvaltning, del 1").with("en", "Digital gov"))
        .format(SessionFormat.LECTURE).mode(DeliveryMode.ON_SITE)
        .when(span(STOCKHOLM, 2025, 3, 30, 1, 4)).venue(VenueId.of("hall")).addFacilitator(ASA)
        .build();
    Session georgian = Session.builder().id(EventId.of("s-ka"))
        .title(LocalizedText.of("ka", "სამოქალაქო ჩართულობა")).format(SessionFormat.WORKSHOP)
        .mode(DeliveryMode.HYBRID).when(span(TBILISI, 2025, 4, 2, 10, 13))
        .venue(VenueId.of("hall")).onlineLink(URI.create("https://meet.example.org/ka?x=1&y=2"))
        .addFacilitator(NINO).addSpeaker(PAT).required(false).host(CSO).build();
    Session autumn = Session.builder().id(EventId.of("s-dst-autumn"))
        .title(LocalizedText.of("bg", "Гражданско участие: „Нощна“ сесия"))
        .format(SessionFormat.GROUP_DISCUSSION).mode(DeliveryMode.ONLINE)
        .when(span(STOCKHOLM, 2025, 10, 26, 1, 4))
        .onlineLink(URI.create("https://meet.example.org/night")).addFacilitator(DJORDJE)
        .build();
    Session unplanned = Session.builder().id(EventId.of("s-unplanned"))
        .title(LocalizedText.of("en", "Not yet placed")).format(SessionFormat.NETWORKING)
        .mode(DeliveryMode.ONLINE).duration(Duration.ofHours(1)).build();
    Edition edition = Edition.builder().id(EditionId.of("e2025")).label("2025")
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30)))
        .addModule(Module.builder().id(ModuleId.of("m1"))
            .title(LocalizedText.of("en", "Module 1")).mode(DeliveryMode.HYBRID)
            .window(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)))
            .addSessions(spring, georgian).build())
        .addModule(Module.builder().id(ModuleId.of("m2"))
            .title(LocalizedText.of("en", "Module 2")).mode(DeliveryMode.ONLINE)
            .window(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30)))
            .addSessions(autumn, unplanned).addFacilitator(LARS).build())
        .addEnrollments(enrol(EMINA, EnrollmentStatus.CONFIRMED, 0),
            enrol(GIORGI, EnrollmentStatus.REGISTERED, 1),
            enrol(PAT, EnrollmentStatus.WAITLISTED, 2))
        .build();
    MentorPairing pair = MentorPairing.builder().id(PairingId.of("pair-1")).mentor(GIORGI)
        .mentee(ASA).direction(PairingDirection.REVERSE).cadence(Cadence.perTerm(2))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30)))
        .addMeetings(meeting("pm-1", span(STOCKHOLM, 2025, 3, 12, 15, 16), MeetingStatus.HELD),
            meeting("pm-2", span(STOCKHOLM, 2025, 5, 14, 15, 16), MeetingStatus.CANCELLED),
            meeting("pm-3", span(TBILISI, 2025, 10, 29, 18, 19), MeetingStatus.PLANNED))
        .build();
    MentorPairing other = MentorPairing.builder().id(PairingId.of("pair-2")).mentor(LARS)
        .mentee(EMINA).direction(PairingDirection.CONVENTIONAL).cadence(Cadence.perYear(4))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30)))
        .addMeetings(meeting("pm-9", span(STOCKHOLM, 2025, 6, 2, 9, 10), MeetingStatus.PLANNED))
        .build();
    LearningCircle circle = LearningCircle.builder().id(CircleId.of("circle-1"))
        .name("Წრე „ერთი“").composition(CircleComposition.ofSize(2, 4)).addFacilitator(LARS)
        .addMembers(CircleMember.of(GIORGI, ExperienceLevel.EXPERIENCED),
            CircleMember.of(NINO, ExperienceLevel.NOVICE))
        .addInvitedExpert(DJORDJE).cadence(Cadence.everyWeeks(3))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30)))
        .addMeetings(Meeting.builder().id(EventId.of("cm-1")).mode(DeliveryMode.ON_SITE)
            .venue(VenueId.of("hall")).when(span(STOCKHOLM, 2025, 9, 3, 13, 15)).build())
        .build();
    FindingId water = FindingId.of("f1");
    return Program.builder().id(ProgramId.of("segrid-2025"))
        .title(LocalizedText.of("en", "SeGRID 2025")).organizer(MIUN).zone(STOCKHOLM)
        .period(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .addVenues(Venue.builder().id(VenueId.of("hall")).name("Hall C, \"Aula\"")
            .city("Sundsvall").country("SE").zone(STOCKHOLM).capacity(80).build())
        .addEditions(edition).addPairings(pair, other).addCircles(circle)
        .addExchangeVisits(ExchangeVisit.builder().id(VisitId.of("visit-1"))
            .kind(ExchangeKind.INTERNATIONAL_STUDY_VISIT).addVisitors(EMINA, ASA).host(CSO)
            .city("Tbilisi").country("GE")
            .period(DateRange.of(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 19)))
            .build())
        .addOutreachMeetings(OutreachMeeting.builder().id(EventId.of("out-1"))
            .community("სოფელი ზემო").region("Kakheti").country("GE").addLeader(NINO)
            .when(span(TBILISI, 2025, 6, 20, 11, 13))
            .addFinding(Finding.builder().id(water).issue("Water: \"unreliable\"").build())
            .build())
        .addReflectionMeetings(ReflectionMeeting.builder().id(EventId.of("refl-1"))
            .when(span(STOCKHOLM, 2025, 11, 20, 10, 16)).venue(VenueId.of("hall"))
            .addParticipants(Representation.builder().organization(CSO)
                .sector(Sector.CIVIL_SOCIETY).person(NINO).build(),
                Representation.builder().organization(MIUN).sector(Sector.ACADEMIA).build())
            .addTheme("achievements").build())
        .build();
  }

  private static Enrollment enrol(PersonId p, EnrollmentStatus status, long seq) {
    return Enrollment.builder().person(p).status(status).audience(Audience.EXTERNAL)
        .sequence(seq).build();
  }

  private static Meeting meeting(String id, TimeSpan when, MeetingStatus status) {
    return Meeting.builder().id(EventId.of(id)).when(when).mode(DeliveryMode.ONLINE)
        .onlineLink(URI.create("https://meet.example.org/" + id)).status(status).build();
  }

  static LocalDateTime local(int y, int m, int d, int h) {
    return LocalDateTime.of(y, m, d, h, 0);
  }
}
