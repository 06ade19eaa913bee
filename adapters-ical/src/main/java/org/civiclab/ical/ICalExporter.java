package org.civiclab.ical;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.time.TimeSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports programs as iCalendar (RFC 5545) text: a whole program, one person's events across
 * programs, or one mentor pair's meetings.
 *
 * <p><b>Events.</b> Every planned session (one with a time), every meeting of mentor pairs and
 * learning circles, every outreach and reflection meeting becomes a VEVENT; exchange visits
 * become all-day VEVENTs over their days, and a visit's travel days two more all-day VEVENTs
 * (category TRAVEL, {@code visit/<visitId>/travel-out} and {@code /travel-back}) for the
 * journey there and back. UIDs are stable and name the organiser:
 * {@code <eventId>@<programId>.<domain>} ({@code visit/<visitId>@...} for visits; ids cannot hold
 * a slash, so the two never clash), where the domain is one the organiser owns, set with
 * {@link #withUidDomain}, or by default {@code <organizerId>.civiclab}; two organisations that
 * both run a program {@code course-2025} therefore never share a UID. SUMMARY is the title in its original language (with a LANGUAGE parameter) or a
 * short English label with names ("Mentoring: mentor – mentee"). Cancelled meetings have
 * STATUS:CANCELLED, everything else STATUS:CONFIRMED.
 *
 * <p><b>Revisions.</b> Every event has a SEQUENCE, 0 unless {@link #withRevisions} says more,
 * and a LAST-MODIFIED when its revision has a time. Clients replace an event they hold only by
 * a copy with a higher SEQUENCE: after a re-plan, export with
 * {@code revisions.after(replan.diff(), now)} (see {@link EventRevisions}).
 *
 * <p><b>Times.</b> DTSTART and DTEND carry the local times as planned with the TZID of the
 * event's zone, and the calendar holds one VTIMEZONE per zone used, written from the JDK's
 * time-zone rules (the rules that placed the events; no network) and trimmed to the years the
 * calendar's events touch: the offset in force on 1 January of the first year and each change
 * up to the end of the last year. Events in a fixed-offset zone are written in UTC. The
 * calendar's own zone (the program's, or the person's home zone) always has a VTIMEZONE and an
 * X-WR-TIMEZONE, so that even a calendar without events is valid; without events it covers the
 * year of DTSTAMP.
 *
 * <p><b>Places and people.</b> LOCATION is the venue as "name, city, country", for
 * online-only events the link; an online link is also given as URL and as an RFC 7986
 * CONFERENCE property. ATTENDEE lines carry CN (the person's name), ROLE (CHAIR for
 * facilitators, REQ-PARTICIPANT, OPT-PARTICIPANT for invited experts and optional sessions)
 * and, for enrolled participants, PARTSTAT (ACCEPTED once confirmed or completed, else
 * NEEDS-ACTION). The calendar address is {@code mailto:} the person's e-mail when the
 * directory has one, else {@code urn:civiclab:person:<id>}. ORGANIZER is the program's
 * organising organisation, its name as CN, and as address {@code mailto:} the e-mail of the
 * program's first ORGANIZER (else COORDINATOR) with one, else
 * {@code urn:civiclab:organization:<id>}. People missing from the directory are still listed,
 * without CN. A person's calendar lists only that person as ATTENDEE, so that it carries nobody
 * else's address ({@link #withOthersInPersonalCalendars} lists everyone); program and pairing
 * calendars list every attendee unless {@link #withProgramAttendees} turns them off.
 *
 * <p><b>Reproducibility.</b> DTSTAMP comes from the exporter's {@link Clock}; with a fixed
 * clock the same input gives byte-identical output. Output uses CRLF line ends and folds long
 * lines at 75 octets as RFC 5545 asks. PRODID is {@value #PRODUCT_ID}. There is no METHOD:
 * the export is a calendar to import or subscribe to, not an iTIP (RFC 5546) message, whose
 * PUBLISH method would forbid the ATTENDEE lines. Instances are immutable and
 * thread-safe.
 *
 * {@snippet :
 * ICalExporter exporter = ICalExporter.create().withUidDomain("courses.example.org");
 * String all = exporter.program(program, directory);       // every event and attendee
 * String mine = exporter.person(personId, List.of(program), directory); // only that person
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class ICalExporter {
  /** The PRODID of every exported calendar. */
  public static final String PRODUCT_ID = "-//CivicLab//CivicLab 0.1//EN";

  private static final Logger LOG = LoggerFactory.getLogger(ICalExporter.class);

  private static final Pattern DOMAIN =
      Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
          + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*");

  private final Clock clock;
  private final Optional<String> uidDomain;
  private final EventRevisions revisions;
  private final boolean programAttendees;
  private final boolean othersInPersonalCalendars;

  private ICalExporter(Clock clock, Optional<String> uidDomain, EventRevisions revisions,
      boolean programAttendees, boolean othersInPersonalCalendars) {
    this.clock = clock;
    this.uidDomain = uidDomain;
    this.revisions = revisions;
    this.programAttendees = programAttendees;
    this.othersInPersonalCalendars = othersInPersonalCalendars;
  }

  private ICalExporter(Clock clock) {
    this(clock, Optional.empty(), EventRevisions.none(), true, false);
  }

  /** @return an exporter whose DTSTAMP is the current time */
  public static ICalExporter create() {
    return new ICalExporter(Clock.systemUTC());
  }

  /**
   * This exporter with UIDs under a domain the organiser owns, such as {@code miun.se}: UIDs
   * become {@code <eventId>@<programId>.<domain>}, which no other organisation's export can
   * repeat. Without it the domain is {@code <organizerId>.civiclab}, from the program's
   * organising organisation. Changing the domain of a calendar already imported makes clients
   * see new events beside the old ones: set it once, before the first export.
   *
   * @param domain a DNS-style name: labels of letters, digits and inner hyphens, joined by dots
   * @return the exporter
   * @throws InvalidInputException when the domain is not of that form
   */
  public ICalExporter withUidDomain(String domain) {
    if (!DOMAIN.matcher(domain).matches()) {
      throw InvalidInputException.of("uidDomain", "'" + domain + "' is not a domain name such"
          + " as example.org: labels of letters, digits and inner hyphens, joined by dots");
    }
    return new ICalExporter(clock, Optional.of(domain), revisions, programAttendees,
        othersInPersonalCalendars);
  }

  /**
   * This exporter with SEQUENCE and LAST-MODIFIED from the given revisions; after a re-plan
   * pass {@code revisions.after(replan.diff(), now)} so that clients replace moved events.
   *
   * @param revisions the events' revisions
   * @return the exporter
   */
  public ICalExporter withRevisions(EventRevisions revisions) {
    return new ICalExporter(clock, uidDomain, revisions, programAttendees,
        othersInPersonalCalendars);
  }

  /**
   * This exporter with or without ATTENDEE lines in program and pairing calendars (with them by
   * default). A program calendar published to everyone should go without: ATTENDEE lines carry
   * every attendee's e-mail address.
   *
   * @param attendees whether to list attendees
   * @return the exporter
   */
  public ICalExporter withProgramAttendees(boolean attendees) {
    return new ICalExporter(clock, uidDomain, revisions, attendees, othersInPersonalCalendars);
  }

  /**
   * This exporter listing, in a person's calendar, every attendee of each event rather than
   * only that person (the default, which keeps other people's addresses out of it).
   *
   * @param others whether to list the other attendees too
   * @return the exporter
   */
  public ICalExporter withOthersInPersonalCalendars(boolean others) {
    return new ICalExporter(clock, uidDomain, revisions, programAttendees, others);
  }

  /**
   * An exporter whose DTSTAMP is read from a clock; a fixed clock makes exports reproducible.
   *
   * @param clock the clock
   * @return the exporter
   */
  public static ICalExporter withClock(Clock clock) {
    return new ICalExporter(clock);
  }

  /**
   * The UID an event of a program gets from an exporter without {@link #withUidDomain}.
   *
   * @param program the program
   * @param event the session's or meeting's id
   * @return {@code <eventId>@<programId>.<organizerId>.civiclab}
   */
  public static String uid(Program program, EventId event) {
    return EventGatherer.uid(event.value(), program, EventGatherer.defaultDomain(program));
  }

  /**
   * The UID an event of a program gets from this exporter.
   *
   * @param program the program
   * @param event the session's or meeting's id
   * @return {@code <eventId>@<programId>.<domain>}
   */
  public String uidOf(Program program, EventId event) {
    return EventGatherer.uid(event.value(), program,
        uidDomain.orElse(EventGatherer.defaultDomain(program)));
  }

  /**
   * A program's calendar: every planned session and meeting.
   *
   * @param program the program
   * @param directory its people and organisations, for names and addresses
   * @return the iCalendar text
   */
  public String program(Program program, DirectoryView directory) {
    return write(program.title().text(), EventGatherer.all(program, directory),
        organizer(program, directory), directory, program.zone(), programAttendees);
  }

  /**
   * One person's calendar across programs: every event where the person leads, speaks, takes
   * part with a place, mentors or is mentored, is a circle member, facilitator or invited
   * expert, visits, leads an outreach visit or represents an organisation.
   *
   * @param person the person
   * @param programs the programs to look in
   * @param directory people and organisations
   * @return the iCalendar text; a calendar without events when the person takes part in none
   */
  public String person(PersonId person, List<Program> programs, DirectoryView directory) {
    List<Entry> entries = new ArrayList<>();
    for (Program p : programs) {
      Optional<Organizer> organizer = organizer(p, directory);
      for (CalendarEvent e : EventGatherer.all(p, directory)) {
        if (e.involves(person)) {
          entries.add(new Entry(e, organizer, othersInPersonalCalendars ? e.attendees
              : e.attendees.stream().filter(a -> a.person.equals(person)).toList()));
        }
      }
    }
    Optional<Person> who = directory.person(person);
    String name = who.map(Person::fullName).orElse(person.value());
    ZoneId zone = who.map(Person::homeZone).orElse(programs.isEmpty() ? ZoneOffset.UTC
        : programs.get(0).zone());
    return render(name + " – CivicLab", entries, directory, zone);
  }

  /**
   * The meetings of one mentor pair.
   *
   * @param program the program holding the pairing
   * @param pairing the pairing's id
   * @param directory people and organisations
   * @return the iCalendar text
   * @throws InvalidInputException when the program has no such pairing
   */
  public String pairing(Program program, PairingId pairing, DirectoryView directory) {
    MentorPairing p = program.pairings().stream().filter(x -> x.id().equals(pairing))
        .findFirst().orElseThrow(() -> InvalidInputException.of("pairing", "'" + pairing
            + "' is not a pairing of program '" + program.id() + "'; its pairings are "
            + program.pairings().stream().map(MentorPairing::id).toList()));
    String title = program.title().text() + " – " + directory.person(p.mentor())
        .map(Person::fullName).orElse(p.mentor().value()) + " / " + directory.person(p.mentee())
        .map(Person::fullName).orElse(p.mentee().value());
    return write(title, EventGatherer.pairing(program, p, directory),
        organizer(program, directory), directory, program.zone(), programAttendees);
  }

  private static final class Entry {
    final CalendarEvent event;
    final Optional<Organizer> organizer;
    final List<CalendarEvent.Attendee> attendees;

    Entry(CalendarEvent event, Optional<Organizer> organizer,
        List<CalendarEvent.Attendee> attendees) {
      this.event = event;
      this.organizer = organizer;
      this.attendees = attendees;
    }
  }

  private String write(String name, List<CalendarEvent> events, Optional<Organizer> organizer,
      DirectoryView directory, ZoneId zone, boolean attendees) {
    List<Entry> entries = new ArrayList<>();
    events.forEach(e -> entries.add(new Entry(e, organizer,
        attendees ? e.attendees : List.of())));
    return render(name, entries, directory, zone);
  }

  /**
   * Writes the calendar. Its own zone (the program's, or the person's home zone) always gets a
   * VTIMEZONE and an X-WR-TIMEZONE, which also keeps a calendar without events valid: RFC 5545
   * asks for at least one component. A fixed-offset zone has neither, since times in it are
   * written in UTC; a calendar without events in such a zone gets the VTIMEZONE of that offset
   * alone, named as the JDK names it ("UTC", "UTC+03:00").
   */
  private String render(String name, List<Entry> entries, DirectoryView directory,
      ZoneId calendarZone) {
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Years years = Years.of(entries, stamp.atZone(calendarZone).getYear());
    Map<String, VTimeZone> zones = new LinkedHashMap<>();
    Optional<ZoneId> own = zoneFor(calendarZone, years, zones);
    List<VEvent> events = new ArrayList<>();
    for (Entry entry : entries) {
      events.add(event(entry, stamp, years, zones, directory));
    }
    if (events.isEmpty() && zones.isEmpty()) {
      ZoneId fixed = ZoneId.ofOffset("UTC", (ZoneOffset) calendarZone);
      zones.put(fixed.getId(), ZoneDefinitions.of(fixed, years.first, years.last));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
    calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
    calendar.add(new Name(name));
    calendar.add(new XProperty("X-WR-CALNAME", name));
    own.ifPresent(z -> calendar.add(new XProperty("X-WR-TIMEZONE", z.getId())));
    zones.values().stream().sorted((a, b) -> tzid(a).compareTo(tzid(b)))
        .forEach(calendar::add);
    events.forEach(calendar::add);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.debug("exported {} events in {} zones for '{}'", events.size(), zones.size(), name);
    return Folding.refold(out.toString());
  }

  private static String tzid(VTimeZone zone) {
    return zone.getProperty(TzId.TZID).map(p -> p.getValue()).orElse("");
  }

  /** The first and last year a calendar's events touch; its DTSTAMP's year without events. */
  private static final class Years {
    final int first;
    final int last;

    private Years(int first, int last) {
      this.first = first;
      this.last = last;
    }

    static Years of(List<Entry> entries, int fallback) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (Entry entry : entries) {
        CalendarEvent e = entry.event;
        LocalDate from = e.when.map(w -> w.start().toLocalDate())
            .orElseGet(() -> e.days.get().start());
        LocalDate to = e.when.map(w -> w.end().toLocalDate())
            .orElseGet(() -> e.days.get().end().plusDays(1));
        first = Math.min(first, from.getYear());
        last = Math.max(last, to.getYear());
      }
      return entries.isEmpty() ? new Years(fallback, fallback) : new Years(first, last);
    }
  }

  private VEvent event(Entry entry, Instant stamp, Years years,
      Map<String, VTimeZone> zones, DirectoryView directory) {
    CalendarEvent e = entry.event;
    VEvent v = new VEvent(false);
    v.add(new Uid(EventGatherer.uid(e.key, e.program,
        uidDomain.orElse(EventGatherer.defaultDomain(e.program)))));
    v.add(new DtStamp(stamp));
    v.add(new Sequence(revisions.sequence(e.key)));
    revisions.lastModified(e.key).ifPresent(t -> v.add(new LastModified(t)));
    if (e.when.isPresent()) {
      TimeSpan span = e.when.get();
      Optional<ZoneId> zone = zoneFor(span.zone(), years, zones);
      v.add(new DtStart<>(temporal(span.start().atZone(span.zone()), zone)));
      v.add(new DtEnd<>(temporal(span.end().atZone(span.zone()), zone)));
    } else {
      LocalDate first = e.days.get().start();
      v.add(new DtStart<>(first));
      v.add(new DtEnd<>(e.days.get().end().plusDays(1)));
    }
    List<Parameter> lang = new ArrayList<>();
    e.language.ifPresent(l -> lang.add(new Language(l)));
    v.add(new Summary(new ParameterList(lang), e.summary));
    e.description.ifPresent(d -> v.add(new Description(d)));
    e.location.ifPresent(l -> v.add(new Location(l)));
    e.link.ifPresent(l -> {
      v.add(new Url(l));
      v.add(new Conference(new ParameterList(List.of(Value.URI, Feature.VIDEO)),
          l.toString()));
    });
    v.add(new Categories(e.category));
    v.add(new Status(e.cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    entry.organizer.ifPresent(v::add);
    for (CalendarEvent.Attendee a : entry.attendees) {
      v.add(attendee(a, directory));
    }
    return v;
  }

  private static Temporal temporal(ZonedDateTime time, Optional<ZoneId> zone) {
    return zone.isPresent() ? time : time.toInstant();
  }

  /**
   * The zone to write times in, registering its VTIMEZONE for the calendar's years; empty for
   * UTC output (fixed offsets).
   */
  private static Optional<ZoneId> zoneFor(ZoneId zone, Years years,
      Map<String, VTimeZone> zones) {
    if (zone instanceof ZoneOffset) {
      return Optional.empty();
    }
    zones.computeIfAbsent(zone.getId(), id -> ZoneDefinitions.of(zone, years.first,
        years.last));
    return Optional.of(zone);
  }

  private static Attendee attendee(CalendarEvent.Attendee a, DirectoryView directory) {
    Optional<Person> person = directory.person(a.person);
    List<Parameter> params = new ArrayList<>();
    params.add(CuType.INDIVIDUAL);
    params.add(a.part == CalendarEvent.Part.CHAIR ? Role.CHAIR
        : a.part == CalendarEvent.Part.OPTIONAL ? Role.OPT_PARTICIPANT : Role.REQ_PARTICIPANT);
    a.accepted.ifPresent(yes -> params.add(yes ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION));
    person.ifPresent(p -> params.add(new Cn(p.fullName())));
    return new Attendee(new ParameterList(params), address(person.flatMap(Person::email), "person",
        a.person.value()));
  }

  /**
   * The program's organiser: {@code mailto:} the e-mail of its first ORGANIZER with one (else
   * of its first COORDINATOR), named by the organisation; else the organisation's URN.
   */
  private static Optional<Organizer> organizer(Program program, DirectoryView directory) {
    OrganizationId id = program.organizer();
    List<Parameter> params = new ArrayList<>();
    directory.organization(id).map(Organization::name)
        .ifPresent(n -> params.add(new Cn(n.text())));
    Optional<String> email = contact(program, directory, org.civiclab.core.model.Role.ORGANIZER)
        .or(() -> contact(program, directory, org.civiclab.core.model.Role.COORDINATOR));
    return Optional.of(new Organizer(new ParameterList(params), address(email, "organization",
        id.value())));
  }

  private static Optional<String> contact(Program program, DirectoryView directory,
      org.civiclab.core.model.Role role) {
    return program.roles().stream().filter(r -> r.role() == role && r.module().isEmpty())
        .map(r -> directory.person(r.person()).flatMap(Person::email))
        .flatMap(Optional::stream).findFirst();
  }

  /** {@code mailto:} the address, else a CivicLab URN; non-ASCII letters are percent-encoded. */
  static URI address(Optional<String> email, String kind, String id) {
    try {
      URI uri = email.isPresent() ? new URI("mailto", email.get(), null)
          : new URI("urn", "civiclab:" + kind + ":" + id, null);
      return URI.create(uri.toASCIIString());
    } catch (URISyntaxException e) {
      throw InvalidInputException.of(kind, "cannot make a calendar address of '"
          + email.orElse(id) + "': " + e.getMessage());
    }
  }
}
