package org.civiclab.ical;

import static org.civiclab.ical.Parsed.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.junit.jupiter.api.Test;

/**
 * The exported text itself, line by line: one event's block with its UID, SEQUENCE,
 * LAST-MODIFIED, DTSTART with TZID, RFC 5545 escaping and folding; the DESCRIPTION of every
 * kind of event; where folding breaks a line (exactly at 75 octets, never earlier); the
 * VTIMEZONE of a zone that never changed its offset and of an empty calendar in a fixed offset;
 * and the bounds of {@link EventRevisions}.
 */
class ExactCalendarTextTest {
  private static final String AT = "@segrid-2025.miun.civiclab";
  private static final Instant REVISED = Instant.parse("2025-01-02T03:04:05.678Z");

  private final Program program = Fixture.program();
  private final DirectorySnapshot directory = Fixture.directory();

  /** The lines of the event with this UID, from its UID line to its END:VEVENT, with CRLF. */
  private static String block(String ics, String uid) {
    int from = ics.indexOf("UID:" + uid + "\r\n");
    assertTrue(from >= 0, "no event " + uid + " in\n" + ics);
    int to = ics.indexOf("END:VEVENT\r\n", from);
    return ics.substring(from, to + "END:VEVENT\r\n".length());
  }

  private static String crlf(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void aSessionIsWrittenLineForLineEscapedAndFoldedAtSeventyFiveOctets() {
    EventRevisions revisions = EventRevisions.none()
        .with(EventId.of("s-dst-spring"), 3, REVISED);
    String ics = ICalExporterTest.EXPORTER.withRevisions(revisions).program(program, directory);
    assertEquals(crlf(
        "UID:s-dst-spring" + AT,
        "DTSTAMP:20250203T040506Z",
        "SEQUENCE:3",
        "LAST-MODIFIED:20250102T030405Z",
        "DTSTART;TZID=Europe/Stockholm:20250330T010000",
        "DTEND;TZID=Europe/Stockholm:20250330T040000",
        "SUMMARY;LANGUAGE=sv:Digital förvaltning\\, del 1",
        "DESCRIPTION:SeGRID 2025\\, edition 2025 – Module 1\\nlecture",
        "LOCATION:Hall C\\, \"Aula\"\\, Sundsvall\\, SE",
        "CATEGORIES:LECTURE",
        "STATUS:CONFIRMED",
        "ORGANIZER;CN=Mittuniversitetet:urn:civiclab:organization:miun",
        // 75 octets: "Å" and "Ö" take two each, so the address breaks after "miu"
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;CN=\"Åsa Öberg\":mailto:asa.oberg@miu",
        " n.example.se",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Emina",
        "  Hadžić\":mailto:emina@example.ba",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=\"",
        " გიორგი მაისურაძე\":urn:civiclab:person:giorgi",
        "END:VEVENT"), block(ics, "s-dst-spring" + AT));
    // an event without a revision has SEQUENCE 0 and no LAST-MODIFIED
    String ka = block(ics, "s-ka" + AT);
    assertTrue(ka.contains("\r\nSEQUENCE:0\r\nDTSTART;TZID=Asia/Tbilisi:20250402T100000\r\n"),
        ka);
  }

  @Test
  void everyKindOfEventIsDescribedExactly() {
    Map<String, VEvent> events = Parsed.of(ICalExporterTest.EXPORTER.program(program,
        directory)).events();
    Map<String, String> expected = Map.of(
        "s-dst-spring", "SeGRID 2025, edition 2025 – Module 1\nlecture",
        "s-ka", "SeGRID 2025, edition 2025 – Module 1\nworkshop (optional)\n"
            + "Host: სამოქალაქო ცენტრი\nOnline: https://meet.example.org/ka?x=1&y=2",
        "s-dst-autumn", "SeGRID 2025, edition 2025 – Module 2\ngroup discussion\n"
            + "Online: https://meet.example.org/night",
        "pm-1", "SeGRID 2025\nreverse mentoring, 2 per term\n"
            + "Online: https://meet.example.org/pm-1",
        "pm-9", "SeGRID 2025\nconventional mentoring, 4 per year\n"
            + "Online: https://meet.example.org/pm-9",
        "cm-1", "SeGRID 2025\nevery 3 weeks",
        "visit/visit-1", "SeGRID 2025",
        "out-1", "SeGRID 2025\nFinding: Water: \"unreliable\"",
        "refl-1", "Sectors: civil society, academia\nThemes: achievements");
    expected.forEach((key, description) ->
        assertEquals(description, text(events.get(key + AT), Property.DESCRIPTION), key));
  }

  @Test
  void aVisitsThemeAndAReflectionWithoutThemesAreDescribedExactly() {
    Program p = program
        .withExchangeVisits(program.exchangeVisits().get(0).withTheme("Water, \"and\" land"))
        .withReflectionMeetings(program.reflectionMeetings().get(0).withThemes(List.of()));
    String ics = ICalExporterTest.EXPORTER.program(p, directory);
    Map<String, VEvent> events = Parsed.of(ics).events();
    assertEquals("SeGRID 2025\nTheme: Water, \"and\" land",
        text(events.get("visit/visit-1" + AT), Property.DESCRIPTION));
    assertTrue(ics.contains("\r\nDESCRIPTION:SeGRID 2025\\nTheme: Water\\, \"and\" land\r\n"),
        ics);
    assertEquals("Sectors: civil society, academia",
        text(events.get("refl-1" + AT), Property.DESCRIPTION));
  }

  @Test
  void aPersonNobodyKnowsWithoutProgramsGetsAnEmptyCalendarInTheirId() {
    String ics = ICalExporterTest.EXPORTER.person(PersonId.of("nobody"), List.of(), directory);
    assertTrue(ics.contains("\r\nNAME:nobody – CivicLab\r\nX-WR-CALNAME:nobody – CivicLab\r\n"),
        ics);
    assertFalse(ics.contains("BEGIN:VEVENT"), ics);
    // RFC 5545 asks for at least one component: UTC's VTIMEZONE, for the DTSTAMP's year
    assertTrue(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\n"
        + "DTSTART:20250101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n"
        + "END:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n"), ics);
    assertFalse(ics.contains("X-WR-TIMEZONE"), ics);
    SecondParserTest.read(ics);
    // with a program, the program's zone is the calendar's
    String withProgram = ICalExporterTest.EXPORTER.person(PersonId.of("nobody"),
        List.of(program), directory);
    assertTrue(withProgram.contains("\r\nX-WR-TIMEZONE:Europe/Stockholm\r\n"), withProgram);
  }

