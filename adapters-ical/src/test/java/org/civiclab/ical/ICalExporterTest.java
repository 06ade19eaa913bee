package org.civiclab.ical;

import static org.civiclab.ical.Fixture.STOCKHOLM;
import static org.civiclab.ical.Fixture.TBILISI;
import static org.civiclab.ical.Parsed.attendees;
import static org.civiclab.ical.Parsed.instant;
import static org.civiclab.ical.Parsed.param;
import static org.civiclab.ical.Parsed.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.junit.jupiter.api.Test;

class ICalExporterTest {
  static final Instant NOW = Instant.parse("2025-02-03T04:05:06Z");
  static final ICalExporter EXPORTER =
      ICalExporter.withClock(Clock.fixed(NOW.plusMillis(789), ZoneOffset.UTC));

  private final Program program = Fixture.program();
  private final DirectorySnapshot directory = Fixture.directory();

  private static final String ASA = "mailto:asa.oberg@miun.example.se|Åsa Öberg";
  private static final String EMINA = "mailto:emina@example.ba|Emina Hadžić";
  private static final String GIORGI = "urn:civiclab:person:giorgi|გიორგი მაისურაძე";
  private static final String NINO = "urn:civiclab:person:nino|ნინო ბერიძე";
  private static final String DJORDJE = "urn:civiclab:person:djordje|Ђорђе Петровић";
  private static final String LARS = "mailto:lars@example.se|Lars-Åke Nyström";
  private static final String PAT = "urn:civiclab:person:pat|O'Brien \"Pat\", Jr.; PhD";
  private static final String HALL = "Hall C, \"Aula\", Sundsvall, SE";

