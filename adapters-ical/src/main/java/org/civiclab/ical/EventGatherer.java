package org.civiclab.ical;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.Expectation;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.time.DateRange;
import org.civiclab.ical.CalendarEvent.Attendee;
import org.civiclab.ical.CalendarEvent.Part;

/** Turns a program's planned sessions and meetings into calendar events, in program order. */
final class EventGatherer {
  private final Program program;
  private final DirectoryView directory;

  private EventGatherer(Program program, DirectoryView directory) {
    this.program = program;
    this.directory = directory;
  }

  /** Every event of a program: sessions, pair and circle meetings, visits, outreach, reflection. */
  static List<CalendarEvent> all(Program program, DirectoryView directory) {
    EventGatherer g = new EventGatherer(program, directory);
    List<CalendarEvent> out = new ArrayList<>();
    for (Edition e : program.editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          g.session(e, m, s).ifPresent(out::add);
        }
      }
    }
    for (MentorPairing p : program.pairings()) {
      out.addAll(g.pairing(p));
    }
    for (LearningCircle c : program.circles()) {
      for (Meeting m : c.meetings()) {
        out.add(g.circleMeeting(c, m));
      }
    }
    for (ExchangeVisit v : program.exchangeVisits()) {
      out.add(g.visit(v));
      out.addAll(g.travel(v));
    }
    for (OutreachMeeting o : program.outreachMeetings()) {
      out.add(g.outreach(o));
    }
    for (ReflectionMeeting r : program.reflectionMeetings()) {
      out.add(g.reflection(r));
    }
    return out;
  }

  /** The meetings of one mentor pair. */
  static List<CalendarEvent> pairing(Program program, MentorPairing pairing,
      DirectoryView directory) {
    return new EventGatherer(program, directory).pairing(pairing);
  }

  /** The UID's domain when the user sets none: {@code <organizerId>.civiclab}. */
  static String defaultDomain(Program program) {
    return program.organizer().value() + ".civiclab";
  }

  /** {@code <key>@<programId>.<domain>}: the domain keeps organisations' UIDs apart. */
  static String uid(String key, Program program, String domain) {
    return key + "@" + program.id().value() + "." + domain;
  }

  /** The revision key and UID local part of an exchange visit. */
  static String visitKey(VisitId visit) {
    return "visit/" + visit.value();
  }

  private Optional<CalendarEvent> session(Edition e, Module m, Session s) {
    if (s.when().isEmpty()) {
      return Optional.empty();
    }
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    s.facilitators().forEach(p -> add(who, p, Part.CHAIR, Optional.empty()));
    m.facilitators().forEach(p -> add(who, p, Part.CHAIR, Optional.empty()));
    s.speakers().forEach(p -> add(who, p, Part.REQUIRED, Optional.empty()));
    for (Enrollment en : e.expectedAt(m, Expectation.ROLL)) {
      add(who, en.person(), s.required() ? Part.REQUIRED : Part.OPTIONAL,
          Optional.of(en.status() != EnrollmentStatus.REGISTERED));
    }
    List<String> about = new ArrayList<>();
    about.add(program.title().text() + ", edition " + e.label() + " – " + m.title().text());
    about.add(words(s.format().name()) + (s.required() ? "" : " (optional)"));
    s.host().ifPresent(h -> about.add("Host: " + organizationName(h)));
    s.onlineLink().ifPresent(l -> about.add("Online: " + l));
    return Optional.of(new CalendarEvent(s.id().value(), program, s.when(), Optional.empty(),
        s.title().text(), Optional.of(s.title().original()), Optional.of(String.join("\n", about)),
        place(s.venue(), s.onlineLink()), s.onlineLink(), ImmutableList.copyOf(who.values()),
        false, s.format().name()));
  }

  private List<CalendarEvent> pairing(MentorPairing p) {
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    add(who, p.mentor(), Part.REQUIRED, Optional.empty());
    add(who, p.mentee(), Part.REQUIRED, Optional.empty());
    String summary = "Mentoring: " + personName(p.mentor()) + " – " + personName(p.mentee());
    String about = program.title().text() + "\n" + words(p.direction().name()) + " mentoring, "
        + p.cadence();
    List<CalendarEvent> out = new ArrayList<>();
    for (Meeting m : p.meetings()) {
      out.add(meeting(m, summary, about, ImmutableList.copyOf(who.values()), "MENTORING"));
    }
    return out;
  }

  private CalendarEvent circleMeeting(LearningCircle c, Meeting m) {
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    c.facilitators().forEach(p -> add(who, p, Part.CHAIR, Optional.empty()));
    for (CircleMember member : c.members()) {
      add(who, member.person(), Part.REQUIRED, Optional.empty());
    }
    c.invitedExperts().forEach(p -> add(who, p, Part.OPTIONAL, Optional.empty()));
    return meeting(m, "Learning circle: " + c.name(), program.title().text() + "\n"
        + c.cadence(), ImmutableList.copyOf(who.values()), "LEARNING_CIRCLE");
  }

  private CalendarEvent meeting(Meeting m, String summary, String about,
      ImmutableList<Attendee> who, String category) {
    String text = about + m.onlineLink().map(l -> "\nOnline: " + l).orElse("");
    return new CalendarEvent(m.id().value(), program, Optional.of(m.when()), Optional.empty(),
        summary, Optional.empty(), Optional.of(text), place(m.venue(), m.onlineLink()),
        m.onlineLink(), who, m.status() == MeetingStatus.CANCELLED, category);
  }

  private CalendarEvent visit(ExchangeVisit v) {
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    v.visitors().forEach(p -> add(who, p, Part.REQUIRED, Optional.empty()));
    String kind = words(v.kind().name());
    String about = program.title().text() + v.theme().map(t -> "\nTheme: " + t).orElse("");
    return new CalendarEvent(visitKey(v.id()), program, Optional.empty(), Optional.of(v.period()),
        capitalized(kind) + ": " + organizationName(v.host()), Optional.empty(),
        Optional.of(about), Optional.of(v.city() + ", " + v.country()), Optional.empty(),
        ImmutableList.copyOf(who.values()), false, "EXCHANGE_VISIT");
  }

  /**
   * A visit's travel days as all-day events of their own, the journey there and the journey
   * back ({@code visit/<id>/travel-out}, {@code visit/<id>/travel-back}); none without travel
   * days.
   */
  private List<CalendarEvent> travel(ExchangeVisit v) {
    if (v.travelDays() == 0) {
      return List.of();
    }
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    v.visitors().forEach(p -> add(who, p, Part.REQUIRED, Optional.empty()));
    String to = v.city() + ", " + v.country();
    String about = program.title().text() + "\nTravel days of the " + words(v.kind().name())
        + " to " + organizationName(v.host());
    int n = v.travelDays();
    DateRange out = DateRange.of(v.period().start().minusDays(n),
        v.period().start().minusDays(1));
    DateRange back = DateRange.of(v.period().end().plusDays(1), v.period().end().plusDays(n));
    return List.of(
        new CalendarEvent(visitKey(v.id()) + "/travel-out", program, Optional.empty(),
            Optional.of(out), "Travel to " + to, Optional.empty(), Optional.of(about),
            Optional.empty(), Optional.empty(), ImmutableList.copyOf(who.values()), false,
            "TRAVEL"),
        new CalendarEvent(visitKey(v.id()) + "/travel-back", program, Optional.empty(),
            Optional.of(back), "Travel back from " + to, Optional.empty(), Optional.of(about),
            Optional.empty(), Optional.empty(), ImmutableList.copyOf(who.values()), false,
            "TRAVEL"));
  }

  private CalendarEvent outreach(OutreachMeeting o) {
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    o.leaders().forEach(p -> add(who, p, Part.REQUIRED, Optional.empty()));
    List<String> about = new ArrayList<>();
    about.add(program.title().text());
    o.findings().forEach(f -> about.add("Finding: " + f.issue()));
    String where = o.community() + o.region().map(r -> ", " + r).orElse("") + ", "
        + o.country();
    return new CalendarEvent(o.id().value(), program, Optional.of(o.when()), Optional.empty(),
        "Outreach visit: " + o.community(), Optional.empty(),
        Optional.of(String.join("\n", about)), Optional.of(where), Optional.empty(),
        ImmutableList.copyOf(who.values()), false, "OUTREACH");
  }

  private CalendarEvent reflection(ReflectionMeeting r) {
    Map<PersonId, Attendee> who = new LinkedHashMap<>();
    for (Representation rep : r.participants()) {
      rep.person().ifPresent(p -> add(who, p, Part.REQUIRED, Optional.empty()));
    }
    String about = "Sectors: " + r.sectors().stream().map(s -> words(s.name()))
        .collect(Collectors.joining(", "))
        + (r.themes().isEmpty() ? "" : "\nThemes: " + String.join(", ", r.themes()));
    return new CalendarEvent(r.id().value(), program, Optional.of(r.when()), Optional.empty(),
        "Reflection meeting: " + program.title().text(), Optional.empty(), Optional.of(about),
        place(r.venue(), Optional.empty()), Optional.empty(),
        ImmutableList.copyOf(who.values()), false, "REFLECTION");
  }

  /** The venue as "name, city, country"; an online-only event shows its link instead. */
  private Optional<String> place(Optional<VenueId> venue, Optional<URI> link) {
    Optional<Venue> v = venue.flatMap(program::venue);
    if (v.isPresent()) {
      return Optional.of(v.get().name() + ", " + v.get().city() + ", " + v.get().country());
    }
    return link.map(URI::toString);
  }

  private static void add(Map<PersonId, Attendee> who, PersonId person, Part part,
      Optional<Boolean> accepted) {
    who.putIfAbsent(person, new Attendee(person, part, accepted));
  }

  private String personName(PersonId id) {
    return directory.person(id).map(Person::fullName).orElse(id.value());
  }

  private String organizationName(OrganizationId id) {
    return directory.organization(id).map(Organization::name).map(t -> t.text())
        .orElse(id.value());
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
