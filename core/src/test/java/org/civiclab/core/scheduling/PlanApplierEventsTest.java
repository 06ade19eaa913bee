package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.ExperienceLevel;
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
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanApplier} on everything but plain sessions, with plans written by hand rather than
 * solved: each planned pairing or circle meeting is added as a PLANNED meeting with id
 * {@code <owner>-planned-<n>} (n counting added meetings, skipping ids in use), on site at its
 * venue or online, in time order with the recorded ones, and a plan event at the instant of a
 * recorded meeting that is not cancelled adds nothing; visits, outreach visits and reflection
 * meetings with a window move to their planned days or start, without one they stay; a series'
 * occurrences become outreach visits with ids {@code <series>-<n>} that avoid every event id of
 * the program, with a stand-in past 120 characters; and a session held as groups starts with
 * its first group and takes planned rooms where its groups have none.
 */
class PlanApplierEventsTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** A Monday; the program runs five weeks, to Sunday 6 April 2025. */
  private static final LocalDate START = LocalDate.of(2025, 3, 3);
  private static final DateRange PERIOD = DateRange.of(START, START.plusDays(34));
  private static final VenueId HALL = VenueId.of("hall");
  private static final PersonId MENTOR = PersonId.of("mentor");
  private static final PersonId MENTEE = PersonId.of("mentee");
  private static final PersonId LEAD = PersonId.of("lead");
  private static final OrganizationId ORG = OrganizationId.of("org");

  private static Program.Builder program() {
    return Program.builder().id(ProgramId.of("p")).title(LocalizedText.of("en", "p"))
        .organizer(ORG).zone(ZONE).period(PERIOD).addVenue(Venue.builder().id(HALL)
            .name("Hall").city("Sarajevo").country("BA").zone(ZONE).capacity(30).build());
  }

  private static TimeSpan at(LocalDateTime start, Duration length) {
    return TimeSpan.starting(start, length, ZONE);
  }

  private static TimeSpan hour(LocalDateTime start) {
    return at(start, Duration.ofHours(1));
  }

  private static LocalDateTime day(int offset, int hour) {
    return START.plusDays(offset).atTime(hour, 0);
  }

  private static Meeting meeting(String id, TimeSpan when, MeetingStatus status) {
    return Meeting.builder().id(EventId.of(id)).when(when).mode(DeliveryMode.ONLINE)
        .status(status).build();
  }

  private static Meeting planned(String id, TimeSpan when, Optional<VenueId> venue) {
    return Meeting.builder().id(EventId.of(id)).when(when).status(MeetingStatus.PLANNED)
        .mode(venue.isPresent() ? DeliveryMode.ON_SITE : DeliveryMode.ONLINE).venue(venue)
        .build();
  }

  private static MentorPairing pairing(String id, List<Meeting> meetings) {
    return MentorPairing.builder().id(PairingId.of(id)).mentor(MENTOR).mentee(MENTEE)
        .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.everyWeeks(2)).period(PERIOD)
        .meetings(meetings).build();
  }

  private static LearningCircle circle(String id, List<Meeting> meetings) {
    LearningCircle.Builder c = LearningCircle.builder().id(CircleId.of(id)).name("Circle " + id)
        .addFacilitator(LEAD).cadence(Cadence.everyWeeks(1)).period(PERIOD).meetings(meetings);
    for (int i = 0; i < 5; i++) {
      c.addMember(CircleMember.of(PersonId.of(id + "m" + i),
          i < 2 ? ExperienceLevel.NOVICE : ExperienceLevel.EXPERIENCED));
    }
    return c.build();
  }

  private static PlannedEvent event(PlannedEvent.Kind kind, String demandId, String sourceId,
      TimeSpan when, Optional<VenueId> venue) {
    return PlannedEvent.builder().demandId(demandId).label(demandId).kind(kind)
        .sourceId(sourceId).when(when).venue(venue).build();
  }

  private static PlannedEvent event(PlannedEvent.Kind kind, String id, TimeSpan when) {
    return event(kind, id, id, when, Optional.empty());
  }

  private static ProgramPlan plan(PlannedEvent... events) {
    return ProgramPlan.builder().addEvents(events).result(SchedulingResult.builder()
        .schedule(Schedule.builder().score(Score.zero()).build())
        .stats(SolveStats.builder().elapsed(Duration.ZERO).construction(Duration.ZERO)
            .steps(0).cancelled(false).build()).build()).build();
  }

  @Test
  void plannedPairingMeetingsJoinTheRecordedOnesInTimeOrder() {
    // recorded, listed out of time order: one at 10:00 Sarajevo given as 9:00 London, one
    // using the first planned id, and a cancelled one
    Meeting london = Meeting.builder().id(EventId.of("talk"))
        .when(TimeSpan.starting(day(3, 9), Duration.ofHours(1), LONDON))
        .mode(DeliveryMode.ONLINE).status(MeetingStatus.HELD).build();
    Meeting taken = meeting("p1-planned-1", hour(day(17, 10)), MeetingStatus.PLANNED);
    Meeting off = meeting("off", hour(day(10, 10)), MeetingStatus.CANCELLED);
    MentorPairing untouched = pairing("p2", List.of(taken.withId(EventId.of("late")),
        london.withId(EventId.of("early"))));
    Program p = program().addPairing(pairing("p1", List.of(taken, london, off)))
        .addPairing(untouched).build();
    Program applied = PlanApplier.apply(p, plan(
        event(PlannedEvent.Kind.MENTORING, "p1#1", "p1", hour(day(3, 10)), Optional.empty()),
        event(PlannedEvent.Kind.MENTORING, "p1#2", "p1", hour(day(10, 10)), Optional.empty()),
        event(PlannedEvent.Kind.MENTORING, "p1#3", "p1", hour(day(24, 14)), Optional.of(HALL)),
        event(PlannedEvent.Kind.MENTORING, "p1#4", "p1", hour(day(1, 9)), Optional.empty())));

    assertEquals(List.of(
        planned("p1-planned-4", hour(day(1, 9)), Optional.empty()),
        london,
        off,
        planned("p1-planned-2", hour(day(10, 10)), Optional.empty()),
        taken,
        planned("p1-planned-3", hour(day(24, 14)), Optional.of(HALL))),
        applied.pairings().get(0).meetings());
    // a pairing the plan says nothing about keeps its meetings, in their own order
    assertEquals(List.of(pairing("p1", applied.pairings().get(0).meetings()), untouched),
        applied.pairings());
  }

  @Test
  void plannedCircleMeetingsAreAddedLikePairingMeetings() {
    Meeting held = meeting("c1-planned-2", hour(day(8, 15)), MeetingStatus.HELD);
    LearningCircle other = circle("c2", List.of(meeting("b", hour(day(9, 9)),
        MeetingStatus.HELD), meeting("a", hour(day(2, 9)), MeetingStatus.HELD)));
    Program p = program().addCircle(circle("c1", List.of(held))).addCircle(other).build();
    Program applied = PlanApplier.apply(p, plan(
        event(PlannedEvent.Kind.CIRCLE, "c1#2", "c1", hour(day(15, 15)), Optional.of(HALL)),
        event(PlannedEvent.Kind.CIRCLE, "c1#1", "c1", hour(day(8, 15)), Optional.of(HALL)),
        event(PlannedEvent.Kind.CIRCLE, "c1#3", "c1", hour(day(1, 15)), Optional.empty()),
        event(PlannedEvent.Kind.CIRCLE, "c1#4", "c1", hour(day(22, 15)), Optional.empty())));
    assertEquals(List.of(circle("c1", List.of(
        planned("c1-planned-3", hour(day(1, 15)), Optional.empty()),
        held,
        planned("c1-planned-1", hour(day(15, 15)), Optional.of(HALL)),
        planned("c1-planned-4", hour(day(22, 15)), Optional.empty()))), other),
        applied.circles());
  }

  @Test
  void aVisitWithAWindowTakesItsPlannedDaysAndOneWithoutKeepsItsOwn() {
    ExchangeVisit free = visit("free", DateRange.of(START.plusDays(7), START.plusDays(9)))
        .window(DateRange.of(START.plusDays(7), START.plusDays(20))).build();
    ExchangeVisit fixed = visit("fixed", DateRange.of(START, START.plusDays(1))).build();
    ExchangeVisit unplanned = visit("unplanned", DateRange.of(START, START.plusDays(1)))
        .window(PERIOD).build();
    Program p = program().addExchangeVisits(free, fixed, unplanned).build();
    Program applied = PlanApplier.apply(p, plan(
        event(PlannedEvent.Kind.VISIT, "free", at(day(14, 0), Duration.ofDays(3))),
        event(PlannedEvent.Kind.VISIT, "fixed", at(day(20, 0), Duration.ofDays(2)))));
    assertEquals(List.of(free.withPeriod(DateRange.of(START.plusDays(14), START.plusDays(16))),
        fixed, unplanned), applied.exchangeVisits());
  }

  @Test
  void outreachAndReflectionWithAWindowMoveToTheirPlannedStartInTheirOwnZone() {
    // proposed in London for 90 minutes; planned at 14:00 Sarajevo, which is 13:00 London
    TimeSpan proposed = TimeSpan.starting(day(1, 10), Duration.ofMinutes(90), LONDON);
    OutreachMeeting free = outreach("free", proposed).window(PERIOD).build();
    OutreachMeeting fixed = outreach("fixed", proposed).build();
    OutreachMeeting unplanned = outreach("unplanned", proposed).window(PERIOD).build();
    ReflectionMeeting open = reflection("open", proposed).window(PERIOD).build();
    ReflectionMeeting set = reflection("set", proposed).build();
    ReflectionMeeting none = reflection("none", proposed).window(PERIOD).build();
    Program p = program().addOutreachMeetings(free, fixed, unplanned)
        .addReflectionMeetings(open, set, none).build();
    TimeSpan planned = hour(day(5, 14));
    Program applied = PlanApplier.apply(p, plan(
        event(PlannedEvent.Kind.OUTREACH, "free", planned),
        event(PlannedEvent.Kind.OUTREACH, "fixed", planned),
        event(PlannedEvent.Kind.REFLECTION, "open", hour(day(6, 9))),
        event(PlannedEvent.Kind.REFLECTION, "set", planned)));
    TimeSpan moved = TimeSpan.starting(day(5, 13), Duration.ofMinutes(90), LONDON);
    assertEquals(List.of(free.withWhen(moved), fixed, unplanned), applied.outreachMeetings());
    assertEquals(List.of(open.withWhen(TimeSpan.starting(day(6, 8), Duration.ofMinutes(90),
        LONDON)), set, none), applied.reflectionMeetings());
  }

  @Test
  void aSeriesOccurrenceBecomesAnOutreachVisitOfTheSeries() {
    OutreachSeries s = series("walks").region("Drina").travelFromBase(Duration.ofHours(2))
        .build();
    Program p = program().addOutreachSeries(s).build();
    // planned for an hour: the visit takes the series' length, three hours
    Program applied = PlanApplier.apply(p, plan(occurrence("walks", 2, day(9, 10)),
        occurrence("walks", 4, day(23, 11))));
    assertEquals(List.of(
        visit(s, "walks-2", 2, at(day(9, 10), Duration.ofHours(3)), week(2)),
        visit(s, "walks-4", 4, at(day(23, 11), Duration.ofHours(3)), week(4))),
        applied.outreachMeetings());
    assertEquals(p.withOutreachMeetings(applied.outreachMeetings()), applied);
  }

  @Test
  void aSeriesOccurrenceIdAvoidsEveryEventIdOfTheProgram() {
    // walks-1 is a session, walks-1-2 a pairing meeting, walks-2 a circle meeting, walks-3 an
    // outreach visit and walks-4 a reflection meeting
    Session session = Session.builder().id(EventId.of("walks-1"))
        .title(LocalizedText.of("en", "s")).format(SessionFormat.WORKSHOP)
        .mode(DeliveryMode.ONLINE).duration(Duration.ofHours(1)).addFacilitator(LEAD).build();
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "m"))
        .window(PERIOD).mode(DeliveryMode.ONLINE).addSession(session).build();
    OutreachMeeting visit3 = outreach("walks-3", hour(day(1, 10))).build();
    ReflectionMeeting meeting4 = reflection("walks-4", hour(day(1, 12))).build();
    Program p = program().addOutreachSeries(series("walks").build())
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e").period(PERIOD)
            .addModules(m).build())
        .addPairing(pairing("p1", List.of(meeting("walks-1-2", hour(day(2, 9)),
            MeetingStatus.HELD))))
        .addCircle(circle("c1", List.of(meeting("walks-2", hour(day(2, 11)),
            MeetingStatus.HELD))))
        .addOutreachMeetings(visit3).addReflectionMeeting(meeting4).build();
    Program applied = PlanApplier.apply(p, plan(occurrence("walks", 1, day(2, 14)),
        occurrence("walks", 2, day(9, 14)), occurrence("walks", 3, day(16, 14)),
        occurrence("walks", 4, day(23, 14)), occurrence("walks", 5, day(30, 14))));
    assertEquals(List.of("walks-3", "walks-1-3", "walks-2-2", "walks-3-2", "walks-4-2",
        "walks-5"), applied.outreachMeetings().stream().map(o -> o.id().value()).toList());
    assertEquals(List.of(Optional.<Integer>empty(), Optional.of(1), Optional.of(2),
        Optional.of(3), Optional.of(4), Optional.of(5)),
        applied.outreachMeetings().stream().map(OutreachMeeting::occurrence).toList());
  }

  @Test
  void aSeriesOccurrenceIdAvoidsAnExchangeVisitsId() {
    // the program counts a visit's id as an event id: walks-1 taken by a visit used to make
    // apply() fail with "event id 'walks-1' is used twice in the program"
    ExchangeVisit taken = visit("walks-1", DateRange.of(START, START.plusDays(1))).build();
    Program p = program().addOutreachSeries(series("walks").build()).addExchangeVisits(taken)
        .build();
    Program applied = PlanApplier.apply(p, plan(occurrence("walks", 1, day(2, 14))));
    assertEquals(List.of("walks-1-2"),
        applied.outreachMeetings().stream().map(o -> o.id().value()).toList());
    assertEquals(List.of(taken), applied.exchangeVisits());
  }

  @Test
  void aSeriesIdOfUpToOneHundredAndTwentyCharactersIsKeptAndALongerOneStoodInFor() {
    String kept = "k".repeat(118);
    String longer = "l".repeat(119);
    Program p = program().addOutreachSeries(series(kept).build())
        .addOutreachSeries(series(longer).build()).build();
    Program applied = PlanApplier.apply(p, plan(occurrence(kept, 1, day(2, 10)),
        occurrence(longer, 1, day(2, 14))));
    assertEquals(List.of(kept + "-1", "series-" + Integer.toHexString(longer.hashCode()) + "-1"),
        applied.outreachMeetings().stream().map(o -> o.id().value()).toList());
  }

  @Test
  void aSessionHeldAsGroupsStartsWithItsFirstGroupAndFillsRoomsItsGroupsLack() {
    VenueId annex = VenueId.of("annex");
    SessionGroup a = SessionGroup.builder().name("a").build();
    SessionGroup b = SessionGroup.builder().name("b").venue(annex).build();
    SessionGroup c = SessionGroup.builder().name("c").build();
    SessionGroup d = SessionGroup.builder().name("d").build();
    Session onSite = grouped("split", DeliveryMode.ON_SITE, a, b, c, d).build();
    Session online = grouped("remote", DeliveryMode.ONLINE, a, c).build();
    Session timed = grouped("timed", DeliveryMode.ON_SITE, a, c)
        .when(at(day(4, 9), Duration.ofHours(2))).build();
    Session firstMissing = grouped("orphan", DeliveryMode.ON_SITE, a, c).build();
    Program p = program().addVenue(Venue.builder().id(annex).name("Annex").city("Sarajevo")
        .country("BA").zone(ZONE).capacity(10).build())
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e").period(PERIOD)
            .addModules(Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "m"))
                .window(PERIOD).mode(DeliveryMode.ON_SITE)
                .addSessions(onSite, online, timed, firstMissing).build()).build())
        .build();
    TimeSpan slot = hour(day(2, 10));
    Program applied = PlanApplier.apply(p, plan(
        group("split", "a", slot, Optional.of(HALL)),
        group("split", "b", slot, Optional.of(HALL)),
        group("split", "c", hour(day(2, 11)), Optional.of(annex)),
        group("split", "d", slot, Optional.empty()),
        group("remote", "a", hour(day(3, 9)), Optional.of(HALL)),
        group("timed", "a", slot, Optional.of(HALL)),
        group("orphan", "c", slot, Optional.of(HALL))));
    assertEquals(List.of(
        onSite.withWhen(at(day(2, 10), Duration.ofHours(2))).withGroups(a.withVenue(HALL), b,
            c.withVenue(annex), d),
        online.withWhen(at(day(3, 9), Duration.ofHours(2))),
        timed, firstMissing), applied.sessions());
  }

  @Test
  void aTimedSessionTakesNoSlotOfTheSessionsItIsInterchangeableWith() {
    // "timed" has its own time; its event, the latest, is not handed to "first" or "second"
    Session timed = grouped("timed", DeliveryMode.ON_SITE)
        .when(at(day(6, 9), Duration.ofHours(2))).build();
    Session first = grouped("first", DeliveryMode.ON_SITE).build();
    Session second = grouped("second", DeliveryMode.ON_SITE).build();
    Program p = program().addEdition(Edition.builder().id(EditionId.of("e")).label("e")
        .period(PERIOD).addModules(Module.builder().id(ModuleId.of("m"))
            .title(LocalizedText.of("en", "m")).window(PERIOD).mode(DeliveryMode.ON_SITE)
            .addSessions(timed, first, second).build()).build()).build();
    Program applied = PlanApplier.apply(p, plan(
        event(PlannedEvent.Kind.SESSION, "timed", "timed", hour(day(3, 9)), Optional.of(HALL)),
        event(PlannedEvent.Kind.SESSION, "first", "first", hour(day(2, 9)), Optional.empty()),
        event(PlannedEvent.Kind.SESSION, "second", "second", hour(day(1, 9)),
            Optional.empty())));
    // the planned room is empty: the sessions stay without one
    assertEquals(List.of(timed, first.withWhen(at(day(1, 9), Duration.ofHours(2))),
        second.withWhen(at(day(2, 9), Duration.ofHours(2)))), applied.sessions());
  }

  private static Session.Builder grouped(String id, DeliveryMode mode, SessionGroup... groups) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("en", id))
        .format(SessionFormat.WORKSHOP).mode(mode).duration(Duration.ofHours(2))
        .addFacilitator(LEAD).addGroups(groups);
  }

  private static PlannedEvent group(String session, String group, TimeSpan when,
      Optional<VenueId> venue) {
    return event(PlannedEvent.Kind.SESSION, session + " / " + group, session, when, venue);
  }

  private static ExchangeVisit.Builder visit(String id, DateRange period) {
    return ExchangeVisit.builder().id(VisitId.of(id)).kind(ExchangeKind.STUDY_VISIT)
        .addVisitors(MENTEE).host(OrganizationId.of("host")).city("Mostar").country("BA")
        .period(period);
  }

  private static OutreachMeeting.Builder outreach(String id, TimeSpan when) {
    return OutreachMeeting.builder().id(EventId.of(id)).community("Foca").country("BA")
        .when(when).addLeaders(LEAD);
  }

  private static ReflectionMeeting.Builder reflection(String id, TimeSpan when) {
    return ReflectionMeeting.builder().id(EventId.of(id)).when(when)
        .addParticipants(Representation.builder().organization(ORG)
            .sector(Sector.CIVIL_SOCIETY).person(LEAD).build());
  }

  private static OutreachSeries.Builder series(String id) {
    return OutreachSeries.builder().id(SeriesId.of(id)).community("Foca").country("BA")
        .cadence(Cadence.everyWeeks(1)).period(PERIOD).length(Duration.ofHours(3))
        .addLeaders(LEAD);
  }

  private static PlannedEvent occurrence(String series, int n, LocalDateTime start) {
    return event(PlannedEvent.Kind.OUTREACH, series + "#" + n, series, hour(start),
        Optional.empty());
  }

  /** The n-th week of the program, Monday to Sunday. */
  private static DateRange week(int n) {
    return DateRange.of(START.plusWeeks(n - 1L), START.plusWeeks(n - 1L).plusDays(6));
  }

  private static OutreachMeeting visit(OutreachSeries s, String id, int n, TimeSpan when,
      DateRange window) {
    return OutreachMeeting.builder().id(EventId.of(id)).community(s.community())
        .region(s.region()).country(s.country()).when(when).window(window)
        .travelFromBase(s.travelFromBase()).leaders(s.leaders()).series(s.id()).occurrence(n)
        .build();
  }
}