  @Test
  void programExportParsesBackEventByEvent() {
    Map<String, VEvent> events = Parsed.of(EXPORTER.program(program, directory)).events();
    assertEquals(List.of("s-dst-spring", "s-ka", "s-dst-autumn", "pm-1", "pm-2", "pm-3",
            "pm-9", "cm-1", "visit/visit-1", "out-1", "refl-1"),
        events.keySet().stream().map(u -> u.replace("@segrid-2025.miun.civiclab", "")).toList());

    VEvent spring = events.get("s-dst-spring@segrid-2025.miun.civiclab");
    assertTimed(spring, "2025-03-30T00:00:00Z", "2025-03-30T02:00:00Z", "Europe/Stockholm");
    assertEquals("Digital förvaltning, del 1", text(spring, Property.SUMMARY));
    assertEquals("sv", param(spring, Property.SUMMARY, "LANGUAGE").orElseThrow());
    assertEquals(HALL, text(spring, Property.LOCATION));
    assertEquals(List.of(ASA + "|CHAIR|", EMINA + "|REQ-PARTICIPANT|ACCEPTED",
        GIORGI + "|REQ-PARTICIPANT|NEEDS-ACTION"), attendees(spring));
    assertEquals("CONFIRMED", text(spring, Property.STATUS));
    assertEquals("urn:civiclab:organization:miun", text(spring, Property.ORGANIZER));
    assertEquals("Mittuniversitetet", param(spring, Property.ORGANIZER, "CN").orElseThrow());

    VEvent ka = events.get("s-ka@segrid-2025.miun.civiclab");
    assertTimed(ka, "2025-04-02T06:00:00Z", "2025-04-02T09:00:00Z", "Asia/Tbilisi");
    assertEquals("სამოქალაქო ჩართულობა", text(ka, Property.SUMMARY));
    assertEquals("https://meet.example.org/ka?x=1&y=2", text(ka, Property.URL));
    assertEquals("https://meet.example.org/ka?x=1&y=2", text(ka, "CONFERENCE"));
    assertEquals(HALL, text(ka, Property.LOCATION));
    assertTrue(text(ka, Property.DESCRIPTION).contains("Host: სამოქალაქო ცენტრი"));
    assertEquals(List.of(NINO + "|CHAIR|", PAT + "|REQ-PARTICIPANT|",
        EMINA + "|OPT-PARTICIPANT|ACCEPTED", GIORGI + "|OPT-PARTICIPANT|NEEDS-ACTION"),
        attendees(ka));

    VEvent autumn = events.get("s-dst-autumn@segrid-2025.miun.civiclab");
    assertTimed(autumn, "2025-10-25T23:00:00Z", "2025-10-26T03:00:00Z", "Europe/Stockholm");
    assertEquals("Гражданско участие: „Нощна“ сесия", text(autumn, Property.SUMMARY));
    assertEquals("https://meet.example.org/night", text(autumn, Property.LOCATION));
    assertEquals(List.of(DJORDJE + "|CHAIR|", LARS + "|CHAIR|",
        EMINA + "|REQ-PARTICIPANT|ACCEPTED", GIORGI + "|REQ-PARTICIPANT|NEEDS-ACTION"),
        attendees(autumn));

    VEvent held = events.get("pm-1@segrid-2025.miun.civiclab");
    assertTimed(held, "2025-03-12T14:00:00Z", "2025-03-12T15:00:00Z", "Europe/Stockholm");
    assertEquals("Mentoring: გიორგი მაისურაძე – Åsa Öberg", text(held, Property.SUMMARY));
    assertEquals(List.of(GIORGI + "|REQ-PARTICIPANT|", ASA + "|REQ-PARTICIPANT|"),
        attendees(held));
    assertEquals("CONFIRMED", text(held, Property.STATUS));
    assertEquals("CANCELLED", text(events.get("pm-2@segrid-2025.miun.civiclab"), Property.STATUS));
    assertTimed(events.get("pm-3@segrid-2025.miun.civiclab"), "2025-10-29T14:00:00Z",
        "2025-10-29T15:00:00Z", "Asia/Tbilisi");

    VEvent circle = events.get("cm-1@segrid-2025.miun.civiclab");
    assertEquals("Learning circle: Წრე „ერთი“", text(circle, Property.SUMMARY));
    assertEquals(HALL, text(circle, Property.LOCATION));
    assertEquals(List.of(LARS + "|CHAIR|", GIORGI + "|REQ-PARTICIPANT|",
        NINO + "|REQ-PARTICIPANT|", DJORDJE + "|OPT-PARTICIPANT|"), attendees(circle));

    VEvent visit = events.get("visit/visit-1@segrid-2025.miun.civiclab");
    assertEquals(LocalDate.of(2025, 9, 15), Parsed.day(visit, Property.DTSTART));
    assertEquals(LocalDate.of(2025, 9, 20), Parsed.day(visit, Property.DTEND));
    assertEquals("International study visit: სამოქალაქო ცენტრი",
        text(visit, Property.SUMMARY));
    assertEquals("Tbilisi, GE", text(visit, Property.LOCATION));

    VEvent out = events.get("out-1@segrid-2025.miun.civiclab");
    assertTimed(out, "2025-06-20T07:00:00Z", "2025-06-20T09:00:00Z", "Asia/Tbilisi");
    assertEquals("სოფელი ზემო, Kakheti, GE", text(out, Property.LOCATION));
    assertTrue(text(out, Property.DESCRIPTION).contains("Finding: Water: \"unreliable\""));
    assertEquals(List.of(NINO + "|REQ-PARTICIPANT|"), attendees(out));

    VEvent refl = events.get("refl-1@segrid-2025.miun.civiclab");
    assertEquals("Reflection meeting: SeGRID 2025", text(refl, Property.SUMMARY));
    assertEquals(List.of(NINO + "|REQ-PARTICIPANT|"), attendees(refl));
  }

