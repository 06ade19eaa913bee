package org.civiclab.ical;

import static org.civiclab.ical.Parsed.attendees;
import static org.civiclab.ical.Parsed.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.scheduling.EventChange;
import org.civiclab.core.scheduling.PlanDiff;
import org.civiclab.core.store.DirectorySnapshot;
import org.junit.jupiter.api.Test;

/** UIDs that organisations cannot share, revisions, the organiser, whom a calendar names. */
class CalendarIdentityAndPrivacyTest {
  private static final ICalExporter EXPORTER = ICalExporter.withClock(
      Clock.fixed(Instant.parse("2025-02-03T04:05:06Z"), ZoneOffset.UTC));
  private static final Instant REPLANNED = Instant.parse("2025-02-10T08:30:00Z");

  private final Program program = Fixture.program();
  private final DirectorySnapshot directory = Fixture.directory();

  @Test
  void twoOrganisationsRunningAProgramOfTheSameIdNeverShareAUid() {
    Program other = program.withOrganizer(Fixture.CSO);
    Set<String> ours = Parsed.of(EXPORTER.program(program, directory)).events().keySet();
    Set<String> theirs = Parsed.of(EXPORTER.program(other, directory)).events().keySet();
    assertEquals(11, ours.size());
    Set<String> both = new HashSet<>(ours);
    both.retainAll(theirs);
    assertEquals(Set.of(), both);
    assertTrue(ours.contains("s-ka@segrid-2025.miun.civiclab"), ours.toString());
    assertTrue(theirs.contains("s-ka@segrid-2025.cso-ge.civiclab"), theirs.toString());
    assertEquals("s-ka@segrid-2025.miun.civiclab",
        ICalExporter.uid(program, EventId.of("s-ka")));
  }

