package org.civiclab.ical;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;

/** An exported calendar read back with ical4j's parser, with accessors for the tests. */
final class Parsed {
  final Calendar calendar;

  private Parsed(Calendar calendar) {
    this.calendar = calendar;
  }

  static Parsed of(String ics) {
    try {
      return new Parsed(new CalendarBuilder().build(new StringReader(ics)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("the export does not parse: " + e.getMessage() + "\n" + ics, e);
    }
  }

  /** Events by UID, in file order. */
  Map<String, VEvent> events() {
    Map<String, VEvent> out = new LinkedHashMap<>();
    for (VEvent e : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
      String uid = text(e, Property.UID);
      if (out.put(uid, e) != null) {
        throw new AssertionError("UID " + uid + " appears twice");
      }
    }
    return out;
  }

  List<String> zoneIds() {
    return calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).stream()
        .map(z -> z.getProperty(Property.TZID).orElseThrow().getValue()).toList();
  }

  static String text(VEvent e, String property) {
    return e.getProperty(property).map(Property::getValue).orElse("");
  }

  static Optional<String> param(VEvent e, String property, String parameter) {
    Optional<Property> p = e.getProperty(property);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    Optional<Parameter> value = p.get().getParameter(parameter);
    return value.map(Parameter::getValue);
  }

  @SuppressWarnings("unchecked")
  static Temporal date(VEvent e, String property) {
    DateProperty<Temporal> p = (DateProperty<Temporal>) e.getProperty(property).orElseThrow();
    return p.getDate();
  }

  static Instant instant(VEvent e, String property) {
    return Instant.from(date(e, property));
  }

  static LocalDate day(VEvent e, String property) {
    return LocalDate.from(date(e, property));
  }

  /** Attendees as "address|CN|ROLE|PARTSTAT", PARTSTAT empty when absent. */
  static List<String> attendees(VEvent e) {
    return e.<Attendee>getProperties(Property.ATTENDEE).stream()
        .map(a -> a.getValue() + "|" + value(a, Parameter.CN) + "|"
            + value(a, Parameter.ROLE) + "|" + value(a, Parameter.PARTSTAT))
        .toList();
  }

  private static String value(Property p, String parameter) {
    Optional<Parameter> v = p.getParameter(parameter);
    return v.map(Parameter::getValue).orElse("");
  }
}