  @Test
  void aVisitsTravelDaysAreAllDayTravelEventsOnEitherSide() {
    Program travelling = program.withExchangeVisits(List.of(
        program.exchangeVisits().get(0).withTravelDays(2)));
    Map<String, VEvent> events = Parsed.of(EXPORTER.program(travelling, directory)).events();
    VEvent out = events.get("visit/visit-1/travel-out@segrid-2025.miun.civiclab");
    VEvent back = events.get("visit/visit-1/travel-back@segrid-2025.miun.civiclab");
    // the visit takes 15 to 19 September: two days on the way before, two after
    assertEquals(LocalDate.of(2025, 9, 13), Parsed.day(out, Property.DTSTART));
    assertEquals(LocalDate.of(2025, 9, 15), Parsed.day(out, Property.DTEND));
    assertEquals(LocalDate.of(2025, 9, 20), Parsed.day(back, Property.DTSTART));
    assertEquals(LocalDate.of(2025, 9, 22), Parsed.day(back, Property.DTEND));
    assertEquals("Travel to Tbilisi, GE", Parsed.text(out, Property.SUMMARY));
    assertEquals("Travel back from Tbilisi, GE", Parsed.text(back, Property.SUMMARY));
    assertEquals("TRAVEL", Parsed.text(out, Property.CATEGORIES));
    assertEquals(attendees(events.get("visit/visit-1@segrid-2025.miun.civiclab")),
        attendees(out));
    // without travel days, no travel events
    assertTrue(Parsed.of(EXPORTER.program(program, directory)).events().keySet().stream()
        .noneMatch(k -> k.contains("/travel-")));
  }

  private static void assertTimed(VEvent e, String start, String end, String zone) {
    assertEquals(Instant.parse(start), instant(e, Property.DTSTART), "DTSTART");
    assertEquals(Instant.parse(end), instant(e, Property.DTEND), "DTEND");
    assertEquals(zone, param(e, Property.DTSTART, "TZID").orElseThrow());
    assertEquals(zone, param(e, Property.DTEND, "TZID").orElseThrow());
  }

  @Test
  void localTimesAcrossDaylightSavingChangesAreKeptAsPlanned() {
    String ics = EXPORTER.program(program, directory);
    // what the organiser agreed: 01:00 to 04:00 local on both change days
    assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20250330T010000\r\n"), ics);
    assertTrue(ics.contains("DTEND;TZID=Europe/Stockholm:20250330T040000\r\n"));
    assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20251026T010000\r\n"));
    assertTrue(ics.contains("DTEND;TZID=Europe/Stockholm:20251026T040000\r\n"));
    Map<String, VEvent> events = Parsed.of(ics).events();
    VEvent spring = events.get("s-dst-spring@segrid-2025.miun.civiclab");
    VEvent autumn = events.get("s-dst-autumn@segrid-2025.miun.civiclab");
    assertEquals(Duration.ofHours(2), Duration.between(instant(spring, Property.DTSTART),
        instant(spring, Property.DTEND)), "an hour is lost in March");
    assertEquals(Duration.ofHours(4), Duration.between(instant(autumn, Property.DTSTART),
        instant(autumn, Property.DTEND)), "an hour is gained in October");
  }

  @Test
  void everyZoneUsedHasOneVtimezoneNamedAsTheEventsUseIt() {
    Parsed parsed = Parsed.of(EXPORTER.program(program, directory));
    assertEquals(List.of("Asia/Tbilisi", "Europe/Stockholm"), parsed.zoneIds());
    String ics = EXPORTER.program(program, directory);
    assertFalse(ics.contains("Europe/Berlin"), "ical4j's alias must not leak into TZIDs");
  }

  @Test
  void outputIsReproducibleFoldedAndCrlf() {
    String a = EXPORTER.program(program, directory);
    String b = ICalExporter.withClock(Clock.fixed(NOW, ZoneOffset.UTC))
        .program(Fixture.program(), Fixture.directory());
    assertEquals(a, b);
    assertTrue(a.startsWith("BEGIN:VCALENDAR\r\n"));
    assertTrue(a.contains("PRODID:-//CivicLab//CivicLab 0.1//EN\r\n"));
    assertTrue(a.contains("VERSION:2.0\r\n"));
    assertTrue(a.contains("DTSTAMP:20250203T040506Z\r\n"));
    assertFalse(a.replace("\r\n", "").contains("\n"), "bare LF");
    for (String line : a.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
    }
    assertTrue(a.contains("\r\n "), "long lines are folded");
  }

