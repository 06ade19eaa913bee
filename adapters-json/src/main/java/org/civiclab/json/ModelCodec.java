package org.civiclab.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Eligibility;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.HostAvailability;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FindingId;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.FundingCycle;
import org.civiclab.core.model.FundingStatus;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.SessionPosition;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping between CivicLab's model and JSON: for each type a reader from a located
 * {@link Node} (through the model's public builders, so JSON can never create a value the API
 * could not) and a writer to a {@link JsonGenerator}. Field names are the model's attribute
 * names; optional and empty fields are left out; defaults are written explicitly.
 */
final class ModelCodec {
  private ModelCodec() {}

  /** Writes one value. */
  @FunctionalInterface
  interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  // ---------------------------------------------------------------- leaves

  static <T> void put(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  static @Nullable String string(Reading r, Node n, String path) {
    if (n.kind != Node.Kind.STRING) {
      r.add(path, n, "expected a string, got " + n.kind.article);
      return null;
    }
    return n.text;
  }

  /** A string parsed by a function that throws on bad text. */
  static <T> Fields.Read<T> parsed(String what, Function<String, T> parse) {
    return (r, n, path) -> {
      String s = string(r, n, path);
      if (s == null) {
        return null;
      }
      try {
        return parse.apply(s);
      } catch (InvalidInputException e) {
        r.add(path, n, e.problems().get(0).message());
      } catch (RuntimeException e) {
        r.add(path, n, "'" + clip(s) + "' is not " + what);
      }
      return null;
    };
  }

  static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static @Nullable Integer integer(Reading r, Node n, String path) {
    Long v = longValue(r, n, path);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      r.add(path, n, n.text + " is too large for this field");
      return null;
    }
    return v.intValue();
  }

  static @Nullable Long longValue(Reading r, Node n, String path) {
    if (n.kind != Node.Kind.NUMBER || !n.integral) {
      r.add(path, n, "expected a whole number, got "
          + (n.kind == Node.Kind.NUMBER ? n.text : n.kind.article));
      return null;
    }
    try {
      return Long.parseLong(n.text);
    } catch (NumberFormatException e) {
      r.add(path, n, n.text + " is too large for this field");
      return null;
    }
  }

  static @Nullable Boolean bool(Reading r, Node n, String path) {
    if (n.kind != Node.Kind.BOOLEAN) {
      r.add(path, n, "expected true or false, got " + n.kind.article);
      return null;
    }
    return Boolean.valueOf(n.text);
  }

