package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
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
import org.civiclab.core.model.HostAvailability;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DailyBreak;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgramScheduler#toProblem}: the scheduling problem a small hand-built program maps
 * to, without solving. The grid (grains fine enough for every agreed time, spanning every
 * day shape's hours, new events on the granularity), the participants (office hours replaced
 * by the program's day), and each session's demands with their exact ids, labels, lengths,
 * required and preferred people, locations, zones, windows, day shapes, module order, {@code
 * after} ids and pins; a session held as groups as one demand per group.
 */
class ProgramSchedulerProblemTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  static final ZoneId ZAGREB = ZoneId.of("Europe/Zagreb");
  /** A Monday. */
  static final LocalDate MON = LocalDate.of(2025, 3, 3);
  static final VenueId HALL = VenueId.of("hall");
  static final VenueId ANNEX = VenueId.of("annex");
  static final DayShape ANNEX_DAY = DayShape.of(LocalTime.of(9, 0), LocalTime.of(17, 0),
      EnumSet.allOf(DayOfWeek.class));
  static final DayShape EVERY_DAY = DayShape.of(LocalTime.of(8, 0), LocalTime.of(18, 0),
      EnumSet.allOf(DayOfWeek.class));
  static final ProgramScheduler DEFAULT = ProgramScheduler.builder().build();

  static PersonId id(String id) {
    return PersonId.of(id);
  }

  static DirectorySnapshot directory(String... ids) {
    List<Person> people = new ArrayList<>();
    for (String id : ids) {
      people.add(Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("BA")
          .homeZone(ZONE).workingHours(WorkingHours.officeHours(ZONE)).build());
    }
    return DirectorySnapshot.of(people, List.of());
  }

  static Program.Builder program(DateRange period) {
    return Program.builder().id(ProgramId.of("prog")).title(LocalizedText.of("en", "prog"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(period);
  }

  static Venue hall() {
    return Venue.builder().id(HALL).name("Hall").city("Sarajevo").country("BA").zone(ZONE)
        .capacity(30).build();
  }

  static Venue annex() {
    return Venue.builder().id(ANNEX).name("Annex").city("Zagreb").country("HR").zone(ZAGREB)
        .capacity(12).dayShape(ANNEX_DAY).build();
  }

  static Session.Builder session(String id, int minutes, DeliveryMode mode) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("en", "Title " + id))
        .format(SessionFormat.WORKSHOP).mode(mode).duration(Duration.ofMinutes(minutes))
        .addFacilitator(id("trainer"));
  }

  static TimeSpan at(LocalDateTime start, int minutes) {
    return TimeSpan.starting(start, Duration.ofMinutes(minutes), ZONE);
  }

  static Enrollment enrolled(String person, EnrollmentStatus status, int sequence) {
    return Enrollment.builder().person(id(person)).status(status).audience(Audience.EXTERNAL)
        .sequence(sequence).build();
  }

  static Demand demand(SchedulingProblem p, String id) {
    return p.demands().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theGridIsFineEnoughForEveryAgreedTimeAndSpansEveryDayShape() {
    // 9:00-12:00 by default, a module day from 8:00 and a venue day to 13:00; a session
    // agreed at 10:15, a meeting at 19:00 and a fixed outreach visit at 21:00 and reflection
    // at 6:00 are on the grid; a cancelled meeting at 20:10 and windowed visits at 22:05 and
    // 23:01 are not agreed times
    LocalDate day = MON;
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.day(day)).mode(DeliveryMode.ON_SITE)
        .dayShape(DayShape.of(LocalTime.of(8, 0), LocalTime.of(10, 0),
            EnumSet.allOf(DayOfWeek.class)))
        .addSession(session("agreed", 45, DeliveryMode.ON_SITE).venue(HALL)
            .when(at(day.atTime(10, 15), 45)).build())
        .build();
    Venue late = Venue.builder().id(VenueId.of("late")).name("Late").city("Sarajevo")
        .country("BA").zone(ZONE).capacity(5).dayShape(DayShape.of(LocalTime.of(11, 0),
            LocalTime.of(13, 0), EnumSet.allOf(DayOfWeek.class))).build();
    Program p = program(DateRange.day(day)).addVenue(hall()).addVenue(late)
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e")
            .period(DateRange.day(day)).addModules(m).build())
        .addPairing(MentorPairing.builder().id(PairingId.of("p1")).mentor(id("mentor"))
            .mentee(id("mentee")).direction(PairingDirection.CONVENTIONAL)
            .cadence(Cadence.everyWeeks(1)).period(DateRange.day(day))
            .addMeetings(Meeting.builder().id(EventId.of("evening"))
                .when(at(day.atTime(19, 0), 30)).mode(DeliveryMode.ONLINE).build(),
                Meeting.builder().id(EventId.of("off")).when(at(day.atTime(20, 10), 10))
                    .mode(DeliveryMode.ONLINE).status(MeetingStatus.CANCELLED).build())
            .build())
        .addOutreachMeetings(outreach("fixed", at(day.atTime(21, 0), 45)).build(),
            outreach("free", at(day.atTime(22, 5), 45)).window(DateRange.day(day)).build())
        .addReflectionMeetings(reflection("dawn", at(day.atTime(6, 0), 30)).build(),
            reflection("open", at(day.atTime(23, 1), 30)).window(DateRange.day(day)).build())
        .build();
    ProgramScheduler ps = ProgramScheduler.builder().grain(Duration.ofMinutes(60))
        .day(LocalTime.of(9, 0), LocalTime.of(12, 0)).build();
    TimeGrid grid = ps.toProblem(p, directory("trainer", "mentor", "mentee", "lead")).grid();

    List<LocalDateTime> starts = new ArrayList<>();
    for (LocalTime t : List.of(LocalTime.of(6, 0), LocalTime.of(6, 15))) {
      starts.add(day.atTime(t));
    }
    for (LocalDateTime t = day.atTime(8, 0); t.isBefore(day.atTime(13, 0)); t = t.plusMinutes(15)) {
      starts.add(t);
    }
    for (LocalTime t : List.of(LocalTime.of(19, 0), LocalTime.of(19, 15), LocalTime.of(21, 0),
        LocalTime.of(21, 15), LocalTime.of(21, 30))) {
      starts.add(day.atTime(t));
    }
    assertEquals(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(15))
        .grainStarts(starts).startStep(Duration.ofMinutes(60)).build(), grid);
  }

  @Test
  void theDefaultGridHasHalfHourGrainsFromEightToSixEveryDay() {
    Program p = program(DateRange.of(MON, MON.plusDays(1))).build();
    List<LocalDateTime> starts = new ArrayList<>();
    for (LocalDate d : List.of(MON, MON.plusDays(1))) {
      for (LocalDateTime t = d.atTime(8, 0); t.isBefore(d.atTime(18, 0)); t = t.plusMinutes(30)) {
        starts.add(t);
      }
    }
    SchedulingProblem problem = DEFAULT.toProblem(p, directory());
    assertEquals(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(30))
        .grainStarts(starts).build(), problem.grid());
    assertEquals("prog", problem.name());
    assertEquals(List.of(), problem.demands());
    // a day shape given to the builder replaces its hours
    TimeGrid shaped = ProgramScheduler.builder().day(LocalTime.of(6, 0), LocalTime.of(7, 0))
        .dayShape(DayShape.of(LocalTime.of(10, 0), LocalTime.of(11, 0),
            EnumSet.of(DayOfWeek.MONDAY))).build().toProblem(p, directory()).grid();
    assertEquals(List.of(MON.atTime(10, 0), MON.atTime(10, 30), MON.plusDays(1).atTime(10, 0),
        MON.plusDays(1).atTime(10, 30)), shaped.grainStarts());
  }

  @Test
  void theGrainMustBeAWholeNumberOfMinutesDividingADay() {
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(90), Duration.ofMinutes(7),
        Duration.ofMinutes(-30), Duration.ofSeconds(30))) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> ProgramScheduler.builder().grain(bad));
      assertEquals(List.of(Problem.at("grain", "granularity " + bad + " must be a whole number "
          + "of minutes dividing a day, such as 5, 10, 15, 30 or 60")), e.problems());
    }
    // one minute and a whole day are granularities; 90 minutes starts new events every 90
    // minutes on the half-hour grains the day's hours need
    for (int ok : List.of(1, 1440)) {
      ProgramScheduler.Builder b = ProgramScheduler.builder();
      assertSame(b, b.grain(Duration.ofMinutes(ok)));
    }
    TimeGrid grid = ProgramScheduler.builder().grain(Duration.ofMinutes(90)).build()
        .toProblem(program(DateRange.day(MON)).build(), directory()).grid();
    assertEquals(List.of(Duration.ofMinutes(30), Optional.of(Duration.ofMinutes(90))),
        List.of(grid.grainLength(), grid.startStep()));
  }

  @Test
  void everyNamedPersonIsAParticipantWorkingTheProgramsDayUnlessTheyStateTheirOwn() {
    DayShape shape = DayShape.of(LocalTime.of(9, 0), LocalTime.of(15, 0),
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
    WorkingHours own = WorkingHours.of(ZAGREB, LocalTime.of(7, 0), LocalTime.of(11, 0),
        EnumSet.of(DayOfWeek.FRIDAY));
    DirectorySnapshot people = DirectorySnapshot.of(List.of(
        Person.builder().id(id("mentor")).fullName("Mira").country("BA").homeZone(ZONE)
            .workingHours(WorkingHours.officeHours(ZONE)).build(),
        Person.builder().id(id("mentee")).fullName("Edo").country("HR").homeZone(ZAGREB)
            .workingHours(own).build()), List.of());
    Program.Builder b = program(DateRange.day(MON)).addPairing(MentorPairing.builder()
        .id(PairingId.of("p1")).mentor(id("mentor")).mentee(id("mentee"))
        .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.everyWeeks(1))
        .period(DateRange.day(MON)).build());
    assertEquals(List.of(
        Participant.builder().id("mentor").name("Mira")
            .workingHours(WorkingHours.officeHours(ZONE)).build(),
        Participant.builder().id("mentee").name("Edo").workingHours(own).build()),
        DEFAULT.toProblem(b.build(), people).participants());
    assertEquals(List.of(
        Participant.builder().id("mentor").name("Mira")
            .workingHours(shape.asWorkingHours(ZONE)).build(),
        Participant.builder().id("mentee").name("Edo").workingHours(own).build()),
        DEFAULT.toProblem(b.dayShape(shape).build(), people).participants());
  }

  @Test
  void everyNamedPersonMissingFromTheDirectoryIsReported() {
    Program p = program(DateRange.day(MON)).addPairing(MentorPairing.builder()
        .id(PairingId.of("p1")).mentor(id("mentor")).mentee(id("mentee"))
        .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.everyWeeks(1))
        .period(DateRange.day(MON)).build())
        .addOutreachMeetings(outreach("fixed", at(MON.atTime(9, 0), 60)).build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DEFAULT.toProblem(p, directory("mentee")));
    assertEquals(List.of(
        Problem.at("people[mentor]", "person 'mentor' named by program prog is not in the "
            + "directory"),
        Problem.at("people[lead]", "person 'lead' named by program prog is not in the "
            + "directory")), e.problems());
  }

  /**
   * Two modules of an edition whose order is required: required and optional, timed and open,
   * on site and online sessions, with and without a venue of their own.
   */
  @Test
  void eachSessionIsADemandWithItsPeopleRoomsWindowDayAndOrder() {
    DayShape afternoons = DayShape.of(LocalTime.of(13, 0), LocalTime.of(18, 0),
        EnumSet.allOf(DayOfWeek.class));
    Module m0 = Module.builder().id(ModuleId.of("m0")).title(LocalizedText.of("en", "First"))
        .window(DateRange.of(MON, MON.plusDays(3))).mode(DeliveryMode.ON_SITE)
        .addFacilitator(id("coach"))
        .addSessions(
            session("open", 90, DeliveryMode.ON_SITE).addSpeaker(id("guest")).build(),
            session("optional", 100, DeliveryMode.ON_SITE).venue(ANNEX).required(false)
                .addAfter(EventId.of("open")).build(),
            session("call", 60, DeliveryMode.ONLINE).when(at(MON.plusDays(1).atTime(10, 0), 60))
                .build(),
            session("fixed", 60, DeliveryMode.ON_SITE).venue(HALL)
                .when(at(MON.plusDays(2).atTime(9, 0), 60)).build(),
            session("roomless", 60, DeliveryMode.ON_SITE)
                .when(at(MON.plusDays(2).atTime(14, 0), 60)).build())
        .build();
    Module m1 = Module.builder().id(ModuleId.of("m1")).title(LocalizedText.of("en", "Second"))
        .window(DateRange.day(MON.plusDays(2))).mode(DeliveryMode.ON_SITE)
        .dayShape(afternoons)
        .addSession(session("later", 30, DeliveryMode.ON_SITE).build()).build();
    Edition e = Edition.builder().id(EditionId.of("e")).label("e")
        .period(DateRange.of(MON, MON.plusDays(3))).moduleOrderRequired(true)
        .addModules(m0, m1)
        .addEnrollments(enrolled("ana", EnrollmentStatus.REGISTERED, 0),
            enrolled("bo", EnrollmentStatus.CONFIRMED, 1),
            enrolled("cy", EnrollmentStatus.WAITLISTED, 2),
            enrolled("trainer", EnrollmentStatus.CONFIRMED, 3))
        .build();
    Program p = program(DateRange.of(MON, MON.plusDays(4))).addVenue(hall()).addVenue(annex())
        .addEdition(e).build();
    SchedulingProblem problem = DEFAULT.toProblem(p,
        directory("trainer", "coach", "guest", "ana", "bo", "cy"));
    DateRange window = DateRange.of(MON, MON.plusDays(3));

    assertEquals(List.of(Location.builder().id("hall").name("Hall").capacity(30)
        .site("Sarajevo, BA").build(), Location.builder().id("annex").name("Annex").capacity(12)
        .site("Zagreb, HR").build()), problem.locations());
    java.util.function.BiFunction<String, Integer, Demand.Builder> m0Session = (id, grains) ->
        Demand.builder().id(id).durationGrains(grains).window(window).addDayShapes(EVERY_DAY)
            .sequenceGroup("edition e").sequenceOrder(0);
    assertEquals(List.of(
        m0Session.apply("open", 3)
            .label("Title open (First)")
            .requiredAttendees(List.of("trainer", "guest", "coach", "ana", "bo"))
            .allowedLocations(List.of("hall", "annex")).attendanceZone(ZONE).build(),
        m0Session.apply("optional", 4)
            .label("Title optional (First)")
            .requiredAttendees(List.of("trainer", "coach"))
            .preferredAttendees(List.of("ana", "bo")).addDayShapes(ANNEX_DAY)
            .allowedLocations(List.of("annex")).attendanceZone(ZAGREB).addAfter("open").build(),
        m0Session.apply("call", 2)
            .label("Title call (First)")
            .requiredAttendees(List.of("trainer", "coach", "ana", "bo")).online(true)
            .pinned(Placement.online(24)).agreed(true).build(),
        m0Session.apply("fixed", 2)
            .label("Title fixed (First)")
            .requiredAttendees(List.of("trainer", "coach", "ana", "bo"))
            .allowedLocations(List.of("hall")).attendanceZone(ZONE)
            .pinned(Placement.of(42, "hall")).agreed(true).build(),
        m0Session.apply("roomless", 2)
            .label("Title roomless (First)")
            .requiredAttendees(List.of("trainer", "coach", "ana", "bo"))
            .allowedLocations(List.of("hall", "annex")).attendanceZone(ZONE).build(),
        Demand.builder().id("later").label("Title later (Second)").durationGrains(1)
            .requiredAttendees(List.of("trainer", "ana", "bo"))
            .window(DateRange.day(MON.plusDays(2))).addDayShapes(afternoons)
            .allowedLocations(List.of("hall", "annex")).attendanceZone(ZONE)
            .sequenceGroup("edition e").sequenceOrder(1).build()),
        problem.demands());
  }

  @Test
  void withoutVenuesOrRequiredOrderSessionsAreOnlineAndUnsequenced() {
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "Only"))
        .window(DateRange.of(MON.plusDays(1), MON.plusDays(4))).mode(DeliveryMode.ON_SITE)
        .addSessions(session("a", 30, DeliveryMode.ON_SITE).build(),
            session("b", 31, DeliveryMode.ON_SITE).when(at(MON.atTime(8, 0), 31)).build())
        .build();
    Program p = program(DateRange.of(MON, MON.plusDays(6))).addEdition(Edition.builder()
        .id(EditionId.of("e")).label("e").period(DateRange.of(MON, MON.plusDays(4)))
        .moduleOrderRequired(false).addModules(m).build()).build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("trainer"));
    assertEquals(Duration.ofMinutes(1), problem.grid().grainLength());
    assertEquals(List.of(
        Demand.builder().id("a").label("Title a (Only)").durationGrains(30)
            .addRequiredAttendees("trainer").online(true)
            .window(DateRange.of(MON.plusDays(1), MON.plusDays(4))).addDayShapes(EVERY_DAY)
            .build(),
        Demand.builder().id("b").label("Title b (Only)").durationGrains(31)
            .addRequiredAttendees("trainer").online(true)
            .window(DateRange.of(MON.plusDays(1), MON.plusDays(4))).addDayShapes(EVERY_DAY)
            .pinned(Placement.online(0)).agreed(true).build()),
        problem.demands());
  }

  @Test
  void aSessionHeldAsGroupsIsOneDemandPerGroupSharingOutTheUnnamedParticipants() {
    SessionGroup a = SessionGroup.builder().name("a").addFacilitators(id("fa"))
        .addParticipants(id("p1"), id("p2")).build();
    SessionGroup b = SessionGroup.builder().name("b").venue(ANNEX).build();
    SessionGroup c = SessionGroup.builder().name("c").addParticipants(id("p3")).build();
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.of(MON, MON.plusDays(1))).mode(DeliveryMode.ON_SITE)
        .addFacilitator(id("coach"))
        .addSessions(session("intro", 60, DeliveryMode.ON_SITE).build(),
            session("split", 60, DeliveryMode.ON_SITE).addGroups(a, b, c)
                .addAfter(EventId.of("intro")).build(),
            session("close", 60, DeliveryMode.ON_SITE).addAfter(EventId.of("split")).build())
        .build();
    List<Enrollment> enrolments = new ArrayList<>();
    for (String who : List.of("p1", "u1", "u2", "p3", "u3", "u4", "coach")) {
      enrolments.add(enrolled(who, EnrollmentStatus.REGISTERED, enrolments.size()));
    }
    Program p = program(DateRange.of(MON, MON.plusDays(1))).addVenue(hall()).addVenue(annex())
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e")
            .period(DateRange.of(MON, MON.plusDays(1))).addModules(m)
            .enrollments(enrolments).build())
        .build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("trainer", "coach", "fa", "p1",
        "p2", "p3", "u1", "u2", "u3", "u4"));
    java.util.function.Function<String, Demand.Builder> common = id -> Demand.builder().id(id)
        .durationGrains(2).window(DateRange.of(MON, MON.plusDays(1))).addDayShapes(EVERY_DAY)
        .attendanceZone(ZONE).parallelGroup("session split").addAfter("intro")
        .sequenceGroup("edition e");
    // a has two named, b none, c one: each unnamed participant goes to the smallest group,
    // looking from the group after the last one given to: u1 to b, u2 to c (b and c equal),
    // u3 to b, u4 to c
    assertEquals(List.of(
        common.apply("split / a").label("Title split, group a (M)")
            .requiredAttendees(List.of("fa", "trainer", "coach", "p1", "p2"))
            .allowedLocations(List.of("hall", "annex")).build(),
        common.apply("split / b").label("Title split, group b (M)")
            .requiredAttendees(List.of("u1", "u3")).allowedLocations(List.of("annex"))
            .addDayShapes(ANNEX_DAY).attendanceZone(ZAGREB).build(),
        common.apply("split / c").label("Title split, group c (M)")
            .requiredAttendees(List.of("p3", "u2", "u4")).allowedLocations(List.of("hall", "annex"))
            .build()),
        problem.demands().subList(1, 4));
    assertEquals(Set.of("split / a", "split / b", "split / c"), demand(problem, "close").after());
    assertEquals(Optional.empty(), demand(problem, "close").parallelGroup());
  }

  /** Three weeks from Monday 3 March: 20 half-hour grains a day, day d starting at 20 d. */
  static final DateRange WEEKS = DateRange.of(MON, MON.plusDays(20));

  static int grain(int day, int hour, int minute) {
    return 20 * day + (hour - 8) * 2 + minute / 30;
  }

  @Test
  void aCadenceIsOneDemandPerOccurrenceNotMetByARecordedMeeting() {
    MentorPairing pairing = MentorPairing.builder().id(PairingId.of("p1")).mentor(id("mentor"))
        .mentee(id("mentee")).direction(PairingDirection.CONVENTIONAL)
        .cadence(Cadence.everyWeeks(1)).period(WEEKS)
        .addMeetings(
            Meeting.builder().id(EventId.of("h1")).when(at(MON.plusDays(1).atTime(10, 0), 60))
                .mode(DeliveryMode.ONLINE).status(MeetingStatus.HELD).build(),
            Meeting.builder().id(EventId.of("v1")).when(at(MON.plusDays(8).atTime(14, 0), 90))
                .mode(DeliveryMode.ON_SITE).venue(ANNEX).build(),
            Meeting.builder().id(EventId.of("x")).when(at(MON.plusDays(15).atTime(9, 0), 60))
                .mode(DeliveryMode.ONLINE).status(MeetingStatus.CANCELLED).build())
        .build();
    LearningCircle.Builder circle = LearningCircle.builder().id(CircleId.of("c1"))
        .name("Readers").addFacilitator(id("lead")).addInvitedExperts(id("guest"), id("c1m0"))
        .cadence(Cadence.everyWeeks(1)).period(DateRange.of(MON.plusDays(7), MON.plusDays(20)));
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add("c1m" + i);
      circle.addMember(CircleMember.of(id("c1m" + i),
          i < 2 ? ExperienceLevel.NOVICE : ExperienceLevel.EXPERIENCED));
    }
    members.add("lead");
    Program p = program(WEEKS).addVenue(hall()).addVenue(annex()).addPairing(pairing)
        .addCircle(circle.build()).build();
    SchedulingProblem problem = ProgramScheduler.builder()
        .meetingLengths(Duration.ofMinutes(45), Duration.ofMinutes(60)).build()
        .toProblem(p, directory("mentor", "mentee", "lead", "guest", "c1m0", "c1m1", "c1m2",
            "c1m3", "c1m4"));
    Demand.Builder pair = Demand.builder().requiredAttendees(List.of("mentor", "mentee"))
        .addDayShapes(EVERY_DAY);
    Demand.Builder readers = Demand.builder().requiredAttendees(members)
        .addPreferredAttendees("guest").addDayShapes(EVERY_DAY).attendanceZone(ZONE)
        .allowedLocations(List.of("hall", "annex"));
    assertEquals(List.of(
        pair.id("p1@h1").label("pairing p1, meeting of 2025-03-04").durationGrains(2)
            .online(true).window(DateRange.day(MON.plusDays(1)))
            .pinned(Placement.online(grain(1, 10, 0))).agreed(true).build(),
        pair.id("p1@v1").label("pairing p1, meeting of 2025-03-11").durationGrains(3)
            .online(false).allowedLocations(List.of("annex")).attendanceZone(ZAGREB)
            .window(DateRange.day(MON.plusDays(8)))
            .pinned(Placement.of(grain(8, 14, 0), "annex")).build(),
        Demand.builder().id("p1#3").label("pairing p1, period 3, meeting 3")
            .durationGrains(2).requiredAttendees(List.of("mentor", "mentee")).online(true)
            .addDayShapes(EVERY_DAY).window(week(3)).build(),
        readers.id("c1#1").label("circle Readers, period 1, meeting 1")
            .durationGrains(2).window(week(2)).build(),
        readers.id("c1#2").label("circle Readers, period 2, meeting 2")
            .window(week(3)).build()),
        problem.demands());
  }

  /** The n-th week of {@link #WEEKS}, Monday to Sunday. */
  static DateRange week(int n) {
    return DateRange.of(MON.plusWeeks(n - 1L), MON.plusWeeks(n - 1L).plusDays(6));
  }

  @Test
  void anExchangeVisitIsABlockOfWholeDaysAtItsHost() {
    ExchangeVisit tour = ExchangeVisit.builder().id(VisitId.of("tour"))
        .kind(ExchangeKind.STUDY_VISIT).addVisitors(id("x1"), id("x2"))
        .host(OrganizationId.of("h1")).city("Mostar").country("BA")
        .period(DateRange.of(MON.plusDays(2), MON.plusDays(3))).hostCapacity(5).travelDays(1)
        .build();
    ExchangeVisit stay = ExchangeVisit.builder().id(VisitId.of("stay"))
        .kind(ExchangeKind.DOMESTIC_INTERNSHIP).addVisitors(id("x3"))
        .host(OrganizationId.of("h1")).city("Tuzla").country("BA")
        .period(DateRange.day(MON.plusDays(9)))
        .window(DateRange.of(MON.plusDays(7), MON.plusDays(13))).hostCapacity(3)
        .hostAvailability(HostAvailability.onWeekdays(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY)))
        .build();
    ExchangeVisit far = ExchangeVisit.builder().id(VisitId.of("far"))
        .kind(ExchangeKind.INTERNATIONAL_STUDY_VISIT).addVisitors(id("x1"))
        .host(OrganizationId.of("h2")).city("Brussels").country("BE")
        .period(DateRange.of(MON.plusDays(16), MON.plusDays(17))).build();
    Program p = program(WEEKS).addVenue(hall()).addExchangeVisits(tour, stay, far).build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("x1", "x2", "x3"));
    assertEquals(List.of(Location.builder().id("hall").name("Hall").capacity(30)
            .site("Sarajevo, BA").build(),
        Location.builder().id("host h1").name("host h1").capacity(3).shared(true)
            .site("host h1").build(),
        Location.builder().id("host h2").name("host h2").capacity(Integer.MAX_VALUE)
            .shared(false).site("host h2").build()), problem.locations());
    List<LocalDate> weekends = List.of(MON.plusDays(5), MON.plusDays(6), MON.plusDays(12),
        MON.plusDays(13), MON.plusDays(19), MON.plusDays(20));
    assertEquals(List.of(
        Demand.builder().id("tour").label("study visit to Mostar").durationGrains(40)
            .requiredAttendees(List.of("x1", "x2")).addAllowedLocations("host h1")
            .wholeDays(true).attendanceZone(ZONE).travelDaysBefore(1).travelDaysAfter(1)
            .addAllClosedDays(weekends).window(tour.period())
            .pinned(Placement.of(grain(2, 8, 0), "host h1")).agreed(true).build(),
        Demand.builder().id("stay").label("domestic internship to Tuzla").durationGrains(20)
            .requiredAttendees(List.of("x3")).addAllowedLocations("host h1").wholeDays(true)
            .attendanceZone(ZONE).addAllClosedDays(weekends)
            .window(DateRange.of(MON.plusDays(7), MON.plusDays(13))).build(),
        Demand.builder().id("far").label("international study visit to Brussels")
            .durationGrains(40).requiredAttendees(List.of("x1")).addAllowedLocations("host h2")
            .wholeDays(true).attendanceZone(ZONE).window(far.period())
            .pinned(Placement.of(grain(16, 8, 0), "host h2")).agreed(true).build()),
        problem.demands());
  }

  @Test
  void outreachVisitsGoToTheirCommunityAndReflectionMeetingsAskEverySectorForAQuorum() {
    Program p = program(WEEKS).addVenue(hall()).addVenue(annex())
        .addOutreachMeetings(
            outreach("o1", at(MON.plusDays(1).atTime(9, 0), 120))
                .travelFromBase(Duration.ofMinutes(90)).build(),
            outreach("o2", at(MON.plusDays(2).atTime(10, 0), 60))
                .travelFromBase(Duration.ofHours(2))
                .window(DateRange.of(MON.plusDays(2), MON.plusDays(4))).build(),
            OutreachMeeting.builder().id(EventId.of("o3")).community("Visoko").country("BA")
                .when(at(MON.plusDays(3).atTime(9, 0), 30)).addLeaders(id("ana")).build())
        .addReflectionMeetings(
            ReflectionMeeting.builder().id(EventId.of("r1"))
                .when(at(MON.atTime(14, 0), 120)).window(week(1)).venue(HALL)
                .addParticipants(rep(Sector.CIVIL_SOCIETY, "lead"),
                    rep(Sector.CIVIL_SOCIETY, "ana"), rep(Sector.PRIVATE, null),
                    rep(Sector.GOVERNMENT, "gov"), rep(Sector.GOVERNMENT, "lead"))
                .build(),
            reflection("r2", at(MON.plusDays(3).atTime(9, 0), 60)).build())
        .build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("lead", "ana", "gov"));
    assertEquals(List.of("hall", "annex", "community Foca", "community Visoko"),
        problem.locations().stream().map(Location::id).toList());
    assertEquals(Location.builder().id("community Foca").name("Foca")
        .capacity(Integer.MAX_VALUE).site("Foca, BA").build(), problem.locations().get(2));
    // the longest journey to a community, from each venue's city
    assertEquals(List.of(Travel.of("Foca, BA", "Sarajevo, BA", 4),
        Travel.of("Foca, BA", "Zagreb, HR", 4)), problem.travelTimes());
    Demand.Builder foca = Demand.builder().label("outreach visit to Foca")
        .addRequiredAttendees("lead").addDayShapes(EVERY_DAY)
        .addAllowedLocations("community Foca").attendanceZone(ZONE);
    assertEquals(List.of(
        foca.id("o1").durationGrains(4).window(DateRange.day(MON.plusDays(1)))
            .pinned(Placement.of(grain(1, 9, 0), "community Foca")).agreed(true).build(),
        Demand.builder().id("o2").label("outreach visit to Foca").addRequiredAttendees("lead")
            .addDayShapes(EVERY_DAY).addAllowedLocations("community Foca").attendanceZone(ZONE)
            .durationGrains(2).window(DateRange.of(MON.plusDays(2), MON.plusDays(4))).build(),
        Demand.builder().id("o3").label("outreach visit to Visoko").addRequiredAttendees("ana")
            .addDayShapes(EVERY_DAY).addAllowedLocations("community Visoko")
            .attendanceZone(ZONE).durationGrains(1).window(DateRange.day(MON.plusDays(3)))
            .pinned(Placement.of(grain(3, 9, 0), "community Visoko")).agreed(true).build(),
        Demand.builder().id("r1").label("reflection meeting of 3 sectors").durationGrains(4)
            .addQuorums(Quorum.builder().name("civil society").addMembers("lead", "ana").build(),
                Quorum.builder().name("government").addMembers("gov", "lead").build())
            .addDayShapes(EVERY_DAY).window(week(1)).addAllowedLocations("hall")
            .attendanceZone(ZONE).build(),
        Demand.builder().id("r2").label("reflection meeting of 1 sectors").durationGrains(2)
            .addQuorums(Quorum.builder().name("civil society").addMembers("lead").build())
            .online(true).addDayShapes(EVERY_DAY).window(DateRange.day(MON.plusDays(3)))
            .pinned(Placement.online(grain(3, 9, 0))).agreed(true).build()),
        problem.demands());
  }

  @Test
  void anOutreachSeriesIsOneVisitPerOccurrenceNotHeldByAVisitOfTheProgram() {
    DateRange twoWeeks = DateRange.of(MON, MON.plusDays(13));
    OutreachSeries walks = OutreachSeries.builder().id(SeriesId.of("walks")).community("Foca")
        .country("BA").cadence(Cadence.everyWeeks(1)).length(Duration.ofHours(2))
        .preferredStart(LocalTime.of(10, 0)).addLeaders(id("lead"))
        .travelFromBase(Duration.ofHours(1)).build();
    // reachable from 5 March: a visit of it with a window keeps off 3 and 4 March
    OutreachSeries hill = OutreachSeries.builder().id(SeriesId.of("hill")).community("Hill")
        .country("BA").cadence(Cadence.everyWeeks(1)).length(Duration.ofHours(1))
        .period(DateRange.of(MON.plusDays(7), MON.plusDays(13)))
        .season(Season.of(MonthDay.of(3, 5), MonthDay.of(12, 31))).addLeaders(id("ana"))
        .build();
    Program p = program(twoWeeks).addVenue(hall()).addOutreachSeries(walks, hill)
        .addOutreachMeetings(
            outreach("held", at(MON.plusDays(1).atTime(10, 0), 120)).series(walks.id())
                .occurrence(1).build(),
            OutreachMeeting.builder().id(EventId.of("hv")).community("Hill").country("BA")
                .when(at(MON.atTime(9, 0), 60)).window(DateRange.of(MON, MON.plusDays(4)))
                .addLeaders(id("ana")).series(hill.id()).occurrence(2).build())
        .build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("lead", "ana"));
    assertEquals(List.of("held", "hv", "walks#2", "hill#1"),
        problem.demands().stream().map(Demand::id).toList());
    assertEquals(List.of(MON, MON.plusDays(1)), List.copyOf(demand(problem, "hv").closedDays()));
    assertEquals(List.of(), List.copyOf(demand(problem, "held").closedDays()));
    assertEquals(Demand.builder().id("walks#2")
        .label("outreach visit to Foca, period 2, visit 2 of series walks").durationGrains(4)
        .addRequiredAttendees("lead").addDayShapes(EVERY_DAY).window(week(2))
        .addAllowedLocations("community Foca").attendanceZone(ZONE)
        .preferredEarliestStart(LocalTime.of(10, 0)).preferredLatestEnd(LocalTime.of(12, 0))
        .build(), demand(problem, "walks#2"));
    Demand hill1 = demand(problem, "hill#1");
    assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(week(2)), 2,
        List.of("ana"), List.of("community Hill")),
        List.of(hill1.preferredEarliestStart(), hill1.preferredLatestEnd(), hill1.window(),
            hill1.durationGrains(), hill1.requiredAttendees(),
            List.copyOf(hill1.allowedLocations())));
    assertEquals(List.of(Travel.of("Foca, BA", "Sarajevo, BA", 2)), problem.travelTimes());
  }

  @Test
  void anOccurrenceNoDayOfWhichCanBeReachedIsTheFirstConflictOfThePlan() {
    OutreachSeries winter = OutreachSeries.builder().id(SeriesId.of("winter")).community("Foca")
        .country("BA").cadence(Cadence.everyWeeks(1)).length(Duration.ofHours(2))
        .season(Season.of(MonthDay.of(12, 1), MonthDay.of(12, 31))).addLeaders(id("lead"))
        .build();
    Program p = program(DateRange.of(MON, MON.plusDays(13))).addOutreachSeries(winter).build();
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(0).build()).build()
        .plan(p, directory("lead"));
    assertEquals(List.of(), plan.events());
    assertEquals(Optional.of(Infeasibility.builder().proven(true).addConflicts(
        Conflict.builder().addDemands("winter#1").addRules("window", "closed-days")
            .message("outreach series 'winter' occurrence 1 has no day the community Foca can"
                + " be reached between 2025-03-03 and 2025-03-16 (reachable "
                + winter.season().orElseThrow() + ")").build()).build()),
        plan.result().infeasibility());
    // without a season nothing is unreachable and the plan has no conflict
    ProgramPlan all = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(0).build()).build()
        .plan(p.withOutreachSeries(winter.withSeason(Optional.empty())), directory("lead"));
    assertEquals(Optional.empty(), all.result().infeasibility());
    assertEquals(List.of("winter#1", "winter#2"), all.events().stream()
        .map(PlannedEvent::demandId).toList());
  }

  @Test
  void aPlanHasAnEventPerDemandInTimeOrderWithItsSourceVenueAttendeesAndTravel() {
    DateRange week = DateRange.of(MON, MON.plusDays(6));
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(week).mode(DeliveryMode.ON_SITE)
        .addSession(session("s", 60, DeliveryMode.ON_SITE).venue(HALL)
            .when(at(MON.plusDays(1).atTime(9, 0), 60)).build())
        .build();
    Program p = program(week).addVenue(hall())
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e").period(week)
            .addModules(m).build())
        .addPairing(MentorPairing.builder().id(PairingId.of("p1")).mentor(id("mentor"))
            .mentee(id("mentee")).direction(PairingDirection.CONVENTIONAL)
            .cadence(Cadence.everyWeeks(1)).period(week)
            .addMeetings(Meeting.builder().id(EventId.of("h")).when(at(MON.atTime(10, 0), 60))
                .mode(DeliveryMode.ONLINE).build())
            .build())
        .addExchangeVisits(ExchangeVisit.builder().id(VisitId.of("tour"))
            .kind(ExchangeKind.STUDY_VISIT).addVisitors(id("x1")).host(OrganizationId.of("h1"))
            .city("Mostar").country("BA").period(DateRange.of(MON.plusDays(3), MON.plusDays(4)))
            .travelDays(1).build())
        .addOutreachMeetings(outreach("o1", at(MON.plusDays(2).atTime(9, 0), 120)).build())
        .build();
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(0).build()).build()
        .plan(p, directory("trainer", "mentor", "mentee", "x1", "lead"));
    assertEquals(List.of(
        PlannedEvent.builder().demandId("p1@h").label("pairing p1, meeting of 2025-03-03")
            .kind(PlannedEvent.Kind.MENTORING).sourceId("p1").when(at(MON.atTime(10, 0), 60))
            .addAttendees(id("mentor"), id("mentee")).build(),
        PlannedEvent.builder().demandId("s").label("Title s (M)").kind(PlannedEvent.Kind.SESSION)
            .sourceId("s").when(at(MON.plusDays(1).atTime(9, 0), 60)).venue(HALL)
            .addAttendees(id("trainer")).build(),
        PlannedEvent.builder().demandId("o1").label("outreach visit to Foca")
            .kind(PlannedEvent.Kind.OUTREACH).sourceId("o1")
            .when(at(MON.plusDays(2).atTime(9, 0), 120)).addAttendees(id("lead")).build(),
        PlannedEvent.builder().demandId("tour").label("study visit to Mostar")
            .kind(PlannedEvent.Kind.VISIT).sourceId("tour")
            .when(TimeSpan.of(MON.plusDays(3).atTime(8, 0), MON.plusDays(4).atTime(18, 0), ZONE))
            .addAttendees(id("x1"))
            .addTravel(TimeSpan.of(MON.plusDays(2).atStartOfDay(), MON.plusDays(3).atStartOfDay(),
                ZONE), TimeSpan.of(MON.plusDays(5).atStartOfDay(),
                MON.plusDays(6).atStartOfDay(), ZONE))
            .build()),
        plan.events());
  }

  @Test
  void theProgramsDayWithItsBreaksAndItsHolidaysGoIntoTheProblem() {
    DayShape shape = DayShape.builder().workingDays(EnumSet.allOf(DayOfWeek.class))
        .dayStart(LocalTime.of(8, 0)).dayEnd(LocalTime.of(14, 0))
        .addBreaks(DailyBreak.of("lunch", LocalTime.of(12, 20), LocalTime.of(12, 50))).build();
    HolidayCalendar holidays = HolidayCalendar.builder().name("local")
        .holidays(ImmutableSortedMap.of(MON.plusDays(1), "feast")).build();
    Program p = program(DateRange.of(MON, MON.plusDays(1))).dayShape(shape).holidays(holidays)
        .build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory());
    assertEquals(Optional.of(holidays), problem.holidays());
    List<LocalDateTime> starts = new ArrayList<>();
    for (LocalDate d : List.of(MON, MON.plusDays(1))) {
      for (LocalDateTime t = d.atTime(8, 0); t.isBefore(d.atTime(14, 0)); t = t.plusMinutes(10)) {
        starts.add(t);
      }
    }
    assertEquals(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofMinutes(10))
        .grainStarts(starts).startStep(Duration.ofMinutes(30)).build(), problem.grid());
    assertEquals(Optional.empty(), DEFAULT.toProblem(program(DateRange.day(MON)).build(),
        directory()).holidays());
  }

  @Test
  void aRecordedMeetingAtAVenueTheProgramDoesNotHaveIsOnline() {
    Program p = program(DateRange.day(MON)).addVenue(hall()).addPairing(MentorPairing.builder()
        .id(PairingId.of("p1")).mentor(id("mentor")).mentee(id("mentee"))
        .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.everyWeeks(1))
        .period(DateRange.day(MON))
        .addMeetings(Meeting.builder().id(EventId.of("away")).when(at(MON.atTime(9, 0), 60))
                .mode(DeliveryMode.ON_SITE).venue(VenueId.of("cafe")).build(),
            Meeting.builder().id(EventId.of("mixed")).when(at(MON.atTime(11, 0), 60))
                .mode(DeliveryMode.HYBRID).venue(HALL).build())
        .build()).build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("mentor", "mentee"));
    Demand away = demand(problem, "p1@away");
    assertEquals(List.of(true, Set.of(), Optional.empty(), Optional.of(Placement.online(2))),
        List.of(away.online(), away.allowedLocations(), away.attendanceZone(), away.pinned()));
    Demand mixed = demand(problem, "p1@mixed");
    assertEquals(List.of(false, Set.of("hall"), Optional.of(ZONE),
        Optional.of(Placement.of(6, "hall"))), List.of(mixed.online(), mixed.allowedLocations(),
        mixed.attendanceZone(), mixed.pinned()));
  }

  @Test
  void aReflectionMeetingsAttendeesAreItsRepresentativesEachOnce() {
    Program p = program(DateRange.day(MON)).addReflectionMeeting(ReflectionMeeting.builder()
        .id(EventId.of("r")).when(at(MON.atTime(9, 0), 60))
        .addParticipants(rep(Sector.CIVIL_SOCIETY, "lead"), rep(Sector.MEDIA, null),
            rep(Sector.CIVIL_SOCIETY, "ana"), rep(Sector.GOVERNMENT, "lead"))
        .build()).build();
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(0).build()).build()
        .plan(p, directory("lead", "ana"));
    assertEquals(List.of(PlannedEvent.builder().demandId("r")
        .label("reflection meeting of 3 sectors").kind(PlannedEvent.Kind.REFLECTION)
        .sourceId("r").when(at(MON.atTime(9, 0), 60)).addAttendees(id("lead"), id("ana"))
        .build()), plan.events());
  }

  @Test
  void unreachableOccurrencesComeBeforeTheSolversOwnConflicts() {
    OutreachSeries winter = OutreachSeries.builder().id(SeriesId.of("winter")).community("Foca")
        .country("BA").cadence(Cadence.everyWeeks(1)).length(Duration.ofHours(2))
        .season(Season.of(MonthDay.of(12, 1), MonthDay.of(12, 31))).addLeaders(id("lead"))
        .build();
    // the trainer is pinned to two sessions at once: the solver proves it infeasible
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.day(MON)).mode(DeliveryMode.ONLINE)
        .addSessions(session("a", 60, DeliveryMode.ONLINE).when(at(MON.atTime(9, 0), 60))
                .build(),
            session("b", 60, DeliveryMode.ONLINE).when(at(MON.atTime(9, 0), 60)).build())
        .build();
    Program p = program(DateRange.of(MON, MON.plusDays(6))).addOutreachSeries(winter)
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e")
            .period(DateRange.day(MON)).addModules(m).build())
        .build();
    ProgramScheduler ps = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(0).build()).build();
    DirectorySnapshot people = directory("lead", "trainer");
    Infeasibility solver = Scheduler.builder().stepLimit(0).build()
        .solve(ps.toProblem(p, people)).infeasibility().orElseThrow();
    Infeasibility planned = ps.plan(p, people).result().infeasibility().orElseThrow();
    assertEquals(solver.proven(), planned.proven());
    assertEquals(1 + solver.conflicts().size(), planned.conflicts().size());
    assertEquals(List.of("winter#1"), planned.conflicts().get(0).demands());
    assertEquals(solver.conflicts(), planned.conflicts().subList(1, planned.conflicts().size()));
  }

  @Test
  void aWholeDayBlockLongerThanTheGridLeftEndsWithTheGridsLastGrain() {
    // an evening meeting gives the visit's first day, Tuesday, one more grain than its
    // second: 42 grains asked for from grain 20, only 41 left
    DateRange days = DateRange.of(MON, MON.plusDays(2));
    Program p = program(days)
        .addPairing(MentorPairing.builder().id(PairingId.of("p1")).mentor(id("mentor"))
            .mentee(id("mentee")).direction(PairingDirection.CONVENTIONAL)
            .cadence(Cadence.everyWeeks(1)).period(days)
            .addMeetings(Meeting.builder().id(EventId.of("eve"))
                .when(at(MON.plusDays(1).atTime(19, 0), 30)).mode(DeliveryMode.ONLINE).build())
            .build())
        .addExchangeVisits(ExchangeVisit.builder().id(VisitId.of("tour"))
            .kind(ExchangeKind.STUDY_VISIT).addVisitors(id("x1")).host(OrganizationId.of("h1"))
            .city("Mostar").country("BA").period(DateRange.of(MON.plusDays(1), MON.plusDays(2)))
            .build())
        .build();
    DirectorySnapshot people = directory("mentor", "mentee", "x1");
    Demand tourDemand = demand(DEFAULT.toProblem(p, people), "tour");
    assertEquals(List.of(42, Optional.of(Placement.of(20, "host h1"))),
        List.of(tourDemand.durationGrains(), tourDemand.pinned()));
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().stepLimit(0).build()).build().plan(p, people);
    PlannedEvent tour = plan.events().stream().filter(e -> e.demandId().equals("tour"))
        .findFirst().orElseThrow();
    assertEquals(TimeSpan.of(MON.plusDays(1).atTime(8, 0), MON.plusDays(2).atTime(18, 0), ZONE),
        tour.when());
    assertEquals(List.of(), tour.travel());
  }

  @Test
  void participantsNoGroupNamesGoRoundTheGroupsOfEqualSizeInTurn() {
    SessionGroup x = SessionGroup.builder().name("x").build();
    SessionGroup y = SessionGroup.builder().name("y").build();
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.day(MON)).mode(DeliveryMode.ONLINE)
        .addSession(session("split", 60, DeliveryMode.ONLINE).addGroups(x, y).build()).build();
    Program p = program(DateRange.day(MON)).addEdition(Edition.builder().id(EditionId.of("e"))
        .label("e").period(DateRange.day(MON)).addModules(m)
        .addEnrollments(enrolled("u1", EnrollmentStatus.REGISTERED, 0),
            enrolled("u2", EnrollmentStatus.REGISTERED, 1),
            enrolled("u3", EnrollmentStatus.REGISTERED, 2))
        .build()).build();
    SchedulingProblem problem = DEFAULT.toProblem(p, directory("trainer", "u1", "u2", "u3"));
    assertEquals(List.of(List.of("trainer", "u1", "u3"), List.of("u2")),
        problem.demands().stream().map(Demand::requiredAttendees).toList());
  }

  @Test
  void aCirclesRecordedMeetingIsAnAgreedTimeOnTheGrid() {
    LearningCircle.Builder circle = LearningCircle.builder().id(CircleId.of("c1"))
        .name("Readers").addFacilitator(id("lead")).cadence(Cadence.everyWeeks(1))
        .period(DateRange.day(MON)).addMeetings(Meeting.builder().id(EventId.of("late"))
            .when(at(MON.atTime(19, 10), 20)).mode(DeliveryMode.ONLINE).build());
    List<String> people = new ArrayList<>(List.of("lead"));
    for (int i = 0; i < 5; i++) {
      people.add("c1m" + i);
      circle.addMember(CircleMember.of(id("c1m" + i),
          i < 2 ? ExperienceLevel.NOVICE : ExperienceLevel.EXPERIENCED));
    }
    TimeGrid grid = DEFAULT.toProblem(program(DateRange.day(MON)).addCircle(circle.build())
        .build(), directory(people.toArray(String[]::new))).grid();
    assertEquals(Duration.ofMinutes(10), grid.grainLength());
    assertEquals(List.of(MON.atTime(17, 50), MON.atTime(19, 10), MON.atTime(19, 20)),
        grid.grainStarts().subList(grid.size() - 3, grid.size()));
  }

  static Representation rep(Sector sector, String person) {
    return Representation.builder().organization(OrganizationId.of("org")).sector(sector)
        .person(Optional.ofNullable(person).map(PersonId::of)).build();
  }

  static OutreachMeeting.Builder outreach(String id, TimeSpan when) {
    return OutreachMeeting.builder().id(EventId.of(id)).community("Foca").country("BA")
        .when(when).addLeaders(id("lead"));
  }

  static ReflectionMeeting.Builder reflection(String id, TimeSpan when) {
    return ReflectionMeeting.builder().id(EventId.of(id)).when(when)
        .addParticipants(Representation.builder().organization(OrganizationId.of("org"))
            .sector(Sector.CIVIL_SOCIETY).person(id("lead")).build());
  }
}
