package org.civiclab.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarning;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.property.Attendee;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.EventChange;
import org.civiclab.core.scheduling.PlanDiff;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator.Generated;
import org.junit.jupiter.api.Test;

/**
 * Every export read by biweekly, a parser written apart from ical4j: it must parse without a
 * warning, pass biweekly's RFC 5545 validation and give the same events, times, sequences and
 * attendees as ical4j's reading and the model. biweekly turns TZID times into instants with the
 * calendar's own VTIMEZONE, so this also checks the trimmed time-zone definitions.
 */
class SecondParserTest {
  private static final ICalExporter EXPORTER = ICalExporter.withClock(
      Clock.fixed(Instant.parse("2025-02-03T04:05:06Z"), ZoneOffset.UTC));

  private final Program program = Fixture.program();
  private final DirectorySnapshot directory = Fixture.directory();

  /** Reads an export with biweekly, failing on any parse or validation warning. */
  static ICalendar read(String ics) {
    List<List<ParseWarning>> warnings = new ArrayList<>();
    List<ICalendar> all = Biweekly.parse(ics).warnings(warnings).all();
    assertEquals(1, all.size(), ics);
    assertTrue(warnings.stream().allMatch(List::isEmpty), () -> warnings + "\n" + ics);
    ValidationWarnings problems = all.get(0).validate(ICalVersion.V2_0);
    List<String> found = new ArrayList<>();
    for (ValidationWarnings.WarningsGroup group : problems) {
      for (ValidationWarning w : group.getWarnings()) {
        // biweekly keeps VTIMEZONEs apart from its components, so it counts a calendar of
        // VTIMEZONE alone (a person without events) as empty; RFC 5545 counts VTIMEZONE
        boolean timeZoneOnly = w.getCode() != null && w.getCode() == 4
            && all.get(0).getEvents().isEmpty() && ics.contains("BEGIN:VTIMEZONE\r\n");
        if (!timeZoneOnly) {
          found.add(group.toString());
        }
      }
    }
    assertEquals(List.of(), found, ics);
    return all.get(0);
  }

  /** An event as "start/end|SEQUENCE|attendee addresses", from biweekly. */
  private static Map<String, String> events(ICalendar calendar) {
    Map<String, String> out = new LinkedHashMap<>();
    for (VEvent e : calendar.getEvents()) {
      List<String> who = new ArrayList<>();
      for (Attendee a : e.getAttendees()) {
        who.add(a.getEmail() != null ? "mailto:" + a.getEmail() : a.getUri());
      }
      String when = e.getDateStart().getValue().hasTime()
          ? e.getDateStart().getValue().toInstant() + "/" + e.getDateEnd().getValue().toInstant()
          : e.getDateStart().getValue().getRawComponents().toString(false, false) + "/"
              + e.getDateEnd().getValue().getRawComponents().toString(false, false);
      out.put(e.getUid().getValue(), when + "|" + e.getSequence().getValue() + "|" + who);
    }
    return out;
  }

  /** The same, from ical4j's reading of the same text. */
  private static Map<String, String> eventsByIcal4j(String ics) {
    Map<String, String> out = new LinkedHashMap<>();
    Parsed.of(ics).events().forEach((uid, e) -> {
      boolean timed = Parsed.param(e, Property.DTSTART, "VALUE").isEmpty();
      String when = timed
          ? Parsed.instant(e, Property.DTSTART) + "/" + Parsed.instant(e, Property.DTEND)
          : Parsed.text(e, Property.DTSTART) + "/" + Parsed.text(e, Property.DTEND);
      List<String> who = Parsed.attendees(e).stream().map(a -> a.split("\\|")[0]).toList();
      out.put(uid, when + "|" + Parsed.text(e, Property.SEQUENCE) + "|" + who);
    });
    return out;
  }

  private static void bothParsersAgree(String ics) {
    assertEquals(eventsByIcal4j(ics), events(read(ics)));
  }

  @Test
  void programPersonAndPairingCalendarsReadAlikeInBothParsers() {
    EventRevisions revisions = EventRevisions.none().after(PlanDiff.builder()
        .addChanges(EventChange.builder().eventId("pm-3").label("pm-3")
            .kind(EventChange.Kind.MOVED).build()).build(), Instant.parse("2025-02-04T00:00:00Z"));
    ICalExporter exporter = EXPORTER.withRevisions(revisions).withUidDomain("miun.se");
    bothParsersAgree(exporter.program(program, directory));
    bothParsersAgree(exporter.withProgramAttendees(false).program(program, directory));
    bothParsersAgree(exporter.pairing(program, PairingId.of("pair-1"), directory));
    for (PersonId p : List.of(Fixture.EMINA, Fixture.NINO, PersonId.of("nobody"))) {
      bothParsersAgree(exporter.person(p, List.of(program), directory));
    }
    Map<String, String> events = events(read(exporter.program(program, directory)));
    // 01:00 to 04:00 local in Stockholm on the spring change day: two hours, from 00:00 UTC
    assertTrue(events.get("s-dst-spring@segrid-2025.miun.se")
        .startsWith("2025-03-30T00:00:00Z/2025-03-30T02:00:00Z|0|"), events.toString());
    assertTrue(events.get("s-dst-autumn@segrid-2025.miun.se")
        .startsWith("2025-10-25T23:00:00Z/2025-10-26T03:00:00Z|0|"), events.toString());
    assertTrue(events.get("pm-3@segrid-2025.miun.se")
        .startsWith("2025-10-29T14:00:00Z/2025-10-29T15:00:00Z|1|"), events.toString());
  }

  /** biweekly's instants for every timed event equal the model's, in every generated zone. */
  @net.jqwik.api.Property(tries = 20)
  void generatedProgramsReadBackWithTheModelsInstants(@ForAll("programs") Generated g) {
    Program p = g.program();
    String ics = EXPORTER.program(p, g.directory());
    bothParsersAgree(ics);
    Map<String, VEvent> byUid = new LinkedHashMap<>();
    read(ics).getEvents().forEach(e -> byUid.put(e.getUid().getValue(), e));
    GeneratedProgramsExportTest.expected(p).forEach((uid, x) -> {
      VEvent e = byUid.get(uid);
      assertEquals(x.when().startInstant(), e.getDateStart().getValue().toInstant(), uid);
      assertEquals(x.when().endInstant(), e.getDateEnd().getValue().toInstant(), uid);
    });
  }

  @Provide
  Arbitrary<Generated> programs() {
    return DomainArbitraries.programs(5);
  }
}
