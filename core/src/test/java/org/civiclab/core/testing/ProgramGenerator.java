package org.civiclab.core.testing;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.civiclab.core.enrolment.Roster;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.AttributeDefinition;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.AttributeType;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Eligibility;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
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
import org.civiclab.core.model.Sensitivity;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;

/**
 * Builds valid programs with their directories from a seed and a size, for property tests
 * and contract suites. Every program it returns passes
 * {@link org.civiclab.core.validation.ProgramValidator} against its directory.
 *
 * <p>Texts mix scripts on purpose (Swedish, Bosnian, Cyrillic, Georgian letters, quotes and
 * SQL metacharacters) so that adapters are tested on what real programs contain.
 */
public final class ProgramGenerator {
  static final String[] NAMES = {"Åsa Öberg", "Emina Hadžić", "Ђорђе Петровић",
      "ნინო ბერიძე", "Ivana Kovačević", "O'Brien \"Pat\"", "Robert'); DROP TABLE people;--",
      "Marta Ząbek", "Lars-Åke Nyström", "Лиляна Иванова", "გიორგი მაისურაძე", "Amir Begić"};
  static final String[] TOPICS = {"digital förvaltning", "saradnja sa dijasporom",
      "гражданско участие", "სამოქალაქო ჩართულობა", "open data", "100% \"co-creation\" & _%"};
  static final ZoneId[] ZONES = {ZoneId.of("Europe/Stockholm"), ZoneId.of("Europe/Sarajevo"),
      ZoneId.of("Europe/Brussels"), ZoneId.of("Europe/Sofia"), ZoneId.of("Asia/Tbilisi")};
  static final String[] COUNTRIES = {"SE", "BA", "BE", "BG", "GE", "RS", "XK"};

  private final SplittableRandom random;
  private final int size;
  private final String prefix;
  private final List<Person> people = new ArrayList<>();
  private final List<Organization> organizations = new ArrayList<>();

  private ProgramGenerator(long seed, int size) {
    this.random = new SplittableRandom(seed);
    this.size = Math.max(0, size);
    this.prefix = "g" + Long.toHexString(seed & 0xffffffL);
  }

  /** A generated program with the directory it refers to. */
  public static final class Generated {
    private final Program program;
    private final DirectorySnapshot directory;

    Generated(Program program, DirectorySnapshot directory) {
      this.program = program;
      this.directory = directory;
    }

    /** @return the program */
    public Program program() {
      return program;
    }

    /** @return its people and organisations */
    public DirectorySnapshot directory() {
      return directory;
    }

    @Override
    public String toString() {
      return program.id() + " with " + directory;
    }
  }

  /**
   * Generates a program.
   *
   * @param seed the seed; the same seed and size give the same program
   * @param size roughly how many elements each list gets (0 gives a bare program)
   * @return the program with its directory
   */
  public static Generated generate(long seed, int size) {
    return new ProgramGenerator(seed, size).build();
  }

