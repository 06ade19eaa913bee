package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanApplier} on sessions, with a plan written by hand rather than solved: a session
 * without a time takes its planned start with its own duration and, on site without a venue,
 * the planned venue; an online session or one with a venue keeps having none or its own; a
 * session with a time keeps it; interchangeable sessions take their slots in listed order,
 * sessions that differ do not; and a plan that places nothing leaves the program as it was.
 */
class PlanApplierSessionsTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  private static final PersonId TRAINER = PersonId.of("trainer");
  private static final VenueId HALL = VenueId.of("hall");
  private static final VenueId ANNEX = VenueId.of("annex");

  private static Session.Builder session(String id, int hours, DeliveryMode mode) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("en", id))
        .format(SessionFormat.WORKSHOP).mode(mode).duration(Duration.ofHours(hours))
        .addFacilitator(TRAINER);
  }

  private static Program program(List<Session> sessions) {
    DateRange period = DateRange.of(DAY, DAY.plusDays(13));
    Module m = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "m"))
        .window(period).mode(DeliveryMode.ON_SITE).sessions(sessions).build();
    return Program.builder().id(ProgramId.of("p")).title(LocalizedText.of("en", "p"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(period)
        .addVenue(venue(HALL)).addVenue(venue(ANNEX))
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e").period(period)
            .addModules(m).build())
        .build();
  }

  private static Venue venue(VenueId id) {
    return Venue.builder().id(id).name(id.value()).city("City").country("XX").zone(ZONE)
        .capacity(20).build();
  }

  /** A planned session event: planned for two hours, whatever the session's length. */
  private static PlannedEvent event(String id, LocalDateTime start, Optional<VenueId> venue) {
    return PlannedEvent.builder().demandId("session " + id).label(id)
        .kind(PlannedEvent.Kind.SESSION).sourceId(id)
        .when(TimeSpan.starting(start, Duration.ofHours(2), ZONE)).venue(venue).build();
  }

  private static ProgramPlan plan(PlannedEvent... events) {
    return ProgramPlan.builder().addEvents(events).result(SchedulingResult.builder()
        .schedule(Schedule.builder().score(Score.zero()).build())
        .stats(SolveStats.builder().elapsed(Duration.ZERO).construction(Duration.ZERO)
            .steps(0).cancelled(false).build()).build()).build();
  }

  private static Session after(Program p, String id) {
    return p.sessions().stream().filter(s -> s.id().value().equals(id)).findFirst()
        .orElseThrow();
  }

  private static TimeSpan at(LocalDateTime start, int hours) {
    return TimeSpan.starting(start, Duration.ofHours(hours), ZONE);
  }

  @Test
  void eachSessionTakesWhatThePlanGivesAndKeepsWhatItHad() {
    LocalDateTime nine = DAY.atTime(9, 0);
    TimeSpan given = at(DAY.plusDays(1).atTime(14, 0), 1);
    Program p = program(List.of(
        session("onsite", 3, DeliveryMode.ON_SITE).build(),
        session("online", 1, DeliveryMode.ONLINE).build(),
        session("ownVenue", 1, DeliveryMode.ON_SITE).venue(ANNEX).build(),
        session("timed", 1, DeliveryMode.ON_SITE).when(given).venue(ANNEX).build(),
        session("unplanned", 2, DeliveryMode.ON_SITE).build()));
    Program applied = PlanApplier.apply(p, plan(
        event("onsite", nine, Optional.of(HALL)),
        event("online", nine.plusHours(3), Optional.empty()),
        event("ownVenue", nine.plusHours(4), Optional.of(HALL)),
        event("timed", nine.plusDays(2), Optional.of(HALL))));

    assertEquals(Optional.of(at(nine, 3)), after(applied, "onsite").when(), "own duration");
    assertEquals(Optional.of(HALL), after(applied, "onsite").venue());
    assertEquals(Optional.of(at(nine.plusHours(3), 1)), after(applied, "online").when());
    assertEquals(Optional.empty(), after(applied, "online").venue());
    assertEquals(Optional.of(ANNEX), after(applied, "ownVenue").venue());
    assertEquals(Optional.of(at(nine.plusHours(4), 1)), after(applied, "ownVenue").when());
    assertEquals(Optional.of(given), after(applied, "timed").when());
    assertEquals(Optional.of(ANNEX), after(applied, "timed").venue());
    assertEquals(Optional.empty(), after(applied, "unplanned").when());
    assertEquals(Optional.empty(), after(applied, "unplanned").venue());
  }

  @Test
  void interchangeableSessionsTakeTheirSlotsInListedOrder() {
    LocalDateTime nine = DAY.atTime(9, 0);
    Program p = program(List.of(
        session("day1", 2, DeliveryMode.ON_SITE).build(),
        session("day2", 2, DeliveryMode.ON_SITE).build(),
        session("day3", 2, DeliveryMode.ON_SITE).build(),
        session("longer", 3, DeliveryMode.ON_SITE).build(),
        session("optional", 2, DeliveryMode.ON_SITE).required(false).build()));
    // the plan put day 3 first and day 1 last; "longer" and "optional" differ from them
    Program applied = PlanApplier.apply(p, plan(
        event("day1", nine.plusDays(2), Optional.of(ANNEX)),
        event("day2", nine.plusDays(1), Optional.of(HALL)),
        event("day3", nine, Optional.of(HALL)),
        event("longer", nine.plusDays(4), Optional.of(HALL)),
        event("optional", nine.plusDays(3).plusHours(5), Optional.of(ANNEX))));

    assertEquals(List.of(at(nine, 2), at(nine.plusDays(1), 2), at(nine.plusDays(2), 2),
        at(nine.plusDays(4), 3), at(nine.plusDays(3).plusHours(5), 2)),
        applied.sessions().stream().map(s -> s.when().orElseThrow()).toList());
    assertEquals(List.of(HALL, HALL, ANNEX, HALL, ANNEX), applied.sessions().stream()
        .map(s -> s.venue().orElseThrow()).toList(), "each slot keeps its room");
  }

  @Test
  void aPlanThatPlacesNothingLeavesTheProgramAsItWas() {
    Program p = program(List.of(session("a", 2, DeliveryMode.ON_SITE).build()));
    assertEquals(p, PlanApplier.apply(p, plan()));
    assertEquals(p, PlanApplier.apply(p, plan(event("elsewhere", DAY.atTime(9, 0),
        Optional.of(HALL)))));
  }
}
