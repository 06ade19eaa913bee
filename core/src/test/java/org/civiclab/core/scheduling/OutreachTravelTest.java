package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.TimeSpan;

/**
 * An outreach visit's journey from the organisation's base: on the day of the visit its leader
 * has the journey free between the visit and a session at the program's venue. A brute force over
 * every half-hour start, written here apart from the travel-time rule, says whether such a day
 * exists, and the planner agrees.
 */
class OutreachTravelTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  static final LocalDate MONDAY = LocalDate.of(2024, 4, 8);
  static final LocalTime LECTURE_START = LocalTime.of(12, 0);
  static final LocalTime LECTURE_END = LocalTime.of(14, 0);

  /**
   * The leader teaches 12:00–14:00 at the base and visits a community on the same day, which
   * runs 08:00–18:00.
   *
   * @param visitHalfHours the visit's length in half hours
   * @param journeyHalfHours the one-way journey in half hours, 0 for none stated
   */
  @Property(tries = 40)
  void theJourneyStaysFreeBetweenTheVisitAndTheLeadersSessionAsBruteForceSays(
      @ForAll @IntRange(min = 2, max = 8) int visitHalfHours,
      @ForAll @IntRange(min = 0, max = 10) int journeyHalfHours) {
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(3).stepLimit(3_000).build()).build()
        .plan(program(visitHalfHours, journeyHalfHours), directory());
    boolean feasible = false;
    for (int s = 0; s + visitHalfHours <= 20 && !feasible; s++) {
      feasible = fits(s, visitHalfHours, journeyHalfHours);
    }
    assertEquals(feasible, plan.isFeasible(), plan.violations()::toString);
    if (!feasible) {
      // the best plan either leaves too short a journey or overlaps the lecture
      assertTrue(plan.violations().stream().anyMatch(v -> v.level() == Level.HARD
          && (v.ruleId().equals("travel-time") || v.ruleId().equals("attendee-overlap"))
          && v.message().contains("Nino")), plan.violations()::toString);
      return;
    }
    PlannedEvent visit = plan.events().stream()
        .filter(e -> e.kind() == PlannedEvent.Kind.OUTREACH).findFirst().orElseThrow();
    assertEquals(MONDAY, visit.when().start().toLocalDate(), visit::toString);
    int start = (int) Duration.between(LocalTime.of(8, 0),
        visit.when().start().toLocalTime()).toMinutes() / 30;
    assertTrue(fits(start, visitHalfHours, journeyHalfHours), visit::toString);
  }

  @Example
  void aJourneyMustBePositiveAndShorterThanADay() {
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> visit(4, 0).withTravelFromBase(Duration.ofHours(25)));
    assertTrue(e.getMessage().contains("travelFromBase"), e::getMessage);
  }

  /** Whether a visit from half hour {@code s} after 08:00 leaves the journey free. */
  static boolean fits(int s, int length, int journey) {
    int lectureStart = 8;
    int lectureEnd = 12;
    if (s < 0 || s + length > 20) {
      return false;
    }
    return s + length + journey <= lectureStart || s >= lectureEnd + journey;
  }

  static OutreachMeeting visit(int halfHours, int journeyHalfHours) {
    OutreachMeeting.Builder b = OutreachMeeting.builder().id(EventId.of("o1"))
        .community("Omalo").country("GE").addLeaders(PersonId.of("lead"))
        .when(TimeSpan.of(MONDAY.atTime(8, 0), MONDAY.atTime(8, 0).plusMinutes(30L * halfHours),
            ZONE))
        .window(DateRange.of(MONDAY, MONDAY));
    if (journeyHalfHours > 0) {
      b.travelFromBase(Duration.ofMinutes(30L * journeyHalfHours));
    }
    return b.build();
  }

  static Program program(int visitHalfHours, int journeyHalfHours) {
    DateRange day = DateRange.of(MONDAY, MONDAY);
    Session lecture = Session.builder().id(EventId.of("lecture"))
        .title(LocalizedText.of("en", "Lecture")).format(SessionFormat.LECTURE)
        .mode(DeliveryMode.ON_SITE).venue(VenueId.of("base")).addFacilitator(PersonId.of("lead"))
        .when(TimeSpan.on(MONDAY, LECTURE_START, LECTURE_END, ZONE)).build();
    Edition edition = Edition.builder().id(EditionId.of("e")).label("e").period(day)
        .addModule(Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
            .window(day).mode(DeliveryMode.ON_SITE).addSessions(lecture).build())
        .addEnrollment(Enrollment.builder().person(PersonId.of("p1"))
            .status(EnrollmentStatus.CONFIRMED).audience(Audience.EXTERNAL).sequence(1).build())
        .build();
    return Program.builder().id(ProgramId.of("outreach"))
        .title(LocalizedText.of("en", "Outreach")).organizer(OrganizationId.of("org"))
        .zone(ZONE).period(day)
        .dayShape(DayShape.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY)).dayStart(LocalTime.of(8, 0)).dayEnd(LocalTime.of(18, 0)).build())
        .addEdition(edition)
        .addVenue(Venue.builder().id(VenueId.of("base")).name("Office").city("Tbilisi")
            .country("GE").zone(ZONE).capacity(20).build())
        .addOutreachMeetings(visit(visitHalfHours, journeyHalfHours)).build();
  }

  static DirectorySnapshot directory() {
    return DirectorySnapshot.of(List.of(
        Person.builder().id(PersonId.of("lead")).fullName("Nino").country("GE").homeZone(ZONE)
            .build(),
        Person.builder().id(PersonId.of("p1")).fullName("Giorgi").country("GE").homeZone(ZONE)
            .build()), List.of());
  }
}
