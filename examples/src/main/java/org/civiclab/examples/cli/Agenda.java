package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.time.TimeSpan;

/**
 * A program's dated events (sessions, mentoring and circle meetings, exchange visits and
 * internships, outreach and reflection meetings) printed week by week under ISO week headers, in local time with the zone.
 */
final class Agenda {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** One line of the agenda. */
  static final class Entry {
    final TimeSpan when;
    final String kind;
    final String title;
    final String where;

    Entry(TimeSpan when, String kind, String title, String where) {
      this.when = when;
      this.kind = kind;
      this.title = title;
      this.where = where;
    }
  }

  private Agenda() {}

  /**
   * Every dated event of a program, in time order.
   *
   * @param program the program
   * @return the entries
   */
  static List<Entry> of(Program program) {
    List<Entry> out = new ArrayList<>();
    for (Edition e : program.editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          s.when().ifPresent(w -> out.add(new Entry(w, "session", s.title().text(),
              where(program, s.mode(), s.venue()))));
        }
      }
    }
    for (MentorPairing p : program.pairings()) {
      for (Meeting m : p.meetings()) {
        out.add(new Entry(m.when(), "mentoring", p.id().value() + " meeting ("
            + m.status().name().toLowerCase(Locale.ROOT) + ")", where(program, m.mode(),
            m.venue())));
      }
    }
    for (LearningCircle c : program.circles()) {
      for (Meeting m : c.meetings()) {
        out.add(new Entry(m.when(), "circle", c.name(), where(program, m.mode(), m.venue())));
      }
    }
    for (ExchangeVisit v : program.exchangeVisits()) {
      out.add(visit(v, program.zone()));
    }
    for (OutreachMeeting o : program.outreachMeetings()) {
      out.add(new Entry(o.when(), "outreach", o.community() + o.region().map(r -> ", " + r)
          .orElse(""), o.community()));
    }
    for (ReflectionMeeting r : program.reflectionMeetings()) {
      out.add(new Entry(r.when(), "reflection", "reflection meeting of " + r.sectors().size()
          + " sectors", r.venue().flatMap(program::venue).map(Venue::name).orElse("")));
    }
    out.sort(Comparator.comparing((Entry x) -> x.when.start().atZone(x.when.zone()).toInstant())
        .thenComparing(x -> x.title));
    return out;
  }

  /**
   * Prints entries week by week.
   *
   * @param entries the entries, in time order
   * @param zone the program's zone; an entry in another zone shows its own
   * @param indent the indentation of the week headers
   * @param out where to print
   */
  static void print(List<Entry> entries, ZoneId zone, String indent, PrintWriter out) {
    String week = "";
    for (Entry e : entries) {
      String w = String.format(Locale.ROOT, "%d-W%02d",
          e.when.start().get(IsoFields.WEEK_BASED_YEAR),
          e.when.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      if (!w.equals(week)) {
        out.println(indent + w);
        week = w;
      }
      String z = e.when.zone().equals(zone) ? "" : "  (" + e.when.zone() + ")";
      out.println(indent + "  " + DAY.format(e.when.start()) + "  "
          + TIME.format(e.when.start()) + "–" + TIME.format(e.when.end()) + z + "  "
          + pad(e.kind, 11) + e.title + (e.where.isEmpty() ? "" : "  @ " + e.where));
    }
  }

  /** A visit's line: its first day, with the last day in the title. */
  private static Entry visit(ExchangeVisit v, ZoneId zone) {
    TimeSpan first = TimeSpan.on(v.period().start(), java.time.LocalTime.of(9, 0),
        java.time.LocalTime.of(17, 0), zone);
    String kind = v.kind() == ExchangeKind.DOMESTIC_INTERNSHIP ? "internship" : "visit";
    return new Entry(first, kind, v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ", " + v.period().lengthInDays() + " days to " + v.period().end() + ", "
        + v.visitors().size() + " visitor(s)"
        + (v.travelDays() == 0 ? "" : ", " + v.travelDays() + " travel day(s) each way"),
        v.city());
  }

  private static String where(Program program, DeliveryMode mode, Optional<VenueId> venue) {
    String place = venue.flatMap(program::venue).map(Venue::name).orElse("");
    if (mode == DeliveryMode.ONLINE) {
      return "online";
    }
    if (mode == DeliveryMode.HYBRID) {
      return place.isEmpty() ? "hybrid" : place + " + online";
    }
    return place;
  }

  static String pad(String s, int width) {
    int n = s.codePointCount(0, s.length());
    return n >= width ? s + " " : s + " ".repeat(width - n);
  }
}