  static <E extends Enum<E>> Fields.Read<E> enumOf(Class<E> type) {
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
    return (r, n, path) -> {
      String s = string(r, n, path);
      if (s == null) {
        return null;
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      r.add(path, n, "'" + clip(s) + "' is not one of " + names);
      return null;
    };
  }

  static final Fields.Read<String> STRING = ModelCodec::string;
  static final Fields.Read<Integer> INT = ModelCodec::integer;
  static final Fields.Read<LocalDate> DATE = parsed("a date such as 2024-03-01", LocalDate::parse);
  static final Fields.Read<LocalDateTime> DATE_TIME =
      parsed("a local date-time such as 2024-03-01T09:30", LocalDateTime::parse);
  static final Fields.Read<LocalTime> TIME = parsed("a time such as 09:00", LocalTime::parse);
  static final Fields.Read<Instant> INSTANT =
      parsed("an instant such as 2024-03-01T08:30:00Z", Instant::parse);
  static final Fields.Read<ZoneId> ZONE =
      parsed("a time zone such as Europe/Stockholm", ZoneId::of);
  static final Fields.Read<Duration> DURATION =
      parsed("a duration such as PT1H30M", Duration::parse);
  static final Fields.Read<URI> LINK = parsed("a link such as https://meet.example/x",
      s -> {
        try {
          return new URI(s);
        } catch (URISyntaxException e) {
          throw new IllegalArgumentException(e);
        }
      });

  // ids
  static final Fields.Read<ProgramId> PROGRAM_ID = parsed("an id", ProgramId::of);
  static final Fields.Read<EditionId> EDITION_ID = parsed("an id", EditionId::of);
  static final Fields.Read<TrackId> TRACK_ID = parsed("an id", TrackId::of);
  static final Fields.Read<ModuleId> MODULE_ID = parsed("an id", ModuleId::of);
  static final Fields.Read<EventId> EVENT_ID = parsed("an id", EventId::of);
  static final Fields.Read<VenueId> VENUE_ID = parsed("an id", VenueId::of);
  static final Fields.Read<PersonId> PERSON_ID = parsed("an id", PersonId::of);
  static final Fields.Read<OrganizationId> ORG_ID = parsed("an id", OrganizationId::of);
  static final Fields.Read<PairingId> PAIRING_ID = parsed("an id", PairingId::of);
  static final Fields.Read<CircleId> CIRCLE_ID = parsed("an id", CircleId::of);
  static final Fields.Read<VisitId> VISIT_ID = parsed("an id", VisitId::of);
  static final Fields.Read<SeriesId> SERIES_ID = parsed("an id", SeriesId::of);
  static final Fields.Read<MonthDay> MONTH_DAY =
      parsed("a day of the year such as --06-01", MonthDay::parse);
  static final Fields.Read<FindingId> FINDING_ID = parsed("an id", FindingId::of);
  static final Fields.Read<EvaluationId> EVALUATION_ID = parsed("an id", EvaluationId::of);

  static void id(JsonGenerator g, String name, TypedId id) throws IOException {
    g.writeStringField(name, id.value());
  }

  static <T> void opt(JsonGenerator g, String name, Optional<T> value, Write<T> write)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      write.write(g, value.get());
    }
  }

  static <T> void field(JsonGenerator g, String name, T value, Write<T> write)
      throws IOException {
    g.writeFieldName(name);
    write.write(g, value);
  }

  static <T> void list(JsonGenerator g, String name, Collection<T> values, Write<T> write)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (T v : values) {
        write.write(g, v);
      }
      g.writeEndArray();
    }
  }

  static final Write<Object> TEXT = (g, v) -> g.writeString(v.toString());
  static final Write<TypedId> ID = (g, v) -> g.writeString(v.value());
  static final Write<Enum<?>> NAME = (g, v) -> g.writeString(v.name());
  static final Write<Integer> NUMBER = (g, v) -> g.writeNumber(v);

  // ---------------------------------------------------------------- time values

  static @Nullable DateRange dateRange(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    LocalDate start = f.req("start", DATE);
    LocalDate end = f.req("end", DATE);
    return f.build(() -> DateRange.of(Fields.given(start), Fields.given(end)));
  }

  static void dateRange(JsonGenerator g, DateRange v) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", v.start().toString());
    g.writeStringField("end", v.end().toString());
    g.writeEndObject();
  }

  static @Nullable TimeSpan timeSpan(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    LocalDateTime start = f.req("start", DATE_TIME);
    LocalDateTime end = f.req("end", DATE_TIME);
    ZoneId zone = f.req("zone", ZONE);
    return f.build(() -> TimeSpan.of(Fields.given(start), Fields.given(end),
        Fields.given(zone)));
  }

  static void timeSpan(JsonGenerator g, TimeSpan v) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", v.start().toString());
    g.writeStringField("end", v.end().toString());
    g.writeStringField("zone", v.zone().getId());
    g.writeEndObject();
  }

  static @Nullable Cadence cadence(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    Cadence.Kind kind = f.req("kind", enumOf(Cadence.Kind.class));
    Integer count = f.req("count", INT);
    return f.build(() -> Cadence.of(Fields.given(kind), Fields.given(count)));
  }

  static void cadence(JsonGenerator g, Cadence v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", v.kind().name());
    g.writeNumberField("count", v.count());
    g.writeEndObject();
  }

  static @Nullable Term term(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    String name = f.req("name", STRING);
    DateRange dates = f.req("dates", ModelCodec::dateRange);
    return f.build(() -> Term.of(Fields.given(name), Fields.given(dates)));
  }

  static void term(JsonGenerator g, Term v) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    field(g, "dates", v.dates(), ModelCodec::dateRange);
    g.writeEndObject();
  }

  static @Nullable AcademicCalendar academicCalendar(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = AcademicCalendar.builder();
    put(f.req("name", STRING), b::name);
    b.addAllTerms(f.list("terms", ModelCodec::term));
    return f.build(b::build);
  }

  static void academicCalendar(JsonGenerator g, AcademicCalendar v) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    list(g, "terms", v.terms(), ModelCodec::term);
    g.writeEndObject();
  }

  static @Nullable HolidayCalendar holidayCalendar(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = HolidayCalendar.builder();
    put(f.req("name", STRING), b::name);
    Map<String, String> days = f.map("holidays", STRING);
    Map<LocalDate, String> parsed = new TreeMap<>();
    for (Map.Entry<String, String> e : days.entrySet()) {
      Node holidays = requireNonNull(n.fields.get("holidays"), "the days were read from it");
      LocalDate d = DATE.read(r, Node.scalar(Node.Kind.STRING, holidays.line, holidays.column,
          e.getKey(), false), path + ".holidays." + e.getKey());
      if (d != null) {
        parsed.put(d, e.getValue());
      }
    }
    b.putAllHolidays(parsed);
    return f.build(b::build);
  }

  static void holidayCalendar(JsonGenerator g, HolidayCalendar v) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    if (!v.holidays().isEmpty()) {
      g.writeObjectFieldStart("holidays");
      for (Map.Entry<LocalDate, String> e : v.holidays().entrySet()) {
        g.writeStringField(e.getKey().toString(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static @Nullable WorkingHours workingHours(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = WorkingHours.builder();
    put(f.req("zone", ZONE), b::zone);
    b.putAllOpeningTimes(days(r, n, path, f.map("openingTimes", TIME), "openingTimes"));
    b.putAllClosingTimes(days(r, n, path, f.map("closingTimes", TIME), "closingTimes"));
    return f.build(b::build);
  }

  private static Map<DayOfWeek, LocalTime> days(Reading r, Node n, String path,
      Map<String, LocalTime> times, String field) {
    Map<DayOfWeek, LocalTime> out = new EnumMap<>(DayOfWeek.class);
    Fields.Read<DayOfWeek> day = enumOf(DayOfWeek.class);
    for (Map.Entry<String, LocalTime> e : times.entrySet()) {
      Node at = requireNonNull(n.fields.get(field), "the times were read from it");
      DayOfWeek d = day.read(r, Node.scalar(Node.Kind.STRING, at.line, at.column, e.getKey(),
          false), path + "." + field + "." + e.getKey());
      if (d != null) {
        out.put(d, e.getValue());
      }
    }
    return out;
  }

  static void workingHours(JsonGenerator g, WorkingHours v) throws IOException {
    g.writeStartObject();
    g.writeStringField("zone", v.zone().getId());
    for (String field : new String[] {"openingTimes", "closingTimes"}) {
      Map<DayOfWeek, LocalTime> times =
          field.equals("openingTimes") ? v.openingTimes() : v.closingTimes();
      if (!times.isEmpty()) {
        g.writeObjectFieldStart(field);
        for (Map.Entry<DayOfWeek, LocalTime> e : new TreeMap<>(times).entrySet()) {
          g.writeStringField(e.getKey().name(), e.getValue().toString());
        }
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- shared model values

  static @Nullable LocalizedText localizedText(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = LocalizedText.builder();
    put(f.req("original", STRING), b::original);
    b.putAllTexts(f.map("texts", STRING));
    return f.build(b::build);
  }

  static void localizedText(JsonGenerator g, LocalizedText v) throws IOException {
    g.writeStartObject();
    g.writeStringField("original", v.original());
    g.writeObjectFieldStart("texts");
    for (Map.Entry<String, String> e : v.texts().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static @Nullable Person person(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Person.builder();
    put(f.req("id", PERSON_ID), b::id);
    put(f.req("fullName", STRING), b::fullName);
    put(f.opt("email", STRING), b::email);
    put(f.opt("organization", ORG_ID), b::organization);
    put(f.opt("unit", STRING), b::unit);
    put(f.opt("reportsTo", PERSON_ID), b::reportsTo);
    put(f.req("country", STRING), b::country);
    put(f.opt("region", STRING), b::region);
    b.addAllLanguages(f.set("languages", STRING));
    b.addAllInterests(f.set("interests", STRING));
    put(f.opt("experience", enumOf(ExperienceLevel.class)), b::experience);
    put(f.opt("careerStage", enumOf(CareerStage.class)), b::careerStage);
    put(f.req("homeZone", ZONE), b::homeZone);
    put(f.opt("workingHours", ModelCodec::workingHours), b::workingHours);
    PersonAttributesCodec.read(f, b);
    return f.build(b::build);
  }

  static void person(JsonGenerator g, Person v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("fullName", v.fullName());
    opt(g, "email", v.email(), TEXT::write);
    opt(g, "organization", v.organization(), ID::write);
    opt(g, "unit", v.unit(), TEXT::write);
    opt(g, "reportsTo", v.reportsTo(), ID::write);
    g.writeStringField("country", v.country());
    opt(g, "region", v.region(), TEXT::write);
    list(g, "languages", v.languages(), TEXT::write);
    list(g, "interests", v.interests(), TEXT::write);
    g.writeStringField("experience", v.experience().name());
    opt(g, "careerStage", v.careerStage(), NAME::write);
    g.writeStringField("homeZone", v.homeZone().getId());
    field(g, "workingHours", v.workingHours(), ModelCodec::workingHours);
    PersonAttributesCodec.write(g, v);
    g.writeEndObject();
  }

  static @Nullable Organization organization(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Organization.builder();
    put(f.req("id", ORG_ID), b::id);
    put(f.req("name", ModelCodec::localizedText), b::name);
    put(f.req("sector", enumOf(Sector.class)), b::sector);
    put(f.req("country", STRING), b::country);
    put(f.opt("city", STRING), b::city);
    put(f.opt("parent", ORG_ID), b::parent);
    return f.build(b::build);
  }

  static void organization(JsonGenerator g, Organization v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "name", v.name(), ModelCodec::localizedText);
    g.writeStringField("sector", v.sector().name());
    g.writeStringField("country", v.country());
    opt(g, "city", v.city(), TEXT::write);
    opt(g, "parent", v.parent(), ID::write);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- program parts

  static @Nullable Venue venue(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Venue.builder();
    put(f.req("id", VENUE_ID), b::id);
    put(f.req("name", STRING), b::name);
    put(f.req("city", STRING), b::city);
    put(f.req("country", STRING), b::country);
    put(f.req("zone", ZONE), b::zone);
    put(f.req("capacity", INT), b::capacity);
    put(f.opt("organization", ORG_ID), b::organization);
    put(f.opt("dayShape", DayShapeCodec::read), b::dayShape);
    return f.build(b::build);
  }

  static void venue(JsonGenerator g, Venue v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("name", v.name());
    g.writeStringField("city", v.city());
    g.writeStringField("country", v.country());
    g.writeStringField("zone", v.zone().getId());
    g.writeNumberField("capacity", v.capacity());
    opt(g, "organization", v.organization(), ID::write);
    opt(g, "dayShape", v.dayShape(), DayShapeCodec::write);
    g.writeEndObject();
  }

  static @Nullable RoleAssignment roleAssignment(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = RoleAssignment.builder();
    put(f.req("person", PERSON_ID), b::person);
    put(f.req("role", enumOf(Role.class)), b::role);
    put(f.opt("module", MODULE_ID), b::module);
    put(f.opt("onBehalfOf", ORG_ID), b::onBehalfOf);
    return f.build(b::build);
  }

  static void roleAssignment(JsonGenerator g, RoleAssignment v) throws IOException {
    g.writeStartObject();
    id(g, "person", v.person());
    g.writeStringField("role", v.role().name());
    opt(g, "module", v.module(), ID::write);
    opt(g, "onBehalfOf", v.onBehalfOf(), ID::write);
    g.writeEndObject();
  }

  static @Nullable FundingCycle fundingCycle(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = FundingCycle.builder();
    put(f.req("funder", ORG_ID), b::funder);
    put(f.req("call", STRING), b::call);
    put(f.opt("applicationDeadline", DATE), b::applicationDeadline);
    put(f.req("status", enumOf(FundingStatus.class)), b::status);
    return f.build(b::build);
  }

  static void fundingCycle(JsonGenerator g, FundingCycle v) throws IOException {
    g.writeStartObject();
    id(g, "funder", v.funder());
    g.writeStringField("call", v.call());
    opt(g, "applicationDeadline", v.applicationDeadline(), TEXT::write);
    g.writeStringField("status", v.status().name());
    g.writeEndObject();
  }

  static @Nullable Eligibility eligibility(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Eligibility.builder();
    b.addAllRegions(f.set("regions", STRING));
    b.addAllCountries(f.set("countries", STRING));
    b.addAllCareerStages(f.set("careerStages", enumOf(CareerStage.class)));
    return f.build(b::build);
  }

  static void eligibility(JsonGenerator g, Eligibility v) throws IOException {
    g.writeStartObject();
    list(g, "regions", v.regions(), TEXT::write);
    list(g, "countries", v.countries(), TEXT::write);
    list(g, "careerStages", v.careerStages(), NAME::write);
    g.writeEndObject();
  }

  static @Nullable Track track(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Track.builder();
    put(f.req("id", TRACK_ID), b::id);
    put(f.req("name", ModelCodec::localizedText), b::name);
    put(f.req("focus", ModelCodec::localizedText), b::focus);
    put(f.opt("eligibility", ModelCodec::eligibility), b::eligibility);
    put(f.opt("capacity", INT), b::capacity);
    return f.build(b::build);
  }

  static void track(JsonGenerator g, Track v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "name", v.name(), ModelCodec::localizedText);
    field(g, "focus", v.focus(), ModelCodec::localizedText);
    field(g, "eligibility", v.eligibility(), ModelCodec::eligibility);
    opt(g, "capacity", v.capacity(), NUMBER);
    g.writeEndObject();
  }

  static @Nullable Session session(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Session.builder();
    put(f.req("id", EVENT_ID), b::id);
    put(f.req("title", ModelCodec::localizedText), b::title);
    put(f.req("format", enumOf(SessionFormat.class)), b::format);
    put(f.req("mode", enumOf(DeliveryMode.class)), b::mode);
    put(f.opt("when", ModelCodec::timeSpan), b::when);
    put(f.opt("duration", DURATION), b::duration);
    put(f.opt("venue", VENUE_ID), b::venue);
    put(f.opt("onlineLink", LINK), b::onlineLink);
    put(f.opt("host", ORG_ID), b::host);
    b.addAllFacilitators(f.set("facilitators", PERSON_ID));
    b.addAllSpeakers(f.set("speakers", PERSON_ID));
    put(f.opt("required", ModelCodec::bool), b::required);
    b.addAllAfter(f.set("after", EVENT_ID));
    put(f.opt("position", enumOf(SessionPosition.class)), b::position);
    b.addAllGroups(f.list("groups", ModelCodec::sessionGroup));
    return f.build(b::build);
  }

  static @Nullable SessionGroup sessionGroup(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = SessionGroup.builder();
    put(f.req("name", STRING), b::name);
    b.addAllFacilitators(f.set("facilitators", PERSON_ID));
    b.addAllParticipants(f.set("participants", PERSON_ID));
    put(f.opt("venue", VENUE_ID), b::venue);
    put(f.opt("onlineLink", LINK), b::onlineLink);
    return f.build(b::build);
  }

  static void sessionGroup(JsonGenerator g, SessionGroup v) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    list(g, "facilitators", v.facilitators(), ID::write);
    list(g, "participants", v.participants(), ID::write);
    opt(g, "venue", v.venue(), ID::write);
    opt(g, "onlineLink", v.onlineLink(), TEXT::write);
    g.writeEndObject();
  }

  static void session(JsonGenerator g, Session v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "title", v.title(), ModelCodec::localizedText);
    g.writeStringField("format", v.format().name());
    g.writeStringField("mode", v.mode().name());
    opt(g, "when", v.when(), ModelCodec::timeSpan);
    g.writeStringField("duration", v.duration().toString());
    opt(g, "venue", v.venue(), ID::write);
    opt(g, "onlineLink", v.onlineLink(), TEXT::write);
    opt(g, "host", v.host(), ID::write);
    list(g, "facilitators", v.facilitators(), ID::write);
    list(g, "speakers", v.speakers(), ID::write);
    g.writeBooleanField("required", v.required());
    list(g, "after", v.after(), ID::write);
    if (v.position() != SessionPosition.ANYWHERE) {
      g.writeStringField("position", v.position().name());
    }
    list(g, "groups", v.groups(), ModelCodec::sessionGroup);
    g.writeEndObject();
  }

  static @Nullable Module module(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Module.builder();
    put(f.req("id", MODULE_ID), b::id);
    put(f.req("title", ModelCodec::localizedText), b::title);
    put(f.req("window", ModelCodec::dateRange), b::window);
    b.addAllTopics(f.list("topics", STRING));
    put(f.req("mode", enumOf(DeliveryMode.class)), b::mode);
    b.addAllFacilitators(f.set("facilitators", PERSON_ID));
    b.addAllTracks(f.set("tracks", TRACK_ID));
    b.addAllSessions(f.list("sessions", ModelCodec::session));
    put(f.opt("dayShape", DayShapeCodec::read), b::dayShape);
    return f.build(b::build);
  }

  static void module(JsonGenerator g, Module v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "title", v.title(), ModelCodec::localizedText);
    field(g, "window", v.window(), ModelCodec::dateRange);
    list(g, "topics", v.topics(), TEXT::write);
    g.writeStringField("mode", v.mode().name());
    list(g, "facilitators", v.facilitators(), ID::write);
    list(g, "tracks", v.tracks(), ID::write);
    list(g, "sessions", v.sessions(), ModelCodec::session);
    opt(g, "dayShape", v.dayShape(), DayShapeCodec::write);
    g.writeEndObject();
  }

  static @Nullable EnrollmentPolicy enrollmentPolicy(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = EnrollmentPolicy.builder();
    put(f.req("capacity", INT), b::capacity);
    if (n.fields.containsKey("audiences")) {
      b.audiences(f.set("audiences", enumOf(Audience.class)));
    }
    put(f.opt("staffPlaces", INT), b::staffPlaces);
    put(f.opt("externalPlaces", INT), b::externalPlaces);
    return f.build(b::build);
  }

  static void enrollmentPolicy(JsonGenerator g, EnrollmentPolicy v) throws IOException {
    g.writeStartObject();
    g.writeNumberField("capacity", v.capacity());
    g.writeArrayFieldStart("audiences");
    for (Audience a : v.audiences()) {
      g.writeString(a.name());
    }
    g.writeEndArray();
    opt(g, "staffPlaces", v.staffPlaces(), NUMBER);
    opt(g, "externalPlaces", v.externalPlaces(), NUMBER);
    g.writeEndObject();
  }

  static @Nullable Enrollment enrollment(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Enrollment.builder();
    put(f.req("person", PERSON_ID), b::person);
    put(f.req("status", enumOf(EnrollmentStatus.class)), b::status);
    put(f.req("audience", enumOf(Audience.class)), b::audience);
    put(f.opt("track", TRACK_ID), b::track);
    put(f.req("sequence", ModelCodec::longValue), b::sequence);
    return f.build(b::build);
  }

  static void enrollment(JsonGenerator g, Enrollment v) throws IOException {
    g.writeStartObject();
    id(g, "person", v.person());
    g.writeStringField("status", v.status().name());
    g.writeStringField("audience", v.audience().name());
    opt(g, "track", v.track(), ID::write);
    g.writeNumberField("sequence", v.sequence());
    g.writeEndObject();
  }

  static @Nullable Edition edition(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Edition.builder();
    put(f.req("id", EDITION_ID), b::id);
    put(f.req("label", STRING), b::label);
    put(f.req("period", ModelCodec::dateRange), b::period);
    put(f.opt("funding", ModelCodec::fundingCycle), b::funding);
    b.addAllTracks(f.list("tracks", ModelCodec::track));
    b.addAllModules(f.list("modules", ModelCodec::module));
    put(f.opt("moduleOrderRequired", ModelCodec::bool), b::moduleOrderRequired);
    put(f.opt("enrollmentPolicy", ModelCodec::enrollmentPolicy), b::enrollmentPolicy);
    b.addAllEnrollments(f.list("enrollments", ModelCodec::enrollment));
    return f.build(b::build);
  }

  static void edition(JsonGenerator g, Edition v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("label", v.label());
    field(g, "period", v.period(), ModelCodec::dateRange);
    opt(g, "funding", v.funding(), ModelCodec::fundingCycle);
    list(g, "tracks", v.tracks(), ModelCodec::track);
    list(g, "modules", v.modules(), ModelCodec::module);
    g.writeBooleanField("moduleOrderRequired", v.moduleOrderRequired());
    opt(g, "enrollmentPolicy", v.enrollmentPolicy(), ModelCodec::enrollmentPolicy);
    list(g, "enrollments", v.enrollments(), ModelCodec::enrollment);
    g.writeEndObject();
  }

  static @Nullable Meeting meeting(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Meeting.builder();
    put(f.req("id", EVENT_ID), b::id);
    put(f.req("when", ModelCodec::timeSpan), b::when);
    put(f.req("mode", enumOf(DeliveryMode.class)), b::mode);
    put(f.opt("venue", VENUE_ID), b::venue);
    put(f.opt("onlineLink", LINK), b::onlineLink);
    put(f.opt("status", enumOf(MeetingStatus.class)), b::status);
    return f.build(b::build);
  }

  static void meeting(JsonGenerator g, Meeting v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "when", v.when(), ModelCodec::timeSpan);
    g.writeStringField("mode", v.mode().name());
    opt(g, "venue", v.venue(), ID::write);
    opt(g, "onlineLink", v.onlineLink(), TEXT::write);
    g.writeStringField("status", v.status().name());
    g.writeEndObject();
  }

  static @Nullable MentorPairing mentorPairing(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = MentorPairing.builder();
    put(f.req("id", PAIRING_ID), b::id);
    put(f.req("mentor", PERSON_ID), b::mentor);
    put(f.req("mentee", PERSON_ID), b::mentee);
    put(f.req("direction", enumOf(PairingDirection.class)), b::direction);
    put(f.req("cadence", ModelCodec::cadence), b::cadence);
    put(f.req("period", ModelCodec::dateRange), b::period);
    b.addAllMeetings(f.list("meetings", ModelCodec::meeting));
    put(f.opt("rationale", STRING), b::rationale);
    return f.build(b::build);
  }

  static void mentorPairing(JsonGenerator g, MentorPairing v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    id(g, "mentor", v.mentor());
    id(g, "mentee", v.mentee());
    g.writeStringField("direction", v.direction().name());
    field(g, "cadence", v.cadence(), ModelCodec::cadence);
    field(g, "period", v.period(), ModelCodec::dateRange);
    list(g, "meetings", v.meetings(), ModelCodec::meeting);
    opt(g, "rationale", v.rationale(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable CircleMember circleMember(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    PersonId person = f.req("person", PERSON_ID);
    ExperienceLevel level = f.req("level", enumOf(ExperienceLevel.class));
    return f.build(() -> CircleMember.of(Fields.given(person), Fields.given(level)));
  }

  static void circleMember(JsonGenerator g, CircleMember v) throws IOException {
    g.writeStartObject();
    id(g, "person", v.person());
    g.writeStringField("level", v.level().name());
    g.writeEndObject();
  }

  static @Nullable LearningCircle learningCircle(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = LearningCircle.builder();
    put(f.req("id", CIRCLE_ID), b::id);
    put(f.req("name", STRING), b::name);
    b.addAllMembers(f.list("members", ModelCodec::circleMember));
    b.addAllFacilitators(f.set("facilitators", PERSON_ID));
    b.addAllInvitedExperts(f.set("invitedExperts", PERSON_ID));
    // the composition's fields sit flat in the circle, so its problems name them there
    var c = CircleComposition.builder();
    put(f.opt("minSize", INT), c::minSize);
    put(f.opt("maxSize", INT), c::maxSize);
    put(f.opt("minExperienced", INT), c::minExperienced);
    put(f.opt("minNovices", INT), c::minNovices);
    put(f.opt("minFacilitators", INT), c::minFacilitators);
    put(f.req("cadence", ModelCodec::cadence), b::cadence);
    put(f.req("period", ModelCodec::dateRange), b::period);
    b.addAllMeetings(f.list("meetings", ModelCodec::meeting));
    return f.build(() -> b.composition(c.build()).build());
  }

  static void learningCircle(JsonGenerator g, LearningCircle v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("name", v.name());
    list(g, "members", v.members(), ModelCodec::circleMember);
    list(g, "facilitators", v.facilitators(), ID::write);
    list(g, "invitedExperts", v.invitedExperts(), ID::write);
    CircleComposition c = v.composition();
    g.writeNumberField("minSize", c.minSize());
    g.writeNumberField("maxSize", c.maxSize());
    g.writeNumberField("minExperienced", c.minExperienced());
    g.writeNumberField("minNovices", c.minNovices());
    g.writeNumberField("minFacilitators", c.minFacilitators());
    field(g, "cadence", v.cadence(), ModelCodec::cadence);
    field(g, "period", v.period(), ModelCodec::dateRange);
    list(g, "meetings", v.meetings(), ModelCodec::meeting);
    g.writeEndObject();
  }

  static @Nullable ExchangeVisit exchangeVisit(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = ExchangeVisit.builder();
    put(f.req("id", VISIT_ID), b::id);
    put(f.req("kind", enumOf(ExchangeKind.class)), b::kind);
    b.addAllVisitors(f.set("visitors", PERSON_ID));
    put(f.req("host", ORG_ID), b::host);
    put(f.req("city", STRING), b::city);
    put(f.req("country", STRING), b::country);
    put(f.req("period", ModelCodec::dateRange), b::period);
    put(f.opt("window", ModelCodec::dateRange), b::window);
    put(f.opt("hostCapacity", INT), b::hostCapacity);
    put(f.opt("travelDays", INT), b::travelDays);
    put(f.opt("hostAvailability", ModelCodec::hostAvailability), b::hostAvailability);
    put(f.opt("theme", STRING), b::theme);
    return f.build(b::build);
  }

  static @Nullable HostAvailability hostAvailability(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = HostAvailability.builder();
    b.addAllOpen(f.list("open", ModelCodec::dateRange));
    b.addAllWeekdays(f.set("weekdays", enumOf(DayOfWeek.class)));
    return f.build(b::build);
  }

  static void hostAvailability(JsonGenerator g, HostAvailability v) throws IOException {
    g.writeStartObject();
    list(g, "open", v.open(), ModelCodec::dateRange);
    list(g, "weekdays", new TreeSet<>(v.weekdays()), (x, d) -> x.writeString(d.name()));
    g.writeEndObject();
  }

  static void exchangeVisit(JsonGenerator g, ExchangeVisit v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("kind", v.kind().name());
    list(g, "visitors", v.visitors(), ID::write);
    id(g, "host", v.host());
    g.writeStringField("city", v.city());
    g.writeStringField("country", v.country());
    field(g, "period", v.period(), ModelCodec::dateRange);
    opt(g, "window", v.window(), ModelCodec::dateRange);
    opt(g, "hostCapacity", v.hostCapacity(), NUMBER);
    if (v.travelDays() != 0) {
      g.writeNumberField("travelDays", v.travelDays());
    }
    opt(g, "hostAvailability", v.hostAvailability(), ModelCodec::hostAvailability);
    opt(g, "theme", v.theme(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Finding finding(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Finding.builder();
    put(f.req("id", FINDING_ID), b::id);
    put(f.req("issue", STRING), b::issue);
    put(f.opt("category", STRING), b::category);
    return f.build(b::build);
  }

  static void finding(JsonGenerator g, Finding v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("issue", v.issue());
    opt(g, "category", v.category(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable FollowUpAction followUpAction(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = FollowUpAction.builder();
    put(f.req("finding", FINDING_ID), b::finding);
    put(f.req("partner", ORG_ID), b::partner);
    put(f.req("action", STRING), b::action);
    put(f.opt("due", DATE), b::due);
    put(f.req("status", enumOf(ActionStatus.class)), b::status);
    return f.build(b::build);
  }

  static void followUpAction(JsonGenerator g, FollowUpAction v) throws IOException {
    g.writeStartObject();
    id(g, "finding", v.finding());
    id(g, "partner", v.partner());
    g.writeStringField("action", v.action());
    opt(g, "due", v.due(), TEXT::write);
    g.writeStringField("status", v.status().name());
    g.writeEndObject();
  }

  static @Nullable OutreachMeeting outreachMeeting(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = OutreachMeeting.builder();
    put(f.req("id", EVENT_ID), b::id);
    put(f.req("community", STRING), b::community);
    put(f.opt("region", STRING), b::region);
    put(f.req("country", STRING), b::country);
    put(f.req("when", ModelCodec::timeSpan), b::when);
    put(f.opt("window", ModelCodec::dateRange), b::window);
    put(f.opt("travelFromBase", DURATION), b::travelFromBase);
    put(f.opt("series", SERIES_ID), b::series);
    put(f.opt("occurrence", INT), b::occurrence);
    b.addAllLeaders(f.set("leaders", PERSON_ID));
    put(f.opt("residentsAttending", INT), b::residentsAttending);
    b.addAllFindings(f.list("findings", ModelCodec::finding));
    b.addAllFollowUps(f.list("followUps", ModelCodec::followUpAction));
    return f.build(b::build);
  }

  static void outreachMeeting(JsonGenerator g, OutreachMeeting v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("community", v.community());
    opt(g, "region", v.region(), TEXT::write);
    g.writeStringField("country", v.country());
    field(g, "when", v.when(), ModelCodec::timeSpan);
    opt(g, "window", v.window(), ModelCodec::dateRange);
    opt(g, "travelFromBase", v.travelFromBase(), TEXT::write);
    opt(g, "series", v.series(), ID::write);
    opt(g, "occurrence", v.occurrence(), NUMBER);
    list(g, "leaders", v.leaders(), ID::write);
    opt(g, "residentsAttending", v.residentsAttending(), NUMBER);
    list(g, "findings", v.findings(), ModelCodec::finding);
    list(g, "followUps", v.followUps(), ModelCodec::followUpAction);
    g.writeEndObject();
  }

  static @Nullable Season season(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    MonthDay first = f.req("first", MONTH_DAY);
    MonthDay last = f.req("last", MONTH_DAY);
    return f.build(() -> Season.of(Fields.given(first), Fields.given(last)));
  }

  static void season(JsonGenerator g, Season v) throws IOException {
    g.writeStartObject();
    g.writeStringField("first", v.first().toString());
    g.writeStringField("last", v.last().toString());
    g.writeEndObject();
  }

  static @Nullable OutreachSeries outreachSeries(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = OutreachSeries.builder();
    put(f.req("id", SERIES_ID), b::id);
    put(f.req("community", STRING), b::community);
    put(f.opt("region", STRING), b::region);
    put(f.req("country", STRING), b::country);
    put(f.req("cadence", ModelCodec::cadence), b::cadence);
    put(f.opt("period", ModelCodec::dateRange), b::period);
    put(f.opt("season", ModelCodec::season), b::season);
    put(f.req("length", DURATION), b::length);
    put(f.opt("preferredStart", TIME), b::preferredStart);
    b.addAllLeaders(f.set("leaders", PERSON_ID));
    put(f.opt("travelFromBase", DURATION), b::travelFromBase);
    return f.build(b::build);
  }

  static void outreachSeries(JsonGenerator g, OutreachSeries v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("community", v.community());
    opt(g, "region", v.region(), TEXT::write);
    g.writeStringField("country", v.country());
    field(g, "cadence", v.cadence(), ModelCodec::cadence);
    opt(g, "period", v.period(), ModelCodec::dateRange);
    opt(g, "season", v.season(), ModelCodec::season);
    g.writeStringField("length", v.length().toString());
    opt(g, "preferredStart", v.preferredStart(), TEXT::write);
    list(g, "leaders", v.leaders(), ID::write);
    opt(g, "travelFromBase", v.travelFromBase(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Representation representation(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Representation.builder();
    put(f.req("organization", ORG_ID), b::organization);
    put(f.req("sector", enumOf(Sector.class)), b::sector);
    put(f.opt("person", PERSON_ID), b::person);
    return f.build(b::build);
  }

  static void representation(JsonGenerator g, Representation v) throws IOException {
    g.writeStartObject();
    id(g, "organization", v.organization());
    g.writeStringField("sector", v.sector().name());
    opt(g, "person", v.person(), ID::write);
    g.writeEndObject();
  }

  static @Nullable ReflectionMeeting reflectionMeeting(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = ReflectionMeeting.builder();
    put(f.req("id", EVENT_ID), b::id);
    put(f.req("when", ModelCodec::timeSpan), b::when);
    put(f.opt("window", ModelCodec::dateRange), b::window);
    put(f.opt("venue", VENUE_ID), b::venue);
    b.addAllParticipants(f.list("participants", ModelCodec::representation));
    b.addAllThemes(f.list("themes", STRING));
    return f.build(b::build);
  }

  static void reflectionMeeting(JsonGenerator g, ReflectionMeeting v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "when", v.when(), ModelCodec::timeSpan);
    opt(g, "window", v.window(), ModelCodec::dateRange);
    opt(g, "venue", v.venue(), ID::write);
    list(g, "participants", v.participants(), ModelCodec::representation);
    list(g, "themes", v.themes(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable EvaluationSubject evaluationSubject(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    EvaluationSubject.Kind kind = f.req("kind", enumOf(EvaluationSubject.Kind.class));
    String id = f.req("id", STRING);
    return f.build(() -> EvaluationSubject.of(Fields.given(kind), Fields.given(id)));
  }

  static void evaluationSubject(JsonGenerator g, EvaluationSubject v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", v.kind().name());
    g.writeStringField("id", v.id());
    g.writeEndObject();
  }

  static @Nullable Evaluation evaluation(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Evaluation.builder();
    put(f.req("id", EVALUATION_ID), b::id);
    put(f.req("subject", ModelCodec::evaluationSubject), b::subject);
    put(f.opt("respondent", PERSON_ID), b::respondent);
    put(f.req("submittedOn", DATE), b::submittedOn);
    b.putAllRatings(f.map("ratings", INT));
    put(f.opt("comment", STRING), b::comment);
    return f.build(b::build);
  }

  static void evaluation(JsonGenerator g, Evaluation v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "subject", v.subject(), ModelCodec::evaluationSubject);
    opt(g, "respondent", v.respondent(), ID::write);
    g.writeStringField("submittedOn", v.submittedOn().toString());
    if (!v.ratings().isEmpty()) {
      g.writeObjectFieldStart("ratings");
      for (Map.Entry<String, Integer> e : v.ratings().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    opt(g, "comment", v.comment(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Program program(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Program.builder();
    put(f.req("id", PROGRAM_ID), b::id);
    put(f.req("title", ModelCodec::localizedText), b::title);
    put(f.opt("description", ModelCodec::localizedText), b::description);
    put(f.req("organizer", ORG_ID), b::organizer);
    b.addAllFunders(f.set("funders", ORG_ID));
    b.addAllPartners(f.set("partners", ORG_ID));
    put(f.req("zone", ZONE), b::zone);
    put(f.req("period", ModelCodec::dateRange), b::period);
    put(f.opt("academicCalendar", ModelCodec::academicCalendar), b::academicCalendar);
    put(f.opt("holidays", ModelCodec::holidayCalendar), b::holidays);
    put(f.opt("dayShape", DayShapeCodec::read), b::dayShape);
    b.addAllVenues(f.list("venues", ModelCodec::venue));
    b.addAllRoles(f.list("roles", ModelCodec::roleAssignment));
    b.addAllEditions(f.list("editions", ModelCodec::edition));
    b.addAllPairings(f.list("pairings", ModelCodec::mentorPairing));
    b.addAllCircles(f.list("circles", ModelCodec::learningCircle));
    b.addAllExchangeVisits(f.list("exchangeVisits", ModelCodec::exchangeVisit));
    b.addAllOutreachMeetings(f.list("outreachMeetings", ModelCodec::outreachMeeting));
    b.addAllOutreachSeries(f.list("outreachSeries", ModelCodec::outreachSeries));
    b.addAllReflectionMeetings(f.list("reflectionMeetings", ModelCodec::reflectionMeeting));
    b.addAllEvaluations(f.list("evaluations", ModelCodec::evaluation));
    b.addAllSurveys(f.list("surveys", SurveyCodec::survey));
    b.addAllCompletionRules(f.list("completionRules", SurveyCodec::completionRule));
    b.addAllCommitments(f.list("commitments", ResultsCodec::commitment));
    put(f.opt("resultsFramework", ResultsCodec::resultsFramework), b::resultsFramework);
    put(f.opt("attributeSchema", PersonAttributesCodec::schema), b::attributeSchema);
    return f.build(b::build);
  }

  static void program(JsonGenerator g, Program v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "title", v.title(), ModelCodec::localizedText);
    opt(g, "description", v.description(), ModelCodec::localizedText);
    id(g, "organizer", v.organizer());
    list(g, "funders", v.funders(), ID::write);
    list(g, "partners", v.partners(), ID::write);
    g.writeStringField("zone", v.zone().getId());
    field(g, "period", v.period(), ModelCodec::dateRange);
    opt(g, "academicCalendar", v.academicCalendar(), ModelCodec::academicCalendar);
    opt(g, "holidays", v.holidays(), ModelCodec::holidayCalendar);
    opt(g, "dayShape", v.dayShape(), DayShapeCodec::write);
    list(g, "venues", v.venues(), ModelCodec::venue);
    list(g, "roles", v.roles(), ModelCodec::roleAssignment);
    list(g, "editions", v.editions(), ModelCodec::edition);
    list(g, "pairings", v.pairings(), ModelCodec::mentorPairing);
    list(g, "circles", v.circles(), ModelCodec::learningCircle);
    list(g, "exchangeVisits", v.exchangeVisits(), ModelCodec::exchangeVisit);
    list(g, "outreachMeetings", v.outreachMeetings(), ModelCodec::outreachMeeting);
    list(g, "outreachSeries", v.outreachSeries(), ModelCodec::outreachSeries);
    list(g, "reflectionMeetings", v.reflectionMeetings(), ModelCodec::reflectionMeeting);
    list(g, "evaluations", v.evaluations(), ModelCodec::evaluation);
    list(g, "surveys", v.surveys(), SurveyCodec::survey);
    list(g, "completionRules", v.completionRules(), SurveyCodec::completionRule);
    list(g, "commitments", v.commitments(), ResultsCodec::commitment);
    opt(g, "resultsFramework", v.resultsFramework(), ResultsCodec::resultsFramework);
    // left out when empty, so documents of programs without custom attributes stay as they were
    if (!v.attributeSchema().definitions().isEmpty()) {
      field(g, "attributeSchema", v.attributeSchema(), PersonAttributesCodec::schema);
    }
    g.writeEndObject();
  }
}
