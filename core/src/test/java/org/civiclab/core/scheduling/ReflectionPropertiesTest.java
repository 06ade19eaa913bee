package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Sector;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * A reflection meeting with an open time: at least one representative of every sector is free
 * at the planned time (checked here by comparing the planned times with the representatives'
 * other events), the plan is feasible whenever each sector has a representative who is never
 * busy, and when some time in the window suits everyone, everyone is free at the planned time.
 */
class ReflectionPropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  static final LocalDate FIRST = LocalDate.of(2024, 11, 4);
  static final Sector[] SECTORS = {Sector.CIVIL_SOCIETY, Sector.GOVERNMENT, Sector.MEDIA};

  /**
   * A busy slot: representative {@code rep} (0..5, two per sector) on a day for two hours from
   * an hour, each at an outreach visit of its own.
   */
  record Busy(int rep, int day, int hour) {}

  @Provide
  Arbitrary<List<Busy>> busy() {
    return Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 2), Arbitraries.of(9, 11, 13, 15))
        .as(Busy::new).list().uniqueElements().ofMaxSize(8);
  }

  @Property(tries = 25)
  void everySectorHasAFreeRepresentativeAtThePlannedTime(@ForAll("busy") List<Busy> busy) {
    ProgramPlan plan = plan(busy);
    PlannedEvent meeting = plan.events().stream()
        .filter(e -> e.kind() == PlannedEvent.Kind.REFLECTION).findFirst().orElseThrow();
    boolean someoneAlwaysFree = true;
    for (int sector = 0; sector < SECTORS.length; sector++) {
      final int s = sector;
      someoneAlwaysFree &= busy.stream().noneMatch(b -> b.rep() == 2 * s)
          || busy.stream().noneMatch(b -> b.rep() == 2 * s + 1);
    }
    if (someoneAlwaysFree) {
      assertTrue(plan.isFeasible(), () -> busy + ": " + plan.violations());
    }
    if (!plan.isFeasible()) {
      return;
    }
    for (int sector = 0; sector < SECTORS.length; sector++) {
      assertTrue(free(2 * sector, meeting.when(), busy) || free(2 * sector + 1, meeting.when(),
          busy), () -> "no free representative of a sector at " + meeting + " with " + busy);
    }
    if (busy.stream().allMatch(b -> b.day() == 0)) {
      // days 1 and 2 suit everyone: turnout asks for all six
      for (int rep = 0; rep < 6; rep++) {
        assertTrue(free(rep, meeting.when(), busy), meeting + " with " + busy);
      }
    }
  }

  @Example
  void aSectorWhoseOnlyRepresentativeIsAwayEveryDayMakesThePlanImpossibleAndSaysWho() {
    List<Busy> busy = new ArrayList<>();
    for (int day = 0; day < 3; day++) {
      for (int hour = 9; hour < 17; hour += 2) {
        busy.add(new Busy(2, day, hour));
        busy.add(new Busy(3, day, hour));
      }
    }
    ProgramPlan plan = plan(busy);
    assertFalse(plan.isFeasible());
    List<Violation> quorum = plan.violations().stream()
        .filter(v -> v.ruleId().equals("quorum")).toList();
    assertEquals(1, quorum.size(), plan.violations()::toString);
    assertTrue(quorum.get(0).message().contains("needs at least 1 of government but none is free"),
        quorum.get(0)::message);
    assertTrue(quorum.get(0).message().contains("Rep 2 at 'outreach visit to Omalo "),
        quorum.get(0)::message);
  }

  static boolean free(int rep, TimeSpan when, List<Busy> busy) {
    for (Busy b : busy) {
      TimeSpan t = slot(b);
      if (b.rep() == rep && t.startInstant().isBefore(when.endInstant())
          && when.startInstant().isBefore(t.endInstant())) {
        return false;
      }
    }
    return true;
  }

  static TimeSpan slot(Busy b) {
    return TimeSpan.on(FIRST.plusDays(b.day()), LocalTime.of(b.hour(), 0),
        LocalTime.of(b.hour() + 2, 0), ZONE);
  }

  static ProgramPlan plan(List<Busy> busy) {
    Program.Builder p = Program.builder().id(ProgramId.of("reflection"))
        .title(LocalizedText.of("en", "Reflection")).organizer(OrganizationId.of("org"))
        .zone(ZONE).period(DateRange.of(FIRST, FIRST.plusDays(2)));
    ReflectionMeeting.Builder r = ReflectionMeeting.builder().id(EventId.of("reflection"))
        .when(TimeSpan.on(FIRST, LocalTime.of(10, 0), LocalTime.of(13, 0), ZONE))
        .window(DateRange.of(FIRST, FIRST.plusDays(2)));
    for (int rep = 0; rep < 6; rep++) {
      r.addParticipants(Representation.builder().organization(OrganizationId.of("org" + rep))
          .sector(SECTORS[rep / 2]).person(PersonId.of("rep" + rep)).build());
    }
    p.addReflectionMeetings(r.build());
    for (int i = 0; i < busy.size(); i++) {
      Busy b = busy.get(i);
      p.addOutreachMeetings(OutreachMeeting.builder().id(EventId.of("o" + i))
          .community("Omalo " + i).country("GE").addLeaders(PersonId.of("rep" + b.rep()))
          .when(slot(b)).build());
    }
    List<Person> people = new ArrayList<>();
    List<Organization> orgs = new ArrayList<>();
    for (int rep = 0; rep < 6; rep++) {
      people.add(Person.builder().id(PersonId.of("rep" + rep)).fullName("Rep " + rep)
          .country("GE").homeZone(ZONE).build());
      orgs.add(Organization.builder().id(OrganizationId.of("org" + rep))
          .name(LocalizedText.of("en", "Org " + rep)).sector(SECTORS[rep / 2]).country("GE")
          .build());
    }
    return ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(5_000).build()).build()
        .plan(p.build(), DirectorySnapshot.of(people, orgs));
  }
}
