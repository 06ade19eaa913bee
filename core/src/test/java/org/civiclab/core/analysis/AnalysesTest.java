package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.Fixtures.edition;
import static org.civiclab.core.analysis.Fixtures.enrol;
import static org.civiclab.core.analysis.Fixtures.module;
import static org.civiclab.core.analysis.Fixtures.person;
import static org.civiclab.core.analysis.Fixtures.program;
import static org.civiclab.core.analysis.Fixtures.record;
import static org.civiclab.core.analysis.Fixtures.session;
import static org.civiclab.core.model.AttendanceStatus.ABSENT;
import static org.civiclab.core.model.AttendanceStatus.EXCUSED;
import static org.civiclab.core.model.AttendanceStatus.LATE;
import static org.civiclab.core.model.AttendanceStatus.PRESENT;
import static org.civiclab.core.model.EnrollmentStatus.CANCELLED;
import static org.civiclab.core.model.EnrollmentStatus.COMPLETED;
import static org.civiclab.core.model.EnrollmentStatus.CONFIRMED;
import static org.civiclab.core.model.EnrollmentStatus.REGISTERED;
import static org.civiclab.core.model.EnrollmentStatus.WAITLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FindingId;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

class AnalysesTest {
  private static final Optional<String> T1 = Optional.of("t1");
  private static final Optional<String> T2 = Optional.of("t2");