  /**
   * Attendance records for a program's sessions, deterministic for a seed.
   *
   * @param generated a generated program
   * @param seed the seed
   * @return one record per enrolled person and session
   */
  public static List<Attendance> attendance(Generated generated, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Attendance> out = new ArrayList<>();
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (Edition e : generated.program().editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          for (var en : e.enrollments()) {
            out.add(Attendance.builder().program(generated.program().id()).event(s.id())
                .person(en.person())
                .status(AttendanceStatus.values()[r.nextInt(AttendanceStatus.values().length)])
                .recordedAt(t = t.plusSeconds(1 + r.nextInt(3600))).build());
          }
        }
      }
    }
    return out;
  }

  /**
   * A schema declaring one custom attribute of every type, none required, with both
   * sensitivities and labels in several scripts.
   *
   * @return the schema
   */
  public static AttributeSchema attributeSchema() {
    return AttributeSchema.builder()
        .addDefinitions(AttributeDefinition.builder().key("motivation")
            .label("Motivation – მოტივაცია \"why\"").type(AttributeType.TEXT).build())
        .addDefinitions(AttributeDefinition.builder().key("yearsInService")
            .label("Years in service / Година службе").type(AttributeType.NUMBER).build())
        .addDefinitions(AttributeDefinition.builder().key("alumnusSince")
            .label("Alumnus since").type(AttributeType.DATE).build())
        .addDefinitions(AttributeDefinition.builder().key("language_level")
            .label("Språknivå").type(AttributeType.CHOICE)
            .addChoices("A2", "B1", "B2", "C1 ‘+’").build())
        .addDefinitions(AttributeDefinition.builder().key("disability")
            .label("Disability or health condition").type(AttributeType.TEXT)
            .sensitivity(Sensitivity.SPECIAL_CATEGORY).build())
        .build();
  }

  /**
   * A generated program that declares {@link #attributeSchema()}. Its people carry no custom
   * attributes and none is required, so the program stays valid against its directory; the
   * seed-for-seed output of {@link #generate} is unchanged.
   *
   * @param program a program
   * @return the program with the schema
   */
  public static Program withAttributeSchema(Program program) {
    return program.withAttributeSchema(attributeSchema());
  }

  private int upTo(int n) {
    return n <= 0 ? 0 : random.nextInt(n + 1);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private Person newPerson(OrganizationId org, ExperienceLevel level) {
    int n = people.size();
    ZoneId zone = pick(ZONES);
    Person p = Person.builder().id(PersonId.of(prefix + "-p" + n))
        .fullName(pick(NAMES) + " " + n).organization(org)
        .unit("unit " + (n % 3)).country(pick(COUNTRIES))
        .region(random.nextBoolean() ? "Western Balkans" : "Baltic Sea region")
        .addLanguage("en").addLanguage(random.nextBoolean() ? "sv" : "ka")
        .addInterest(pick(TOPICS)).experience(level)
        .careerStage(pick(CareerStage.values())).homeZone(zone)
        .workingHours(random.nextBoolean() ? WorkingHours.officeHours(zone)
            : WorkingHours.of(zone, LocalTime.of(8, 30), LocalTime.of(16, 0),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)))
        .build();
    people.add(p);
    return p;
  }

  private Organization newOrganization(Sector sector) {
    int n = organizations.size();
    Organization o = Organization.builder().id(OrganizationId.of(prefix + "-o" + n))
        .name(LocalizedText.of("en", "Organisation " + n + " " + pick(TOPICS))
            .with("ka", "ორგანიზაცია " + n))
        .sector(sector).country(pick(COUNTRIES)).city("Tbilisi").build();
    organizations.add(o);
    return o;
  }

  private Generated build() {
    for (Sector s : Sector.values()) {
      newOrganization(s);
    }
    OrganizationId organizer = organizations.get(1).id();
    ZoneId zone = pick(ZONES);
    LocalDate start = LocalDate.of(2023, 1, 2).plusDays(random.nextInt(400));
    DateRange period = DateRange.of(start, start.plusDays(365));
    for (int i = 0; i < 3 + size; i++) {
      newPerson(organizations.get(i % organizations.size()).id(),
          ExperienceLevel.values()[i % 3]);
    }
    Program.Builder b = Program.builder().id(ProgramId.of(prefix + "-program"))
        .title(LocalizedText.of("sv", "Kurs " + pick(TOPICS)).with("en", "Course")
            .with("bg", "Курс").with("ka", "კურსი"))
        .organizer(organizer).addFunder(organizations.get(0).id()).zone(zone).period(period);
    if (random.nextBoolean()) {
      b.description(LocalizedText.of("en", "A generated program: " + pick(TOPICS)));
    }
    b.academicCalendar(AcademicCalendar.builder().name("Year " + start.getYear())
        .addTerm(Term.of("autumn", DateRange.of(start, start.plusDays(120))))
        .addTerm(Term.of("spring", DateRange.of(start.plusDays(150), start.plusDays(330))))
        .build());
    b.holidays(HolidayCalendar.builder().name("holidays").putHoliday(start.plusDays(10),
        "Holiday ‘ten’").build());
    int venues = upTo(Math.min(size, 3));
    for (int v = 0; v < venues; v++) {
      b.addVenue(Venue.builder().id(VenueId.of(prefix + "-v" + v)).name("Hall " + v)
          .city("Linköping").country("SE").zone(ZoneId.of("Europe/Stockholm"))
          .capacity(10 + random.nextInt(90)).organization(organizer).build());
    }
    b.addRole(RoleAssignment.of(people.get(0).id(), Role.COORDINATOR));
    b.addRole(RoleAssignment.builder().person(people.get(1).id()).role(Role.GUEST_SPEAKER)
        .onBehalfOf(organizations.get(2).id()).build());
    int editions = upTo(Math.min(size, 2));
    for (int e = 0; e < editions; e++) {
      b.addEdition(edition(e, period, zone, venues));
    }
    for (int p = 0; p < upTo(Math.min(size, 3)); p++) {
      b.addPairing(pairing(p, period, zone));
    }
    for (int c = 0; c < upTo(Math.min(size, 2)); c++) {
      b.addCircle(circle(c, period, zone));
    }
    for (int v = 0; v < upTo(Math.min(size, 2)); v++) {
      LocalDate d = period.start().plusDays(random.nextInt(300));
      b.addExchangeVisit(ExchangeVisit.builder().id(VisitId.of(prefix + "-x" + v))
          .kind(pick(ExchangeKind.values())).addVisitor(people.get(v % people.size()).id())
          .host(organizations.get(0).id()).city("Tbilisi").country("GE")
          .period(DateRange.of(d, d.plusDays(random.nextInt(30)))).theme(pick(TOPICS)).build());
    }
    for (int o = 0; o < upTo(Math.min(size, 2)); o++) {
      LocalDate d = period.start().plusDays(random.nextInt(300));
      FindingId f = FindingId.of("f" + o);
      b.addOutreachMeeting(OutreachMeeting.builder().id(EventId.of(prefix + "-out" + o))
          .community("სოფელი " + o).region("Kakheti").country("GE")
          .when(TimeSpan.on(d, LocalTime.of(11, 0), LocalTime.of(13, 0), ZoneId.of("Asia/Tbilisi")))
          .addLeader(people.get(0).id()).residentsAttending(random.nextInt(80))
          .addFinding(Finding.builder().id(f).issue("Water supply: \"unreliable\"")
              .category("water").build())
          .addFollowUp(FollowUpAction.builder().finding(f).partner(organizations.get(2).id())
              .action("Raise with the municipality").due(d.plusDays(30))
              .status(pick(ActionStatus.values())).build())
          .build());
    }
    if (size > 0 && random.nextBoolean()) {
      LocalDate d = period.start().plusDays(200);
      var r = ReflectionMeeting.builder();
      reflection(r, d, organizations);
      b.addReflectionMeeting(r.build());
    }
    b.addEvaluation(Evaluation.builder().id(EvaluationId.of(prefix + "-ev0"))
        .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, prefix + "-program"))
        .respondent(people.get(0).id()).submittedOn(period.end())
        .putRating("overall", 1 + random.nextInt(5)).comment("Bra kurs – ძალიან კარგი").build());
    return new Generated(b.build(), DirectorySnapshot.of(people, organizations));
  }

  private void reflection(org.civiclab.core.model.ReflectionMeeting.Builder r, LocalDate d,
      List<Organization> orgs) {
    r.id(EventId.of(prefix + "-refl")).when(TimeSpan.on(d, LocalTime.of(10, 0),
        LocalTime.of(16, 0), ZoneId.of("Asia/Tbilisi"))).addTheme("achievements");
    for (Organization o : orgs) {
      r.addParticipant(Representation.builder().organization(o.id()).sector(o.sector()).build());
    }
  }

  private Edition edition(int e, DateRange period, ZoneId zone, int venues) {
    LocalDate es = period.start().plusDays(e * 150L);
    DateRange ep = DateRange.of(es, es.plusDays(140));
    Edition.Builder b = Edition.builder().id(EditionId.of(prefix + "-e" + e))
        .label(String.valueOf(es.getYear()) + "/" + e).period(ep)
        .funding(FundingCycle.builder().funder(organizations.get(0).id())
            .call("Annual call " + es.getYear()).applicationDeadline(es.minusDays(60))
            .status(pick(FundingStatus.values())).build());
    TrackId track = TrackId.of(prefix + "-t" + e);
    b.addTrack(Track.builder().id(track).name(LocalizedText.of("en", "Western Balkans"))
        .focus(LocalizedText.of("en", "global governance")).eligibility(Eligibility.anyone())
        .build());
    int modules = upTo(Math.min(size, 3));
    for (int m = 0; m < modules; m++) {
      LocalDate ms = es.plusDays(m * 40L);
      DateRange window = DateRange.of(ms, ms.plusDays(10 + random.nextInt(25)));
      Module.Builder mb = Module.builder().id(ModuleId.of(prefix + "-e" + e + "m" + m))
          .title(LocalizedText.of("bs", "Modul " + (m + 1)).with("en", "Module " + (m + 1)))
          .window(window).addTopic(pick(TOPICS)).mode(pick(DeliveryMode.values()))
          .addFacilitator(people.get(0).id());
      int sessions = upTo(Math.min(size, 3));
      for (int s = 0; s < sessions; s++) {
        LocalDate day = window.start().plusDays(random.nextInt((int) window.lengthInDays()));
        DeliveryMode mode = pick(DeliveryMode.values());
        var sb = Session.builder().id(EventId.of(prefix + "-e" + e + "m" + m + "s" + s))
            .title(LocalizedText.of("en", "Session " + s)).format(pick(SessionFormat.values()))
            .mode(mode).addFacilitator(people.get(0).id()).required(random.nextBoolean());
        // one timed session a day: they share the facilitator, and agreed times must not clash
        if (random.nextBoolean() && timedDays.add(day)) {
          sb.when(TimeSpan.on(day, LocalTime.of(9 + random.nextInt(4), 0),
              LocalTime.of(14 + random.nextInt(3), 30), zone));
        } else {
          sb.duration(Duration.ofMinutes(30L * (1 + random.nextInt(8))));
        }
        if (mode != DeliveryMode.ONLINE && venues > 0) {
          sb.venue(VenueId.of(prefix + "-v" + random.nextInt(venues)));
        }
        if (mode != DeliveryMode.ON_SITE) {
          sb.onlineLink(URI.create("https://meet.example.org/" + prefix + "/" + s + "?q=a&b=%20"));
        }
        mb.addSession(sb.build());
      }
      b.addModule(mb.build());
    }
    EnrollmentPolicy policy = EnrollmentPolicy.builder().capacity(1 + upTo(size))
        .staffPlaces(random.nextBoolean() ? 1 : 0).build();
    Roster roster = Roster.empty(policy);
    for (int i = 0; i < Math.min(people.size(), size + 1); i++) {
      roster = roster.register(people.get(i).id(),
          i % 2 == 0 ? Audience.EXTERNAL : Audience.STAFF, java.util.Optional.of(track));
      if (i % 3 == 0 && roster.find(people.get(i).id()).get().holdsPlace()) {
        roster = roster.confirm(people.get(i).id());
      }
    }
    return b.enrollmentPolicy(policy).enrollments(roster.enrollments()).build();
  }

  /** The days that already hold a timed session (all sessions share one facilitator). */
  private final java.util.Set<LocalDate> timedDays = new java.util.HashSet<>();

  private MentorPairing pairing(int p, DateRange period, ZoneId zone) {
    Person mentor = newPerson(organizations.get(4).id(), ExperienceLevel.EXPERIENCED);
    Person mentee = newPerson(organizations.get(1).id(), ExperienceLevel.NOVICE);
    var b = MentorPairing.builder().id(PairingId.of(prefix + "-pair" + p)).mentor(mentor.id())
        .mentee(mentee.id()).direction(pick(PairingDirection.values()))
        .cadence(Cadence.perTerm(2)).period(period).rationale("shared interests +3");
    LocalDate d = period.start().plusDays(20 + random.nextInt(60));
    b.addMeeting(Meeting.builder().id(EventId.of(prefix + "-pair" + p + "-m0"))
        .when(TimeSpan.on(d, LocalTime.of(15, 0), LocalTime.of(16, 0), zone))
        .mode(DeliveryMode.ONLINE).onlineLink(URI.create("https://meet.example.org/p" + p))
        .status(pick(MeetingStatus.values())).build());
    return b.build();
  }

  private LearningCircle circle(int c, DateRange period, ZoneId zone) {
    LearningCircle.Builder b = LearningCircle.builder()
        .id(CircleId.of(prefix + "-c" + c)).name("Წრე " + c)
        .composition(CircleComposition.ofSize(3, 6))
        .cadence(Cadence.everyWeeks(3)).period(period);
    Person facilitator = newPerson(organizations.get(0).id(), ExperienceLevel.EXPERIENCED);
    b.addFacilitator(facilitator.id());
    Person experienced = newPerson(organizations.get(0).id(), ExperienceLevel.EXPERIENCED);
    b.addMember(CircleMember.of(experienced.id(), ExperienceLevel.EXPERIENCED));
    int extra = 2 + upTo(3);
    for (int i = 0; i < extra; i++) {
      ExperienceLevel level = i == 0 ? ExperienceLevel.NOVICE : pick(ExperienceLevel.values());
      b.addMember(CircleMember.of(newPerson(organizations.get(0).id(), level).id(), level));
    }
    b.addInvitedExpert(people.get(0).id());
    return b.build();
  }
}
