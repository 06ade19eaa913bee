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
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
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
 *
 * <p>biweekly 0.6.8's own {@code ICalDate.toInstant()} misreads afternoon times on a day the
 * offset changes: {@code ICalTimeZone.getObservanceBoundary(Date)} reads
 * {@code Calendar.HOUR} (0 to 11) where it means {@code HOUR_OF_DAY}, so 16:30 on 26 March 2023
 * in Sofia is looked up as 04:30 minus the raw offset, before the 03:00 change. The test
 * therefore turns biweekly's local date-time into an instant with the same VTIMEZONE through
 * {@code ICalTimeZone.getOffset(era, year, month, day, dayOfWeek, millis)}, which reads the
 * local fields whole. {@link #biweeklyMisreadsAfternoonsOnAChangeDay} keeps the bug in view.
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
          ? instant(calendar, e.getDateStart()) + "/" + instant(calendar, e.getDateEnd())
          : e.getDateStart().getValue().getRawComponents().toString(false, false) + "/"
              + e.getDateEnd().getValue().getRawComponents().toString(false, false);
      out.put(e.getUid().getValue(), when + "|" + e.getSequence().getValue() + "|" + who);
    }
    return out;
  }

  /**
   * The instant of a timed DTSTART or DTEND: UTC as written, or the local date-time resolved
   * with the calendar's VTIMEZONE for its TZID, by biweekly's observance lookup on local fields.
   */
  static Instant instant(ICalendar calendar, DateOrDateTimeProperty property) {
    ICalDate value = property.getValue();
    DateTimeComponents local = value.getRawComponents();
    if (local.isUtc()) {
      return value.toInstant();
    }
    TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(property);
    assertTrue(zone != null, () -> "no VTIMEZONE for " + property);
    LocalDateTime wall = LocalDateTime.of(local.getYear(), local.getMonth(), local.getDate(),
        local.getHour(), local.getMinute(), local.getSecond());
    int dayOfWeek = wall.getDayOfWeek().getValue() % 7 + 1; // java.util.Calendar: Sunday is 1
    int offsetMillis = zone.getTimeZone().getOffset(GregorianCalendar.AD, wall.getYear(),
        wall.getMonthValue() - 1, wall.getDayOfMonth(), dayOfWeek,
        wall.toLocalTime().toSecondOfDay() * 1000);
    return wall.toInstant(ZoneOffset.ofTotalSeconds(offsetMillis / 1000));
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

  /**
   * The biweekly bug the reading above steps around: if this starts failing, biweekly was fixed
   * and {@link #instant} can go back to {@code toInstant()}.
   */
  @Test
  void biweeklyMisreadsAfternoonsOnAChangeDay() {
    String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN",
        "BEGIN:VTIMEZONE", "TZID:Europe/Sofia",
        "BEGIN:STANDARD", "DTSTART:20221030T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20230326T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:20231029T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:spring", "DTSTAMP:20250203T040506Z",
        "DTSTART;TZID=Europe/Sofia:20230326T110000", "DTEND;TZID=Europe/Sofia:20230326T163000",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:autumn", "DTSTAMP:20250203T040506Z",
        "DTSTART;TZID=Europe/Sofia:20231029T110000", "DTEND;TZID=Europe/Sofia:20231029T163000",
        "END:VEVENT", "END:VCALENDAR", "");
    ICalendar calendar = read(ics);
    VEvent spring = calendar.getEvents().get(0);
    VEvent autumn = calendar.getEvents().get(1);
    assertEquals(Instant.parse("2023-03-26T08:00:00Z"), instant(calendar, spring.getDateStart()));
    assertEquals(Instant.parse("2023-03-26T13:30:00Z"), instant(calendar, spring.getDateEnd()));
    assertEquals(Instant.parse("2023-10-29T09:00:00Z"), instant(calendar, autumn.getDateStart()));
    assertEquals(Instant.parse("2023-10-29T14:30:00Z"), instant(calendar, autumn.getDateEnd()));
    // biweekly's own reading, an hour off at both afternoon ends
    assertEquals(Instant.parse("2023-03-26T14:30:00Z"),
        spring.getDateEnd().getValue().toInstant());
    assertEquals(Instant.parse("2023-10-29T13:30:00Z"),
        autumn.getDateEnd().getValue().toInstant());
  }

  /** biweekly's instants for every timed event equal the model's, in every generated zone. */
  @net.jqwik.api.Property(tries = 20)
  void generatedProgramsReadBackWithTheModelsInstants(@ForAll("programs") Generated g) {
    Program p = g.program();
    String ics = EXPORTER.program(p, g.directory());
    bothParsersAgree(ics);
    Map<String, VEvent> byUid = new LinkedHashMap<>();
    ICalendar calendar = read(ics);
    calendar.getEvents().forEach(e -> byUid.put(e.getUid().getValue(), e));
    GeneratedProgramsExportTest.expected(p).forEach((uid, x) -> {
      VEvent e = byUid.get(uid);
      assertEquals(x.when().startInstant(), instant(calendar, e.getDateStart()), uid);
      assertEquals(x.when().endInstant(), instant(calendar, e.getDateEnd()), uid);
    });
  }

  @Provide
  Arbitrary<Generated> programs() {
    return DomainArbitraries.programs(5);
  }
}