  @Test
  void personExportHoldsExactlyTheirEvents() {
    Map<String, VEvent> nino = Parsed.of(EXPORTER.person(Fixture.NINO,
        List.of(program), directory)).events();
    assertEquals(List.of("s-ka", "cm-1", "out-1", "refl-1"), nino.keySet().stream()
        .map(u -> u.replace("@segrid-2025.miun.civiclab", "")).toList());
    Map<String, VEvent> emina = Parsed.of(EXPORTER.person(Fixture.EMINA,
        List.of(program), directory)).events();
    assertEquals(List.of("s-dst-spring", "s-ka", "s-dst-autumn", "pm-9", "visit/visit-1"),
        emina.keySet().stream().map(u -> u.replace("@segrid-2025.miun.civiclab", "")).toList());
    Parsed nobody = Parsed.of(EXPORTER.person(org.civiclab.core.model.PersonId.of("nobody"),
        List.of(program), directory));
    assertTrue(nobody.events().isEmpty());
    assertEquals(List.of("Europe/Stockholm"), nobody.zoneIds(), "the program's zone");
    assertTrue(nobody.calendar.validate().getEntries().isEmpty());
    Parsed nino2 = Parsed.of(EXPORTER.person(Fixture.NINO, List.of(program), directory));
    assertEquals(List.of("Asia/Tbilisi", "Europe/Stockholm"), nino2.zoneIds());
    assertEquals("Asia/Tbilisi", nino2.calendar.getProperty("X-WR-TIMEZONE").orElseThrow()
        .getValue(), "her home zone");
  }

  @Test
  void pairingExportHoldsThePairsMeetingsOnly() {
    Parsed parsed = Parsed.of(EXPORTER.pairing(program, PairingId.of("pair-1"), directory));
    assertEquals(List.of("pm-1@segrid-2025.miun.civiclab", "pm-2@segrid-2025.miun.civiclab",
        "pm-3@segrid-2025.miun.civiclab"), List.copyOf(parsed.events().keySet()));
    assertEquals(List.of("Asia/Tbilisi", "Europe/Stockholm"), parsed.zoneIds());
    assertEquals("https://meet.example.org/pm-2",
        text(parsed.events().get("pm-2@segrid-2025.miun.civiclab"), Property.URL));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> EXPORTER.pairing(program, PairingId.of("pair-x"), directory));
    assertTrue(e.getMessage().contains("'pair-x' is not a pairing of program 'segrid-2025'"),
        e.getMessage());
  }

  @Test
  void fixedOffsetZonesAreWrittenInUtc() {
    Program p = Fixture.program();
    var session = p.editions().get(0).modules().get(0).sessions().get(0);
    var moved = org.civiclab.core.model.Session.builder().from(session)
        .when(org.civiclab.core.time.TimeSpan.of(Fixture.local(2025, 3, 4, 9),
            Fixture.local(2025, 3, 4, 10), ZoneOffset.ofHours(3)))
        .duration(Duration.ofHours(1)).build();
    var edition = p.editions().get(0)
        .withModules((
            p.editions().get(0).modules().get(0)).withSessions(moved),
            p.editions().get(0).modules().get(1));
    Program q = p.withEditions(edition);
    String ics = EXPORTER.program(q, directory);
    assertTrue(ics.contains("DTSTART:20250304T060000Z\r\n"), ics);
    VEvent e = Parsed.of(ics).events().get("s-dst-spring@segrid-2025.miun.civiclab");
    assertEquals(Instant.parse("2025-03-04T06:00:00Z"), instant(e, Property.DTSTART));
  }

  @Test
  void theFixtureUsesTheZonesTheTestsClaim() {
    assertEquals("Europe/Stockholm", STOCKHOLM.getId());
    assertEquals("Asia/Tbilisi", TBILISI.getId());
  }
}
