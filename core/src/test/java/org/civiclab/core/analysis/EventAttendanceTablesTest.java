package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.AnalysesTest.assertRow;
import static org.civiclab.core.model.AttendanceStatus.ABSENT;
import static org.civiclab.core.model.AttendanceStatus.EXCUSED;
import static org.civiclab.core.model.AttendanceStatus.LATE;
import static org.civiclab.core.model.AttendanceStatus.LEFT_EARLY;
import static org.civiclab.core.model.AttendanceStatus.PRESENT;
import static org.civiclab.core.model.DeliveryMode.ONLINE;
import static org.civiclab.core.model.DeliveryMode.ON_SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * Pins every table of {@link EventAttendance} on one hand-made program with an event of each
 * kind, with every figure worked out by hand: expected, recorded (guests and residents
 * included), attended, the rate over expected people only, on site, online, late, left early
 * and minutes; corrections, same-instant ties and older records appended late.
 */
class EventAttendanceTablesTest {
  private static final ProgramId P = ProgramId.of("p");

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2024, month, dayOfMonth);
  }

  private static PersonId id(String p) {
    return PersonId.of(p);
  }

  private static TimeSpan at(LocalDate d) {
    return TimeSpan.on(d, LocalTime.of(10, 0), LocalTime.of(12, 0), Fixtures.ZONE);
  }

  /**
   * The course of {@link AnalysesTest} (sessions s1 and s2 expect a and b in t1 and c in t2;
   * s3 expects c and is never taken) with a mentor pair a/b meeting on s1's day (mt1, and mt2
   * never taken), a circle of x, y, z led by f (cm1), an outreach meeting led by a and l
   * (o1), a reflection meeting with a (r1) and a visit by c (v1).
   */
  static Program program() {
    Program course = AnalysesTest.course();
    DateRange year = DateRange.of(day(1, 1), day(12, 31));
    return Program.builder().from(course)
        .addPairing(MentorPairing.builder().id(PairingId.of("pair")).mentor(id("a"))
            .mentee(id("b")).direction(PairingDirection.PEER).cadence(Cadence.perTerm(2))
            .period(year)
            .addMeetings(AnalysesTest.meeting("mt1", day(3, 4), MeetingStatus.HELD),
                AnalysesTest.meeting("mt2", day(9, 2), MeetingStatus.PLANNED))
            .build())
        .addCircle(LearningCircle.builder().id(CircleId.of("circle")).name("Circle")
            .composition(CircleComposition.ofSize(3, 6)).cadence(Cadence.everyWeeks(3))
            .period(year)
            .addMembers(CircleMember.of(id("x"), ExperienceLevel.EXPERIENCED),
                CircleMember.of(id("y"), ExperienceLevel.NOVICE),
                CircleMember.of(id("z"), ExperienceLevel.INTERMEDIATE))
            .addFacilitator(id("f"))
            .addMeeting(AnalysesTest.meeting("cm1", day(5, 6), MeetingStatus.HELD)).build())
        .addOutreachMeeting(OutreachMeeting.builder().id(EventId.of("o1")).community("village")
            .country("GE").when(at(day(6, 10))).addLeaders(id("a"), id("l")).build())
        .addReflectionMeeting(ReflectionMeeting.builder().id(EventId.of("r1"))
            .when(at(day(7, 1)))
            .addParticipants(Representation.builder().organization(OrganizationId.of("gov"))
                    .sector(Sector.GOVERNMENT).person(id("a")).build(),
                Representation.builder().organization(OrganizationId.of("ngo"))
                    .sector(Sector.CIVIL_SOCIETY).build())
            .build())
        .addExchangeVisit(ExchangeVisit.builder().id(VisitId.of("v1"))
            .kind(ExchangeKind.DOMESTIC_INTERNSHIP).addVisitor(id("c"))
            .host(OrganizationId.of("ngo")).city("Tbilisi").country("GE")
            .period(DateRange.of(day(8, 1), day(8, 5))).build())
        .build();
  }

  private static final List<Attendance> LOG = new ArrayList<>();

  private static void add(String event, String person, AttendanceStatus status, int minute) {
    LOG.add(Fixtures.record("p", event, person, status, minute));
  }

  private static void add(String event, String person, AttendanceStatus status, int minute,
      DeliveryMode mode, int minutes) {
    LOG.add(Attendance.builder().from(Fixtures.record("p", event, person, status, minute))
        .mode(mode).minutes(minutes).build());
  }

  static {
    add("s1", "a", PRESENT, 1, ON_SITE, 90);
    add("s1", "b", LATE, 1, ONLINE, 80);
    add("s1", "c", ABSENT, 1);
    add("s1", "g", PRESENT, 1, ON_SITE, 60); // a guest, not expected
    add("s2", "a", LEFT_EARLY, 10, ONLINE, 30);
    add("s2", "a", PRESENT, 20, ON_SITE, 100); // a correction: the later record wins
    add("s2", "b", EXCUSED, 10);
    add("s2", "b", PRESENT, 10, ONLINE, 45); // same instant: the one given last wins
    add("s2", "c", PRESENT, 15, ONLINE, 50);
    add("s2", "c", ABSENT, 12); // older, appended late: ignored
    add("mt1", "a", PRESENT, 30, ONLINE, 60);
    add("mt1", "b", LEFT_EARLY, 30, ONLINE, 40);
    add("cm1", "x", PRESENT, 40, ON_SITE, 120);
    add("cm1", "f", LATE, 40, ON_SITE, 100);
    add("cm1", "y", ABSENT, 40);
    add("o1", "a", PRESENT, 50, ON_SITE, 180);
    add("o1", "res", PRESENT, 50); // a resident, not expected
    add("r1", "a", ABSENT, 60);
    add("v1", "c", PRESENT, 70, ON_SITE, 300);
    add("nope", "a", PRESENT, 80);
    LOG.add(Fixtures.record("other", "s1", "a", PRESENT, 80));
  }

  private static EventAttendance tally() {
    return EventAttendance.of(List.of(program())).addAll(LOG);
  }

  /** Asserts the figures of one row; rate as its four-decimal text. */
  private static void figures(Table t, int row, long events, long expected, long recorded,
      long attended, String rate, long onSite, long online, long late, long leftEarly,
      long minutes) {
    assertRow(t, row, "events", events, "expected", expected, "recorded", recorded,
        "attended", attended, "rate", rate, "on site", onSite, "online", online, "late", late,
        "left early", leftEarly, "minutes", minutes);
  }

  @Test
  void perEventEveryTakenEventHasItsFigures() {
    Table t = tally().byEvent();
    assertEquals("attendance per event", t.title());
    assertEquals(List.of("program", "event", "kind", "day", "events", "expected", "recorded",
        "attended", "rate", "on site", "online", "late", "left early", "minutes"), t.columns());
    assertEquals(7, t.size(), t::render);
    assertRow(t, 0, "program", "p", "event", "s1", "kind", "SESSION", "day", "2024-03-04");
    figures(t, 0, 1, 3, 4, 3, "0.6667", 2, 1, 1, 0, 230);
    assertRow(t, 1, "event", "s2", "day", "2024-03-11");
    figures(t, 1, 1, 3, 3, 3, "1.0000", 1, 2, 0, 0, 195);
    assertRow(t, 2, "event", "mt1", "kind", "MENTOR_MEETING", "day", "2024-03-04");
    figures(t, 2, 1, 2, 2, 2, "1.0000", 0, 2, 0, 1, 100);
    assertRow(t, 3, "event", "cm1", "kind", "CIRCLE_MEETING", "day", "2024-05-06");
    figures(t, 3, 1, 4, 3, 2, "0.5000", 2, 0, 1, 0, 220);
    assertRow(t, 4, "event", "o1", "kind", "OUTREACH", "day", "2024-06-10");
    figures(t, 4, 1, 2, 2, 2, "0.5000", 1, 0, 0, 0, 180);
    assertRow(t, 5, "event", "r1", "kind", "REFLECTION", "day", "2024-07-01");
    figures(t, 5, 1, 1, 1, 0, "0.0000", 0, 0, 0, 0, 0);
    assertRow(t, 6, "event", "v1", "kind", "EXCHANGE_VISIT", "day", "2024-08-01");
    figures(t, 6, 1, 1, 1, 1, "1.0000", 1, 0, 0, 0, 300);
  }

  @Test
  void attendeesAndIgnoredRecords() {
    EventAttendance t = tally();
    assertEquals(2, t.ignored());
    assertEquals(Set.of(id("a"), id("b"), id("g")), t.attendees(P, EventId.of("s1")));
    assertEquals(Set.of(id("a"), id("b"), id("c")), t.attendees(P, EventId.of("s2")));
    assertEquals(Set.of(), t.attendees(P, EventId.of("r1")));
    assertEquals(Set.of(), t.attendees(P, EventId.of("nope")));
    assertEquals(Set.of(), t.attendees(ProgramId.of("other"), EventId.of("s1")));
    assertEquals(0, EventAttendance.of(List.of(program())).byEvent().size(), "nothing taken");
  }

  @Test
  void perDaySumsTheEventsOfADay() {
    Table t = tally().byDay();
    assertEquals(List.of("program", "day", "events"), t.columns().subList(0, 3));
    assertEquals(6, t.size());
    assertRow(t, 0, "program", "p", "day", "2024-03-04");
    figures(t, 0, 2, 5, 6, 5, "0.8000", 2, 3, 1, 1, 330);
    assertRow(t, 1, "day", "2024-03-11");
    figures(t, 1, 1, 3, 3, 3, "1.0000", 1, 2, 0, 0, 195);
    assertRow(t, 5, "day", "2024-08-01");
  }

  @Test
  void perModuleKeepsTakenSessionsOnlyAndDropsTheKindColumn() {
    Table t = tally().byModule();
    assertEquals("attendance per module", t.title());
    assertEquals(List.of("program", "edition", "module", "events", "expected", "recorded",
        "attended", "rate", "on site", "online", "late", "left early", "minutes"), t.columns());
    assertEquals(1, t.size(), t::render);
    assertRow(t, 0, "program", "p", "edition", "2024", "module", "m1");
    figures(t, 0, 2, 6, 7, 6, "0.8333", 3, 3, 1, 0, 425);
  }

  @Test
  void perTrackCountsThePeopleEnrolledInTheTrack() {
    Table t = tally().byTrack();
    assertEquals("attendance per track", t.title());
    assertEquals(List.of("program", "edition", "track"), t.columns().subList(0, 3));
    assertEquals(2, t.size(), t::render);
    assertRow(t, 0, "program", "p", "edition", "2024", "track", "t1");
    figures(t, 0, 2, 4, 4, 4, "1.0000", 2, 2, 1, 0, 315);
    assertRow(t, 1, "track", "t2");
    figures(t, 1, 2, 2, 2, 1, "0.5000", 0, 1, 0, 0, 50);
  }

  @Test
  void perKindSumsEachKindOfEvent() {
    Table t = tally().byKind();
    assertEquals("attendance per kind of event", t.title());
    assertEquals(6, t.size());
    assertRow(t, 0, "program", "p", "kind", "SESSION");
    figures(t, 0, 2, 6, 7, 6, "0.8333", 3, 3, 1, 0, 425);
    assertRow(t, 1, "kind", "MENTOR_MEETING");
    figures(t, 1, 1, 2, 2, 2, "1.0000", 0, 2, 0, 1, 100);
    assertRow(t, 5, "kind", "EXCHANGE_VISIT");
  }

  @Test
  void perAttributeGroupsEveryExpectedOrRecordedPerson() {
    Table t = tally().byAttribute(PersonAttributes.of(AnalysesTest.directory()), "country");
    assertEquals("attendance by country", t.title());
    assertEquals(List.of("program", "country", "events"), t.columns().subList(0, 3));
    assertEquals(3, t.size(), t::render);
    assertRow(t, 0, "program", "p", "country", "SE");
    figures(t, 0, 5, 5, 5, 4, "0.8000", 3, 1, 0, 0, 430);
    assertRow(t, 1, "country", "GE");
    figures(t, 1, 4, 6, 6, 5, "0.8333", 1, 4, 1, 1, 515);
    assertRow(t, 2, "country", "(unknown)");
    figures(t, 2, 3, 5, 5, 4, "0.4000", 3, 0, 1, 0, 280);
  }

  @Test
  void anUnknownAttributeIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> tally().byAttribute(PersonAttributes.of(AnalysesTest.directory()), "shoeSize"));
    assertEquals("attribute", e.problems().get(0).path());
    assertEquals("unknown attribute 'shoeSize'", e.problems().get(0).message());
  }

  @Test
  void aGroupWithNobodyExpectedHasNoRate() {
    List<Attendance> guest = List.of(Fixtures.record("p", "s1", "g", PRESENT, 1));
    Table byEvent = EventAttendance.of(List.of(program())).addAll(guest).byEvent();
    assertEquals(1, byEvent.size());
    assertRow(byEvent, 0, "event", "s1", "expected", 3L, "recorded", 1L, "attended", 1L,
        "rate", "0.0000");
    Table t = EventAttendance.of(List.of(program())).addAll(guest)
        .byAttribute(PersonAttributes.of(AnalysesTest.directory()), "country");
    assertEquals(3, t.size(), t::render);
    assertRow(t, 0, "country", "SE", "expected", 1L, "recorded", 0L, "rate", "0.0000");
    assertRow(t, 1, "country", "GE", "expected", 2L, "recorded", 0L, "rate", "0.0000");
    assertRow(t, 2, "country", "(unknown)", "expected", 0L, "recorded", 1L, "attended", 1L,
        "rate", "");
  }
}