  @Test
  void theUidDomainIsTheUsersToSet() {
    ICalExporter ours = EXPORTER.withUidDomain("kurser.miun.se");
    Set<String> uids = Parsed.of(ours.program(program, directory)).events().keySet();
    assertTrue(uids.contains("s-ka@segrid-2025.kurser.miun.se"), uids.toString());
    assertTrue(uids.contains("visit/visit-1@segrid-2025.kurser.miun.se"), uids.toString());
    assertEquals("pm-1@segrid-2025.kurser.miun.se", ours.uidOf(program, EventId.of("pm-1")));
    assertTrue(uids.stream().allMatch(u -> u.endsWith("@segrid-2025.kurser.miun.se")));
    for (String bad : List.of("", "two words.org", "a@b.org", ".org", "org.", "-x.org")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> EXPORTER.withUidDomain(bad), bad);
      assertTrue(e.getMessage().contains("uidDomain"), e.getMessage());
    }
    EXPORTER.withUidDomain("სამოქალაქო.ge");
  }

  private static PlanDiff moved(String event) {
    return PlanDiff.builder().addChanges(EventChange.builder().eventId(event).label(event)
        .kind(EventChange.Kind.MOVED).build()).build();
  }

  @Test
  void aMovedEventsSequenceRisesWithEachReplanAndTheOthersStay() {
    Map<String, VEvent> before = Parsed.of(EXPORTER.program(program, directory)).events();
    before.values().forEach(e -> {
      assertEquals("0", text(e, Property.SEQUENCE));
      assertFalse(e.getProperty(Property.LAST_MODIFIED).isPresent());
    });

    EventRevisions once = EventRevisions.none().after(moved("s-ka"), REPLANNED);
    Map<String, VEvent> after = Parsed.of(EXPORTER.withRevisions(once)
        .program(program, directory)).events();
    VEvent ka = after.get("s-ka@segrid-2025.miun.civiclab");
    assertEquals("1", text(ka, Property.SEQUENCE));
    assertEquals("20250210T083000Z", text(ka, Property.LAST_MODIFIED));
    after.forEach((uid, e) -> {
      if (!uid.startsWith("s-ka@")) {
        assertEquals("0", text(e, Property.SEQUENCE), uid);
      }
    });

    EventRevisions twice = once.after(moved("s-ka"), REPLANNED.plusSeconds(3600))
        .after(moved("pm-3"), REPLANNED.plusSeconds(7200));
    Map<String, VEvent> later = Parsed.of(EXPORTER.withRevisions(twice)
        .program(program, directory)).events();
    assertEquals("2", text(later.get("s-ka@segrid-2025.miun.civiclab"), Property.SEQUENCE));
    assertEquals("1", text(later.get("pm-3@segrid-2025.miun.civiclab"), Property.SEQUENCE));
    assertEquals("0", text(later.get("pm-1@segrid-2025.miun.civiclab"), Property.SEQUENCE));
    assertEquals(Map.of("s-ka", 2, "pm-3", 1), twice.sequences());

    EventRevisions byHand = EventRevisions.none()
        .with(VisitId.of("visit-1"), 4, REPLANNED)
        .with(EventId.of("out-1"), 7, REPLANNED);
    Map<String, VEvent> set = Parsed.of(EXPORTER.withRevisions(byHand)
        .person(Fixture.NINO, List.of(program), directory)).events();
    assertEquals("7", text(set.get("out-1@segrid-2025.miun.civiclab"), Property.SEQUENCE));
    assertEquals(4, byHand.sequence("visit/visit-1"));
    assertThrows(InvalidInputException.class,
        () -> EventRevisions.none().with(EventId.of("x"), -1, REPLANNED));
  }

  @Test
  void theOrganizerIsMailtoTheProgramsOrganiserWhenTheDirectoryKnowsTheirAddress() {
    Program withCoordinator = program.withRoles(
        RoleAssignment.of(Fixture.NINO, Role.COORDINATOR),
        RoleAssignment.of(Fixture.LARS, Role.COORDINATOR));
    VEvent e = Parsed.of(EXPORTER.program(withCoordinator, directory)).events()
        .get("s-ka@segrid-2025.miun.civiclab");
    // Nino has no e-mail in the directory; Lars has
    assertEquals("mailto:lars@example.se", text(e, Property.ORGANIZER));
    assertEquals("Mittuniversitetet", Parsed.param(e, Property.ORGANIZER, "CN").orElseThrow());

    Program withOrganizer = withCoordinator.withRoles(
        RoleAssignment.of(Fixture.LARS, Role.COORDINATOR),
        RoleAssignment.of(Fixture.ASA, Role.ORGANIZER));
    assertEquals("mailto:asa.oberg@miun.example.se", text(Parsed.of(EXPORTER.program(
        withOrganizer, directory)).events().get("s-ka@segrid-2025.miun.civiclab"),
        Property.ORGANIZER));
    assertEquals("urn:civiclab:organization:miun", text(Parsed.of(EXPORTER.program(program,
        directory)).events().get("s-ka@segrid-2025.miun.civiclab"), Property.ORGANIZER));
  }

  @Test
  void aPersonalCalendarNamesNobodyButThatPerson() {
    for (PersonId person : List.of(Fixture.EMINA, Fixture.NINO, Fixture.GIORGI, Fixture.ASA)) {
      String address = directory.person(person).flatMap(p -> p.email())
          .map(m -> "mailto:" + m).orElse("urn:civiclab:person:" + person.value());
      String ics = EXPORTER.person(person, List.of(program), directory);
      Map<String, VEvent> events = Parsed.of(ics).events();
      assertFalse(events.isEmpty(), person.value());
      events.forEach((uid, e) -> {
        List<String> who = attendees(e);
        assertEquals(1, who.size(), uid + " " + who);
        assertTrue(who.get(0).startsWith(address + "|"), who.toString());
      });
      for (String other : List.of("emina@example.ba", "lars@example.se",
          "asa.oberg@miun.example.se")) {
        if (!address.equals("mailto:" + other)) {
          assertFalse(ics.replace("\r\n ", "").contains(other), person + " sees " + other);
        }
      }
    }
    Map<String, VEvent> everyone = Parsed.of(EXPORTER.withOthersInPersonalCalendars(true)
        .person(Fixture.EMINA, List.of(program), directory)).events();
    Map<String, VEvent> all = Parsed.of(EXPORTER.program(program, directory)).events();
    everyone.forEach((uid, e) -> assertEquals(attendees(all.get(uid)), attendees(e), uid));
  }

  @Test
  void programCalendarsCanLeaveAttendeesOut() {
    String ics = EXPORTER.withProgramAttendees(false).program(program, directory);
    assertFalse(ics.contains("ATTENDEE"), ics);
    assertEquals(11, Parsed.of(ics).events().size());
    assertFalse(EXPORTER.withProgramAttendees(false)
        .pairing(program, org.civiclab.core.model.PairingId.of("pair-1"), directory)
        .contains("ATTENDEE"));
    assertTrue(EXPORTER.program(program, directory).contains("ATTENDEE"));
  }

  @Test
  void timeZonesHoldOnlyTheYearsTheCalendarCovers() {
    Parsed parsed = Parsed.of(EXPORTER.program(program, directory));
    List<String> stockholm = new ArrayList<>();
    List<String> tbilisi = new ArrayList<>();
    for (VTimeZone z : parsed.calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)) {
      String id = z.getProperty(Property.TZID).orElseThrow().getValue();
      for (Observance o : z.getObservances()) {
        String line = o.getName() + " " + o.getProperty(Property.DTSTART).orElseThrow()
            .getValue() + " " + o.getProperty(Property.TZOFFSETFROM).orElseThrow().getValue()
            + ">" + o.getProperty(Property.TZOFFSETTO).orElseThrow().getValue();
        (id.equals("Europe/Stockholm") ? stockholm : tbilisi).add(line);
        assertFalse(o.getProperty(Property.RRULE).isPresent(), line);
      }
    }
    // ical4j groups observances by kind: order them by onset
    java.util.Comparator<String> byOnset = java.util.Comparator.comparing(l -> l.split(" ")[1]);
    stockholm.sort(byOnset);
    // the change in force on 1 January 2025, then the two changes of 2025
    assertEquals(List.of("STANDARD 20241027T030000 +0200>+0100",
        "DAYLIGHT 20250330T020000 +0100>+0200",
        "STANDARD 20251026T030000 +0200>+0100"), stockholm);
    // Georgia last changed its offset in 2005 and keeps +04:00
    assertEquals(List.of("STANDARD 20050327T020000 +0300>+0400"), tbilisi);
    assertTrue(parsed.calendar.validate().getEntries().isEmpty(),
        parsed.calendar.validate().toString());

    // a calendar without events covers the year of its DTSTAMP
    String empty = EXPORTER.person(PersonId.of("nobody"), List.of(program), directory);
    assertTrue(empty.contains("DTSTART:20241027T030000"), empty);
    assertFalse(empty.contains("DTSTART:2023"), empty);
  }

  @Test
  void anOrganisationIdIsAlwaysAUsableUidDomain() {
    Program odd = program.withOrganizer(OrganizationId.of("Org_Nr:7"));
    Set<String> uids = Parsed.of(EXPORTER.program(odd, directory)).events().keySet();
    assertTrue(uids.contains("s-ka@segrid-2025.Org_Nr:7.civiclab"), uids.toString());
  }
}