  @Test
  void aPersonWithoutEventsInAFixedOffsetGetsThatOffsetsTimeZone() {
    DirectorySnapshot offset = DirectorySnapshot.of(List.of(Person.builder()
        .id(PersonId.of("far")).fullName("Far Away").country("GE")
        .homeZone(ZoneOffset.ofHours(4)).build()), List.of());
    String ics = ICalExporterTest.EXPORTER.person(PersonId.of("far"), List.of(program), offset);
    assertFalse(ics.contains("BEGIN:VEVENT"), ics);
    assertTrue(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:UTC+04:00\r\nBEGIN:STANDARD\r\n"
        + "DTSTART:20250101T000000\r\nTZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\n"), ics);
    assertEquals(1, ics.split("BEGIN:VTIMEZONE", -1).length - 1, ics);
    SecondParserTest.read(ics);
    Parsed.of(ics);
  }

  @Test
  void aZoneThatNeverChangedItsOffsetIsOneStandardObservanceFromTheFirstYear() {
    String zone = ZoneDefinitions.of(ZoneId.of("Etc/GMT+5"), 2025, 2026).toString()
        .replace("\r\n", "\n");
    assertEquals("BEGIN:VTIMEZONE\nTZID:Etc/GMT+5\nBEGIN:STANDARD\nDTSTART:20250101T000000\n"
        + "TZOFFSETFROM:-0500\nTZOFFSETTO:-0500\nEND:STANDARD\nEND:VTIMEZONE\n", zone);
  }

  @Test
  void revisionsAcceptSequenceZeroAndNameTheEventOfANegativeOne() {
    EventRevisions zero = EventRevisions.none().with(EventId.of("s-ka"), 0, REVISED)
        .with(VisitId.of("visit-1"), 2, REVISED);
    assertEquals(0, zero.sequence("s-ka"));
    assertEquals(Instant.parse("2025-01-02T03:04:05Z"), zero.lastModified("s-ka").orElseThrow());
    assertEquals("EventRevisions{s-ka=0, visit/visit-1=2}", zero.toString());
    assertEquals("EventRevisions{}", EventRevisions.none().toString());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> zero.with(VisitId.of("visit-1"), -1, REVISED));
    assertTrue(e.getMessage().contains("the SEQUENCE of 'visit/visit-1' must be 0 or more,"
        + " not -1"), e.getMessage());
  }

  @Test
  void linesOfExactlySeventyFiveOctetsStayWholeAndTheNextOctetFolds() {
    String full = "X:" + "a".repeat(73);
    assertEquals(full + "\r\n", Folding.refold(full + "\r\n"));
    assertEquals(full + "\r\n ab\r\n", Folding.refold(full + "ab\r\n"));
    // a continuation line holds the space and 74 octets
    String two = full + "b".repeat(74);
    assertEquals(full + "\r\n " + "b".repeat(74) + "\r\n", Folding.refold(two + "\r\n"));
    assertEquals(full + "\r\n " + "b".repeat(74) + "\r\n c\r\n",
        Folding.refold(two + "c\r\n"));
  }

  @Test
  void refoldingEndsTheLastLineAndKeepsEmptyLines() {
    assertEquals("A\r\n", Folding.refold("A"));
    assertEquals("A\r\nB\r\n", Folding.refold("A\r\nB"));
    assertEquals("\r\nB\r\n", Folding.refold("\r\nB\r\n"));
    assertEquals("A\r\n\r\nB\r\n", Folding.refold("A\r\n\r\nB\r\n"));
    assertEquals("", Folding.refold(""));
    // lines folded with a space or a tab are unfolded first
    assertEquals("AB\r\nCD\r\n", Folding.refold("A\r\n B\r\nC\r\n\tD\r\n"));
  }

  /** Folding against a naive reading of RFC 5545 section 3.1. */
  @net.jqwik.api.Property(tries = 150)
  void foldedLinesAreAtMostSeventyFiveOctetsAndBreakOnlyWhenTheNextCharacterWouldNotFit(
      @ForAll("contentLines") List<String> lines) {
    String ics = String.join("\r\n", lines) + "\r\n";
    String folded = Folding.refold(ics);
    assertEquals(ics, folded.replace("\r\n ", ""), "unfolding gives the input back");
    List<String> physical = List.of(folded.split("\r\n", -1));
    for (int i = 0; i + 1 < physical.size(); i++) {
      String line = physical.get(i);
      assertTrue(octets(line) <= Folding.LIMIT, line);
      String next = physical.get(i + 1);
      if (next.startsWith(" ")) {
        int following = next.codePointAt(1);
        assertTrue(octets(line) + octets(new String(Character.toChars(following)))
            > Folding.LIMIT, "folded early: " + line);
      }
    }
  }

  private static int octets(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Provide
  Arbitrary<List<String>> contentLines() {
    Arbitrary<String> letters = Arbitraries.of("a", "Z", ":", ";", "é", "Ж", "ნ", "€", "😀")
        .list().ofMaxSize(200).map(l -> "X:" + String.join("", l));
    return letters.list().ofMinSize(1).ofMaxSize(4);
  }
}
