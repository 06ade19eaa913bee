package org.civiclab.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Session;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator.Generated;
import org.civiclab.core.time.TimeSpan;

/** Every generated program exports to valid iCalendar that parses back to its events. */
class GeneratedProgramsExportTest {
  private static final ICalExporter EXPORTER =
      ICalExporter.withClock(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC));

  /** A timed event as the model says it should appear. */
  record Expected(String summary, TimeSpan when, boolean cancelled) {}

  /** The UID's end with the default domain: {@code @<programId>.<organizerId>.civiclab}. */
  static String at(Program p) {
    return "@" + p.id() + "." + p.organizer() + ".civiclab";
  }

  /** The timed events of a program, by UID, gathered from the model without the exporter. */
  static Map<String, Expected> expected(Program p) {
    Map<String, Expected> out = new LinkedHashMap<>();
    for (Edition e : p.editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          s.when().ifPresent(w -> out.put(s.id() + at(p),
              new Expected(s.title().text(), w, false)));
        }
      }
    }
    for (MentorPairing pair : p.pairings()) {
      for (Meeting m : pair.meetings()) {
        out.put(m.id() + at(p), new Expected(null, m.when(),
            m.status() == org.civiclab.core.model.MeetingStatus.CANCELLED));
      }
    }
    for (LearningCircle c : p.circles()) {
      for (Meeting m : c.meetings()) {
        out.put(m.id() + at(p), new Expected(null, m.when(),
            m.status() == org.civiclab.core.model.MeetingStatus.CANCELLED));
      }
    }
    for (OutreachMeeting o : p.outreachMeetings()) {
      out.put(o.id() + at(p), new Expected(null, o.when(), false));
    }
    for (ReflectionMeeting r : p.reflectionMeetings()) {
      out.put(r.id() + at(p), new Expected(null, r.when(), false));
    }
    return out;
  }

  @net.jqwik.api.Property(tries = 40)
  void programExportsParseBackEventByEventAndValidate(@ForAll("programs") Generated g) {
    Program p = g.program();
    String ics = EXPORTER.program(p, g.directory());
    Parsed parsed = Parsed.of(ics);
    ValidationResult result = parsed.calendar.validate();
    assertTrue(!result.hasErrors(), () -> result + "\n" + ics);
    Map<String, VEvent> events = parsed.events();
    Map<String, Expected> expected = expected(p);
    Set<String> visits = new HashSet<>();
    p.exchangeVisits().forEach(v -> visits.add("visit/" + v.id() + at(p)));
    Set<String> all = new HashSet<>(expected.keySet());
    all.addAll(visits);
    assertEquals(all, events.keySet());
    Set<String> zones = new TreeSet<>(Set.of(p.zone().getId()));
    expected.forEach((uid, x) -> {
      VEvent e = events.get(uid);
      assertEquals(x.when().startInstant(), Parsed.instant(e, Property.DTSTART), uid);
      assertEquals(x.when().endInstant(), Parsed.instant(e, Property.DTEND), uid);
      assertEquals(x.when().zone().getId(),
          Parsed.param(e, Property.DTSTART, "TZID").orElseThrow(), uid);
      if (x.summary() != null) {
        assertEquals(x.summary(), Parsed.text(e, Property.SUMMARY), uid);
      }
      assertEquals(x.cancelled() ? "CANCELLED" : "CONFIRMED", Parsed.text(e, Property.STATUS));
      zones.add(x.when().zone().getId());
    });
    assertEquals(List.copyOf(zones), parsed.zoneIds());
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
  }

  /** Every attendee of the program export finds that event in their own export. */
  @net.jqwik.api.Property(tries = 15)
  void personExportsCoverEveryAttendance(@ForAll("programs") Generated g) {
    Program p = g.program();
    Map<String, VEvent> events = Parsed.of(EXPORTER.program(p, g.directory())).events();
    for (PersonId person : p.referencedPeople()) {
      Map<String, VEvent> mine = Parsed.of(EXPORTER.person(person, List.of(p),
          g.directory())).events();
      List<String> expectedUids = new ArrayList<>();
      String address = g.directory().person(person).flatMap(x -> x.email())
          .map(m -> "mailto:" + m).orElse("urn:civiclab:person:" + person);
      events.forEach((uid, e) -> {
        if (Parsed.attendees(e).stream().anyMatch(a -> a.startsWith(address + "|"))) {
          expectedUids.add(uid);
        }
      });
      assertEquals(expectedUids, List.copyOf(mine.keySet()), person.value());
    }
  }

  @Provide
  Arbitrary<Generated> programs() {
    return DomainArbitraries.programs(5);
  }
}