  /**
   * One edition with tracks t1 and t2. Module m1 serves everyone (sessions s1, s2), module m2
   * serves t2 only (session s3, attendance not taken). a and b are in t1, c, d, e in t2; d is
   * waitlisted and e cancelled, so neither holds a place.
   */
  static Program course() {
    return program("p", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
        .addEdition(edition("e24", 2024)
            .addTracks(track("t1"), track("t2"))
            .addModule(module("m1", DateRange.of(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31)))
                .addSessions(session("s1", LocalDate.of(2024, 3, 4)),
                    session("s2", LocalDate.of(2024, 3, 11))).build())
            .addModule(module("m2", DateRange.of(LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 30))).addTrack(TrackId.of("t2"))
                .addSession(session("s3", LocalDate.of(2024, 4, 8))).build())
            .addEnrollments(enrol("a", CONFIRMED, 0, T1), enrol("b", COMPLETED, 1, T1),
                enrol("c", REGISTERED, 2, T2), enrol("d", WAITLISTED, 3, T2),
                enrol("e", CANCELLED, 4, T2))
            .build())
        .build();
  }

  static Track track(String id) {
    return Track.builder().id(TrackId.of(id)).name(LocalizedText.of("en", "Track " + id))
        .focus(LocalizedText.of("en", "focus")).build();
  }

  static List<Attendance> records() {
    return List.of(
        record("p", "s1", "a", PRESENT, 1), record("p", "s1", "b", ABSENT, 1),
        record("p", "s1", "c", LATE, 1), record("p", "s1", "d", PRESENT, 1),
        // a corrected to absent later; c's older record appended after the newer one
        record("p", "s2", "a", PRESENT, 10), record("p", "s2", "a", ABSENT, 20),
        record("p", "s2", "c", PRESENT, 15), record("p", "s2", "c", ABSENT, 12),
        // two records at the same instant: the one appended last wins
        record("p", "s2", "b", EXCUSED, 10), record("p", "s2", "b", PRESENT, 10),
        record("p", "unknown", "a", PRESENT, 30), record("other", "s1", "a", PRESENT, 30));
  }

  @Test
  void attendancePerSessionFollowsTheLatestRecordOfEachExpectedPerson() {
    AttendanceTally tally = Analyses.attendanceTally(List.of(course()));
    records().forEach(tally);
    Table t = tally.bySession();
    assertEquals(3, t.size());
    assertRow(t, 0, "session", "s1", "expected", 3L, "recorded", 3L, "attended", 2L);
    assertEquals(2.0 / 3, t.rate(0, "rate").getAsDouble(), 1e-12);
    assertRow(t, 1, "session", "s2", "expected", 3L, "recorded", 3L, "attended", 2L);
    assertRow(t, 2, "session", "s3", "expected", 1L, "recorded", 0L, "attended", 0L, "rate", "");
    assertEquals(9, tally.accepted());
    assertEquals(3, tally.ignored());
  }

  @Test
  void attendancePerModuleAndTrackCountsOnlySessionsWhoseAttendanceWasTaken() {
    ImmutableList<Table> tables = Analyses.attendanceRates(List.of(course()), records());
    Table modules = tables.get(1);
    assertRow(modules, 0, "module", "m1", "sessions taken", 2L, "expected", 6L,
        "attended", 4L, "rate", "0.6667");
    assertRow(modules, 1, "module", "m2", "sessions taken", 0L, "expected", 0L, "rate", "");
    Table tracks = tables.get(2);
    assertEquals(2, tracks.size());
    assertRow(tracks, 0, "track", "t1", "expected", 4L, "attended", 2L, "rate", "0.5000");
    assertRow(tracks, 1, "track", "t2", "expected", 2L, "attended", 2L, "rate", "1.0000");
  }

  @Test
  void anAttendanceLogStreamsToTheSameTables() {
    var log = org.civiclab.core.store.memory.MemoryStores.attendance();
    log.appendAll(records());
    assertEquals(Analyses.attendanceRates(List.of(course()), records()),
        Analyses.attendanceRates(List.of(course()), log));
  }

  @Test
  void completionPerEditionAndTrack() {
    Table t = Analyses.completionRates(List.of(course()));
    assertEquals(3, t.size());
    assertRow(t, 0, "edition", "2024", "track", "(all)", "holding place", 3L, "completed", 1L,
        "rate", "0.3333");
    assertRow(t, 1, "track", "t1", "holding place", 2L, "completed", 1L, "rate", "0.5000");
    assertRow(t, 2, "track", "t2", "holding place", 1L, "completed", 0L, "rate", "0.0000");
  }

  static DirectorySnapshot directory() {
    return DirectorySnapshot.of(
        List.of(person("a", "SE", Optional.of("gov")), person("b", "GE", Optional.of("ngo")),
            person("c", "GE", Optional.empty()), person("d", "BA", Optional.of("ngo"))),
        List.of(Fixtures.organization("gov", Sector.GOVERNMENT, "სამინისტრო"),
            Fixtures.organization("ngo", Sector.CIVIL_SOCIETY, "Civil, \"Society\"")));
  }

  @Test
  void participationJoinsPlaceHoldersToTheDirectory() {
    Table byCountry = Analyses.participation(List.of(course()), directory(),
        Analyses.Dimension.COUNTRY);
    assertEquals(2, byCountry.size());
    assertRow(byCountry, 0, "country", "GE", "name", "Georgia", "people", 2L, "share", "0.6667");
    assertRow(byCountry, 1, "country", "SE", "people", 1L, "enrolments", 1L);
    Table bySector = Analyses.participation(List.of(course()), directory(),
        Analyses.Dimension.SECTOR);
    assertEquals(3, bySector.size());
    assertTrue(bySector.find("sector", "GOVERNMENT", "people", "1").isPresent());
    assertTrue(bySector.find("sector", "CIVIL_SOCIETY", "people", "1").isPresent());
    assertTrue(bySector.find("sector", "(none)", "people", "1").isPresent());
    Table byOrg = Analyses.participation(List.of(course(), course()), directory(),
        Analyses.Dimension.ORGANIZATION);
    int gov = byOrg.find("organization", "gov").orElseThrow();
    assertEquals("სამინისტრო", byOrg.text(gov, "name"));
    assertEquals(1, byOrg.count(gov, "people"));
    assertEquals(2, byOrg.count(gov, "enrolments"), "the same person in two programs");
  }

  @Test
  void alumniCountOncePerPersonInTheYearOfTheFirstCompletion() {
    Program p1 = program("p1", LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))
        .addEdition(edition("p1-2017", 2017).addEnrollments(enrol("a", COMPLETED, 0,
            Optional.empty()), enrol("b", COMPLETED, 1, Optional.empty()),
            enrol("x", CONFIRMED, 2, Optional.empty())).build())
        .addEdition(edition("p1-2018", 2018).addEnrollments(enrol("b", COMPLETED, 0,
            Optional.empty()), enrol("c", COMPLETED, 1, Optional.empty())).build())
        .build();
    Program p2 = program("p2", LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31))
        .addEdition(edition("p2-2018", 2018).addEnrollments(enrol("a", COMPLETED, 0,
            Optional.empty()), enrol("d", COMPLETED, 1, Optional.empty())).build())
        .addEdition(edition("p2-2020", 2020).addEnrollment(enrol("e", COMPLETED, 0,
            Optional.empty())).build())
        .build();
    Table years = Analyses.alumniByYear(List.of(p1, p2));
    assertEquals(4, years.size());
    assertRow(years, 0, "year", "2017", "new alumni", 2L, "cumulative", 2L, "completions", 2L);
    assertRow(years, 1, "year", "2018", "new alumni", 2L, "cumulative", 4L, "completions", 4L);
    assertRow(years, 2, "year", "2019", "new alumni", 0L, "cumulative", 4L, "completions", 0L);
    assertRow(years, 3, "year", "2020", "new alumni", 1L, "cumulative", 5L, "completions", 1L);
    assertEquals(5, Analyses.alumni(List.of(p1, p2)).size());
    Table programs = Analyses.alumniByProgram(List.of(p1, p2));
    assertRow(programs, 0, "program", "p1", "editions", 2L, "completions", 4L, "alumni", 3L,
        "first year", "2017", "last year", "2018");
    assertRow(programs, 1, "program", "p2", "completions", 3L, "alumni", 3L, "last year", "2020");
  }

  static Meeting meeting(String id, LocalDate day, MeetingStatus status) {
    return Meeting.builder().id(EventId.of(id))
        .when(TimeSpan.on(day, LocalTime.of(15, 0), LocalTime.of(16, 0), Fixtures.ZONE))
        .mode(DeliveryMode.ONLINE).onlineLink(URI.create("https://meet.example.org/x"))
        .status(status).build();
  }

  static Program mentoring() {
    DateRange year = DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30));
    return program("mentor", year.start(), year.end())
        .academicCalendar(AcademicCalendar.builder().name("2024/25")
            .addTerm(Term.of("autumn", DateRange.of(LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 12, 20))))
            .addTerm(Term.of("spring", DateRange.of(LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 6, 10))))
            .build())
        .addPairing(MentorPairing.builder().id(PairingId.of("pair1")).mentor(Fixtures.id("a"))
            .mentee(Fixtures.id("b")).direction(PairingDirection.REVERSE)
            .cadence(Cadence.perTerm(2)).period(year)
            .addMeetings(meeting("m1", LocalDate.of(2024, 9, 10), MeetingStatus.HELD),
                meeting("m2", LocalDate.of(2024, 10, 10), MeetingStatus.CANCELLED),
                meeting("m3", LocalDate.of(2024, 11, 10), MeetingStatus.HELD),
                meeting("m4", LocalDate.of(2025, 2, 10), MeetingStatus.HELD),
                meeting("m5", LocalDate.of(2025, 5, 10), MeetingStatus.PLANNED),
                meeting("m6", LocalDate.of(2025, 6, 20), MeetingStatus.HELD))
            .build())
        .addPairing(MentorPairing.builder().id(PairingId.of("pair2")).mentor(Fixtures.id("c"))
            .mentee(Fixtures.id("d")).direction(PairingDirection.PEER)
            .cadence(Cadence.everyWeeks(4)).period(year)
            .addMeeting(meeting("n1", LocalDate.of(2024, 9, 10), MeetingStatus.HELD))
            .build())
        .addPairing(MentorPairing.builder().id(PairingId.of("pair3")).mentor(Fixtures.id("c"))
            .mentee(Fixtures.id("a")).direction(PairingDirection.CONVENTIONAL)
            .cadence(Cadence.perYear(3)).period(year)
            .addMeeting(meeting("y1", LocalDate.of(2025, 1, 2), MeetingStatus.HELD))
            .build())
        .build();
  }

  @Test
  void cadenceAdherencePerTermAndPerYear() {
    Table t = Analyses.cadenceAdherence(List.of(mentoring()), directory());
    int autumn = t.find("pairing", "pair1", "period", "autumn").orElseThrow();
    assertRow(t, autumn, "mentor", "Person a", "mentee", "Person b", "cadence", "2 per term",
        "planned", 2L, "held", 2L, "cancelled", 1L, "open", 0L, "adherence", "1.0000",
        "met", "yes");
    int spring = t.find("pairing", "pair1", "period", "spring").orElseThrow();
    assertRow(t, spring, "from", "2025-01-15", "to", "2025-06-10", "planned", 2L, "held", 1L,
        "open", 1L, "adherence", "0.5000", "met", "no");
    int outside = t.find("pairing", "pair1", "period", "(outside periods)").orElseThrow();
    assertEquals(1, t.count(outside, "held"));
    // every 4 weeks: 111 days of autumn hold 3 whole 4-week stretches, 147 of spring 5
    int weeks = t.find("pairing", "pair2", "period", "autumn").orElseThrow();
    assertRow(t, weeks, "planned", 3L, "held", 1L, "adherence", "0.3333");
    assertRow(t, weeks + 1, "period", "spring", "planned", 5L, "held", 0L);
    int y2024 = t.find("pairing", "pair3", "period", "2024").orElseThrow();
    assertRow(t, y2024, "from", "2024-09-01", "to", "2024-12-31", "planned", 3L, "held", 0L);
    assertRow(t, y2024 + 1, "period", "2025", "planned", 3L, "held", 1L, "met", "no");
    assertEquals(7, t.size());
    Table early = Analyses.cadenceAdherence(List.of(mentoring()), directory(),
        Optional.of(LocalDate.of(2024, 12, 31)));
    assertFalse(early.find("period", "spring").isPresent());
    assertFalse(early.find("period", "(outside periods)").isPresent(), "held after asOf");
    assertEquals(3, early.size());
  }

  @Test
  void followUpStatusCountsOverdueOpenAndInProgressActions() {
    OrganizationId partner = OrganizationId.of("municipality");
    FindingId f = FindingId.of("f1");
    Program p = program("out", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
        .addOutreachMeeting(OutreachMeeting.builder().id(EventId.of("o1")).community("სოფელი")
            .country("GE").addLeader(Fixtures.id("a"))
            .when(TimeSpan.on(LocalDate.of(2024, 11, 5), LocalTime.of(11, 0),
                LocalTime.of(13, 0), java.time.ZoneId.of("Asia/Tbilisi")))
            .addFinding(Finding.builder().id(f).issue("Water, \"often\" cut").build())
            .addFollowUps(action(f, partner, ActionStatus.OPEN, LocalDate.of(2025, 1, 10)),
                action(f, partner, ActionStatus.IN_PROGRESS, LocalDate.of(2025, 3, 1)),
                action(f, partner, ActionStatus.DONE, LocalDate.of(2024, 12, 1)),
                FollowUpAction.builder().finding(f).partner(partner).action("no date")
                    .status(ActionStatus.OPEN).build(),
                FollowUpAction.builder().finding(f).partner(partner).action("dropped")
                    .status(ActionStatus.DROPPED).build())
            .build())
        .build();
    LocalDate asOf = LocalDate.of(2025, 2, 1);
    Table t = Analyses.followUpStatus(List.of(p), asOf);
    assertRow(t, 0, "status", "OPEN", "actions", 2L, "overdue", 1L);
    assertRow(t, 1, "status", "IN_PROGRESS", "actions", 1L, "overdue", 0L);
    assertRow(t, 2, "status", "DONE", "actions", 1L, "overdue", 0L);
    assertRow(t, 3, "status", "DROPPED", "actions", 1L, "overdue", 0L);
    assertRow(t, 4, "status", "(all)", "actions", 5L, "overdue", 1L);
    Table late = Analyses.overdueFollowUps(List.of(p), asOf);
    assertEquals(1, late.size());
    assertRow(late, 0, "community", "სოფელი", "issue", "Water, \"often\" cut", "due",
        "2025-01-10", "days overdue", 22L);
    Table later = Analyses.overdueFollowUps(List.of(p), LocalDate.of(2025, 3, 5));
    assertEquals(2, later.size());
    assertEquals(54, later.count(0, "days overdue"), "most overdue first");
  }

  private static FollowUpAction action(FindingId f, OrganizationId partner, ActionStatus s,
      LocalDate due) {
    return FollowUpAction.builder().finding(f).partner(partner).action("act " + s).status(s)
        .due(due).build();
  }

  /** Asserts cells of one row: counts as Long, everything else by its text. */
  static void assertRow(Table t, int row, Object... columnsAndValues) {
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      String column = (String) columnsAndValues[i];
      Object expected = columnsAndValues[i + 1];
      if (expected instanceof Long) {
        assertEquals(expected, t.cell(row, column), () -> column + " of row " + row + "\n"
            + t.render());
      } else {
        assertEquals(expected, t.text(row, column), () -> column + " of row " + row + "\n"
            + t.render());
      }
    }
  }
}
