package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * A workshop held as three breakout groups: one planned event per group, all at one start,
 * each in a room of its own with its facilitator and a share of the participants, clear of the
 * agreed lecture one facilitator gives; the plan written back gives the session its time and
 * each group its room.
 */
class ParallelGroupsTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");
  static final LocalDate MONDAY = LocalDate.of(2025, 9, 1);

  @Test
  void theGroupsStartTogetherInRoomsOfTheirOwnWithTheParticipantsSharedOut() {
    Program program = program();
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(20_000).build()).build()
        .plan(program, directory());
    assertTrue(plan.isFeasible(), plan.violations()::toString);
    List<PlannedEvent> groups = plan.events().stream()
        .filter(e -> e.sourceId().equals("workshop")).toList();
    assertEquals(List.of("workshop / A", "workshop / B", "workshop / C"),
        groups.stream().map(PlannedEvent::demandId).sorted().toList());
    assertEquals(1, groups.stream().map(e -> e.when().start()).distinct().count(),
        groups::toString);
    assertEquals(3, groups.stream().map(PlannedEvent::venue).distinct().count(),
        groups::toString);
    PlannedEvent lecture = plan.events().stream().filter(e -> e.sourceId().equals("lecture"))
        .findFirst().orElseThrow();
    groups.forEach(g -> assertTrue(!g.when().startInstant().isBefore(lecture.when()
        .endInstant()) || !lecture.when().startInstant().isBefore(g.when().endInstant()),
        () -> g + " overlaps " + lecture));
    // every participant in exactly one group; named ones where they were named; sizes even
    Set<PersonId> seen = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    for (PlannedEvent g : groups) {
      int n = 0;
      for (PersonId p : g.attendees()) {
        if (p.value().startsWith("p")) {
          assertTrue(seen.add(p), () -> p + " is in two groups");
          n++;
        }
      }
      sizes.add(n);
      String facilitator = "t" + g.demandId().substring(g.demandId().length() - 1)
          .toLowerCase(java.util.Locale.ROOT);
      assertTrue(g.attendees().contains(PersonId.of(facilitator)), g::toString);
    }
    assertEquals(7, seen.size());
    assertEquals(List.of(2, 2, 3), sizes.stream().sorted().toList());
    assertTrue(groups.stream().filter(g -> g.demandId().endsWith("C")).findFirst()
        .orElseThrow().attendees().contains(PersonId.of("p7")), "p7 was named for group C");

    Session written = PlanApplier.apply(program, plan).editions().get(0).modules().get(0)
        .sessions().get(1);
    assertEquals(groups.get(0).when().start(), written.when().orElseThrow().start());
    assertEquals(Set.copyOf(groups.stream().map(g -> g.venue().orElseThrow()).toList()),
        Set.copyOf(written.groups().stream().map(g -> g.venue().orElseThrow()).toList()));
  }

  @Test
  void aSessionRefusesOneGroupTwoNamesAlikeAndAPersonInTwoGroups() {
    SessionGroup a = SessionGroup.builder().name("A").addParticipants(PersonId.of("p1")).build();
    InvalidInputException one = assertThrows(InvalidInputException.class,
        () -> workshop().withGroups(a));
    assertEquals("groups", one.problems().get(0).path());
    InvalidInputException twice = assertThrows(InvalidInputException.class,
        () -> workshop().withGroups(a, a));
    assertEquals(List.of("groups[1].name", "groups[1].participants"),
        twice.problems().stream().map(org.civiclab.core.Problem::path).toList());
  }

  static Session workshop() {
    return Session.builder().id(EventId.of("workshop")).title(LocalizedText.of("en", "Workshop"))
        .format(SessionFormat.WORKSHOP).mode(DeliveryMode.ON_SITE)
        .duration(Duration.ofHours(2)).build();
  }

  static Program program() {
    DateRange days = DateRange.of(MONDAY, MONDAY.plusDays(1));
    Session lecture = Session.builder().id(EventId.of("lecture"))
        .title(LocalizedText.of("en", "Lecture")).format(SessionFormat.LECTURE)
        .mode(DeliveryMode.ON_SITE).venue(VenueId.of("r1")).addFacilitator(PersonId.of("tb"))
        .when(TimeSpan.on(MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), ZONE)).build();
    Session workshop = workshop().withGroups(
        SessionGroup.builder().name("A").addFacilitators(PersonId.of("ta")).build(),
        SessionGroup.builder().name("B").addFacilitators(PersonId.of("tb")).build(),
        SessionGroup.builder().name("C").addFacilitators(PersonId.of("tc"))
            .addParticipants(PersonId.of("p7")).build());
    Edition.Builder e = Edition.builder().id(EditionId.of("e")).label("e").period(days)
        .addModule(Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
            .window(days).mode(DeliveryMode.ON_SITE).addSessions(lecture, workshop).build());
    for (int i = 1; i <= 7; i++) {
      e.addEnrollment(Enrollment.builder().person(PersonId.of("p" + i))
          .status(EnrollmentStatus.CONFIRMED).audience(Audience.EXTERNAL).sequence(i).build());
    }
    Program.Builder p = Program.builder().id(ProgramId.of("groups"))
        .title(LocalizedText.of("en", "Groups")).organizer(OrganizationId.of("org")).zone(ZONE)
        .period(days).dayShape(DayShape.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY)).dayStart(LocalTime.of(9, 0)).dayEnd(LocalTime.of(13, 0)).build())
        .addEdition(e.build());
    for (int r = 1; r <= 3; r++) {
      p.addVenue(Venue.builder().id(VenueId.of("r" + r)).name("Room " + r).city("Vilnius")
          .country("LT").zone(ZONE).capacity(10).build());
    }
    return p.build();
  }

  static DirectorySnapshot directory() {
    List<Person> people = new ArrayList<>();
    for (String id : List.of("ta", "tb", "tc", "p1", "p2", "p3", "p4", "p5", "p6", "p7")) {
      people.add(Person.builder().id(PersonId.of(id)).fullName(id.toUpperCase(
          java.util.Locale.ROOT)).country("LT").homeZone(ZONE).build());
    }
    return DirectorySnapshot.of(people, List.of());
  }
}
