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
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
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
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
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
 * become all-day VEVENTs over their days. UIDs are stable: {@code <eventId>@<programId>.civiclab}
 * ({@code visit/<visitId>@<programId>.civiclab} for visits; ids cannot hold a slash, so the two
 * never clash). SUMMARY is the title in its original language (with a LANGUAGE parameter) or a
 * short English label with names ("Mentoring: mentor – mentee"). Cancelled meetings have
 * STATUS:CANCELLED, everything else STATUS:CONFIRMED.
 *
 * <p><b>Times.</b> DTSTART and DTEND carry the local times as planned with the TZID of the
 * event's zone, and the calendar holds one VTIMEZONE per zone used, built by ical4j's time-zone
 * registry from the tz database bundled in its jar (no network: ical4j fetches updates only
 * when {@code net.fortuna.ical4j.timezone.update.enabled} is set, which CivicLab never does).
 * Where ical4j files a zone under another name (it treats {@code Europe/Stockholm} as an alias
 * of {@code Europe/Berlin}), the VTIMEZONE is renamed to the event's zone id so that TZID
 * references resolve. Events in a fixed-offset zone, or a zone ical4j does not know, are
 * written in UTC. The calendar's own zone (the program's, or the person's home zone) always
 * has a VTIMEZONE and an X-WR-TIMEZONE, so that even a calendar without events is valid.
 *
 * <p><b>Places and people.</b> LOCATION is the venue as "name, city, country", for
 * online-only events the link; an online link is also given as URL and as an RFC 7986
 * CONFERENCE property. ATTENDEE lines carry CN (the person's name), ROLE (CHAIR for
 * facilitators, REQ-PARTICIPANT, OPT-PARTICIPANT for invited experts and optional sessions)
 * and, for enrolled participants, PARTSTAT (ACCEPTED once confirmed or completed, else
 * NEEDS-ACTION). The calendar address is {@code mailto:} the person's e-mail when the
 * directory has one, else {@code urn:civiclab:person:<id>}. ORGANIZER is the program's
 * organising organisation as {@code urn:civiclab:organization:<id>} with its name as CN.
 * People missing from the directory are still listed, without CN.
 *
 * <p><b>Reproducibility.</b> DTSTAMP comes from the exporter's {@link Clock}; with a fixed
 * clock the same input gives byte-identical output. Output uses CRLF line ends and folds long
 * lines at 75 octets as RFC 5545 asks. PRODID is {@value #PRODUCT_ID}. There is no METHOD:
 * the export is a calendar to import or subscribe to, not an iTIP (RFC 5546) message, whose
 * PUBLISH method would forbid the ATTENDEE lines. Instances are immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class ICalExporter {
  /** The PRODID of every exported calendar. */
  public static final String PRODUCT_ID = "-//CivicLab//CivicLab 0.1//EN";

  private static final Logger LOG = LoggerFactory.getLogger(ICalExporter.class);

  private final Clock clock;

  private ICalExporter(Clock clock) {
    this.clock = clock;
  }

  /** @return an exporter whose DTSTAMP is the current time */
  public static ICalExporter create() {
    return new ICalExporter(Clock.systemUTC());
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
   * The UID an event of a program gets in every export.
   *
   * @param program the program
   * @param event the session's or meeting's id
   * @return {@code <eventId>@<programId>.civiclab}
   */
  public static String uid(Program program, EventId event) {
    return EventGatherer.uid(program, event);
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
        organizer(program, directory), directory, program.zone());
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
          entries.add(new Entry(e, organizer));
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
        organizer(program, directory), directory, program.zone());
  }

  private static final class Entry {
    final CalendarEvent event;
    final Optional<Organizer> organizer;

    Entry(CalendarEvent event, Optional<Organizer> organizer) {
      this.event = event;
      this.organizer = organizer;
    }
  }

  private String write(String name, List<CalendarEvent> events, Optional<Organizer> organizer,
      DirectoryView directory, ZoneId zone) {
    List<Entry> entries = new ArrayList<>();
    events.forEach(e -> entries.add(new Entry(e, organizer)));
    return render(name, entries, directory, zone);
  }

  /**
   * Writes the calendar. Its own zone (the program's, or the person's home zone) always gets a
   * VTIMEZONE and an X-WR-TIMEZONE, which also keeps a calendar without events valid: RFC 5545
   * asks for at least one component.
   */
  private String render(String name, List<Entry> entries, DirectoryView directory,
      ZoneId calendarZone) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Map<String, VTimeZone> zones = new LinkedHashMap<>();
    Optional<ZoneId> own = zoneFor(calendarZone, registry, zones);
    List<VEvent> events = new ArrayList<>();
    for (Entry entry : entries) {
      events.add(event(entry, stamp, registry, zones, directory));
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

  private VEvent event(Entry entry, Instant stamp, TimeZoneRegistry registry,
      Map<String, VTimeZone> zones, DirectoryView directory) {
    CalendarEvent e = entry.event;
    VEvent v = new VEvent(false);
    v.add(new Uid(e.uid));
    v.add(new DtStamp(stamp));
    if (e.when.isPresent()) {
      TimeSpan span = e.when.get();
      Optional<ZoneId> zone = zoneFor(span.zone(), registry, zones);
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
    for (CalendarEvent.Attendee a : e.attendees) {
      v.add(attendee(a, directory));
    }
    return v;
  }

  private static Temporal temporal(ZonedDateTime time, Optional<ZoneId> zone) {
    return zone.isPresent() ? time : time.toInstant();
  }

  /**
   * The zone to write times in, registering its VTIMEZONE; empty for UTC output.
   */
  private static Optional<ZoneId> zoneFor(ZoneId zone, TimeZoneRegistry registry,
      Map<String, VTimeZone> zones) {
    if (zone instanceof ZoneOffset) {
      return Optional.empty();
    }
    String id = zone.getId();
    if (zones.containsKey(id)) {
      return Optional.of(zone);
    }
    TimeZone tz;
    try {
      tz = registry.getTimeZone(id);
    } catch (RuntimeException e) {
      tz = null;
    }
    if (tz == null) {
      LOG.debug("ical4j has no definition of zone {}; writing its times in UTC", id);
      return Optional.empty();
    }
    VTimeZone definition = tz.getVTimeZone().copy();
    if (!id.equals(tzid(definition))) {
      // ical4j files some zones under another name; the calendar must define the TZID it uses
      definition.replace(new TzId(id));
      definition.removeAll("TZURL", "X-LIC-LOCATION");
    }
    zones.put(id, definition);
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

  private static Optional<Organizer> organizer(Program program, DirectoryView directory) {
    OrganizationId id = program.organizer();
    List<Parameter> params = new ArrayList<>();
    directory.organization(id).map(Organization::name)
        .ifPresent(n -> params.add(new Cn(n.text())));
    return Optional.of(new Organizer(new ParameterList(params), address(Optional.empty(), "organization",
        id.value())));
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
