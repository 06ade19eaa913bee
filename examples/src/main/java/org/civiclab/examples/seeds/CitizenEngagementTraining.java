package org.civiclab.examples.seeds;

import static org.civiclab.examples.seeds.SeedParts.organization;
import static org.civiclab.examples.seeds.SeedParts.text;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.enrolment.Roster;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DailyBreak;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.WorkingHours;
import org.civiclab.examples.seeds.internal.NameGenerator;

/**
 * Seed 002 (English and Bulgarian): the online training on citizen engagement in policy making.
 *
 * <p>Online on two days, 13 March 2024 10:00–17:00 and 20 March 2024 10:00–13:00; open to
 * Commission staff and external participants; registration with limited places; attending
 * both days recommended; rationales, principles of good practice and tools, deliberation and
 * co-creation with case studies, planning at the design stage of policymaking, networking,
 * peer-to-peer discussion and hands-on group work. Registration runs through a
 * {@link Roster}: more people register than there are places, so some wait, and a
 * cancellation promotes the first on the waiting list.
 */
public final class CitizenEngagementTraining {

  /** The program's id. */
  public static final ProgramId ID = ProgramId.of("citizen-engagement-2024");
  /** The March 2024 edition. */
  public static final EditionId EDITION = EditionId.of("citizen-engagement-2024-03");
  /** The organiser's zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  /** The number of places: an assumption, the text only says places are limited. */
  public static final int CAPACITY = 40;

  static final OrganizationId COMMISSION = OrganizationId.of("eu.commission");

  private static final long SEED = 2_002L;
  private static final int REGISTRATIONS = 46;
  private static final ImmutableList<String> STAFF_COUNTRIES =
      ImmutableList.of("BE", "FR", "DE", "IT", "ES", "NL", "PL", "RO", "BG");
  private static final ImmutableList<String> EXTERNAL_COUNTRIES =
      ImmutableList.of("BG", "BG", "BG", "RO", "PL", "IT", "ES", "LT", "EE");
  private static final ImmutableList<String> DIRECTORATES = ImmutableList.of(
      "Joint Research Centre", "DG Communication", "Secretariat-General",
      "DG Regional and Urban Policy", "DG Employment, Social Affairs and Inclusion");

  private CitizenEngagementTraining() {}

  /**
   * Builds the citizen-engagement training with its directory.
   *
   * @return the seed program
   */
  public static SeedProgram build() {
    NameGenerator names = new NameGenerator(SEED);
    DirectorySnapshot.Builder directory = DirectorySnapshot.builder();
    directory.addOrganization(organization(COMMISSION,
        text("en", "European Commission", "bg", "Европейска комисия"), Sector.GOVERNMENT, "BE",
        "Brussels"));

    List<PersonId> trainers = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      String country = names.pick(STAFF_COUNTRIES);
      Person t = Person.builder().id(PersonId.of("ce:trainer-" + i))
          .fullName(names.next(country).fullName())
          .organization(COMMISSION).unit("Joint Research Centre")
          .country("BE").addLanguages("en")
          .addInterests("citizen engagement", "deliberation", "co-creation")
          .experience(ExperienceLevel.EXPERIENCED).careerStage(CareerStage.SENIOR)
          .homeZone(ZONE).build();
      directory.addPerson(t);
      trainers.add(t.id());
    }

    EnrollmentPolicy policy = EnrollmentPolicy.ofCapacity(CAPACITY);
    Roster roster = Roster.empty(policy);
    List<PersonId> registered = new ArrayList<>();
    for (int i = 1; i <= REGISTRATIONS; i++) {
      boolean staff = i % 2 == 1;
      Person p = staff ? staff(names, i) : external(names, i);
      directory.addPerson(p);
      roster = roster.register(p.id(), staff ? Audience.STAFF : Audience.EXTERNAL,
          Optional.empty());
      registered.add(p.id());
    }
    // Two early registrants cancel; the first two on the waiting list move up.
    roster = roster.cancel(registered.get(4)).cancel(registered.get(11));
    for (int i = 0; i < 30; i++) {
      if (roster.find(registered.get(i)).map(e -> e.status() == EnrollmentStatus.REGISTERED)
          .orElse(false)) {
        roster = roster.confirm(registered.get(i));
      }
    }

    Edition edition = Edition.builder()
        .id(EDITION)
        .label("March 2024")
        .period(DateRange.of(LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 20)))
        .addModule(dayOne(trainers))
        .addModule(dayTwo(trainers))
        .enrollmentPolicy(roster.policy())
        .enrollments(roster.enrollments())
        .build();

    Program program = Program.builder()
        .id(ID)
        .title(text("en", "On-line Training on Citizen Engagement in Policy Making",
            "bg", "Онлайн обучение за ангажираност на гражданите в разработването на политики"))
        .description(text("en", "Citizen engagement refers to the process of engaging "
                + "ordinary citizens in defining together their matters of concerns and how to "
                + "address them.",
            "bg", "Ангажираността на гражданите се отнася до процеса на ангажиране на "
                + "обикновените граждани да определят заедно въпросите, които ги интересуват, "
                + "и как да се справят с тях."))
        .organizer(COMMISSION)
        .zone(ZONE)
        .period(DateRange.of(LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 20)))
        .addRole(RoleAssignment.builder().person(trainers.get(0)).role(Role.FACILITATOR)
            .onBehalfOf(COMMISSION).build())
        .addRole(RoleAssignment.builder().person(trainers.get(1)).role(Role.FACILITATOR)
            .onBehalfOf(COMMISSION).build())
        .addEdition(edition)
        .build();

    return SeedProgram.builder()
        .source("002")
        .program(program)
        .directory(directory.build())
        .addFact("Online, on two days: 13 March 2024 10:00-17:00 and 20 March 2024 "
            + "10:00-13:00; attending both days is recommended.")
        .addFact("Open to Commission staff and to external participants; registration; places "
            + "are limited.")
        .addFact("Covers rationales, principles of good practice and tools; deliberation and "
            + "co-creation with case studies; planning at the design stage of policymaking.")
        .addFact("Networking, peer-to-peer discussion, practical exercises and hands-on group "
            + "work on participants' cases.")
        .addFact("Title and description in English and Bulgarian.")
        .addAssumption("The organiser is the European Commission, so times are in "
            + "Europe/Brussels.")
        .addAssumption("Participants in Eastern European time (UTC+2) work until 18:00 local "
            + "time on the training days, so the last session, ending at 17:00 Brussels time, "
            + "is inside their working hours; everybody else keeps office hours 09:00-17:00.")
        .addAssumption("Capacity " + CAPACITY + " places, no per-audience quota; "
            + REGISTRATIONS + " registrations alternating staff and external, so "
            + (REGISTRATIONS - CAPACITY) + " wait; two cancel and two move up.")
        .addAssumption("The two days are split into sessions following the text's order "
            + "(the draft agenda is not part of the text), with their lengths only: the text "
            + "states the days and hours (day 1 with a lunch break 12:30-13:30, an assumption), "
            + "and the planner places the sessions inside them. Attending is recommended, not "
            + "required, as the text says.")
        .addAssumption("Two trainers from the Joint Research Centre; participants' names "
            + "generated from seed " + SEED + "; external participants mostly from Bulgaria, "
            + "their names in Cyrillic.")
        .addAssumption("The Bulgarian title is a translation of the English one (the text "
            + "gives the title only in English).")
        .build();
  }

  private static Module dayOne(List<PersonId> trainers) {
    LocalDate day = LocalDate.of(2024, 3, 13);
    return Module.builder()
        .id(ModuleId.of("ce-day-1"))
        .title(text("en", "Day 1: why and how to engage citizens",
            "bg", "Ден 1: защо и как да ангажираме гражданите"))
        .window(DateRange.day(day))
        .dayShape(DayShape.builder().dayStart(LocalTime.of(10, 0)).dayEnd(LocalTime.of(17, 0))
            .addWorkingDays(day.getDayOfWeek())
            .addBreaks(DailyBreak.of("lunch", LocalTime.of(12, 30), LocalTime.of(13, 30)))
            .build())
        .addTopics("rationales for citizen engagement", "principles of good practice",
            "tools for running citizen engagement activities",
            "deliberation and co-creation practices", "case studies")
        .mode(DeliveryMode.ONLINE)
        .facilitators(trainers)
        .addSession(session("ce-d1-rationales", 10, 0, 11, 30, SessionFormat.LECTURE,
            "Rationales for citizen engagement and principles of good practice",
            "Основания за ангажиране на гражданите и принципи на добра практика", trainers))
        .addSession(session("ce-d1-networking", 11, 30, 12, 30, SessionFormat.NETWORKING,
            "Networking and peer-to-peer discussion",
            "Работа в мрежа и дискусии между партньори", trainers))
        .addSession(session("ce-d1-methods", 13, 30, 15, 0, SessionFormat.LECTURE,
            "Deliberation and co-creation: methods illustrated with case studies",
            "Обсъждане и съвместно създаване: методи, илюстрирани с казуси", trainers))
        .addSession(session("ce-d1-groupwork", 15, 0, 17, 0, SessionFormat.GROUP_WORK,
            "Hands-on group work on cases of interest to the participants",
            "Практическа групова работа по казуси на участниците", trainers))
        .build();
  }

  private static Module dayTwo(List<PersonId> trainers) {
    LocalDate day = LocalDate.of(2024, 3, 20);
    return Module.builder()
        .id(ModuleId.of("ce-day-2"))
        .title(text("en", "Day 2: planning citizen engagement at the design stage",
            "bg", "Ден 2: планиране на ангажирането на гражданите на етапа на проектиране"))
        .window(DateRange.day(day))
        .dayShape(DayShape.of(LocalTime.of(10, 0), LocalTime.of(13, 0),
            EnumSet.of(day.getDayOfWeek())))
        .addTopics("planning citizen engagement at the design stage of policymaking",
            "practical exercises")
        .mode(DeliveryMode.ONLINE)
        .facilitators(trainers)
        .addSession(session("ce-d2-planning", 10, 0, 11, 30, SessionFormat.LECTURE,
            "Planning citizen engagement activities at the design stage of policymaking",
            "Планиране на дейности за ангажиране на гражданите на етапа на проектиране",
            trainers))
        .addSession(session("ce-d2-exercises", 11, 30, 13, 0, SessionFormat.GROUP_WORK,
            "Practical exercises and peer-to-peer discussion",
            "Практически упражнения и дискусии между партньори", trainers))
        .build();
  }

  private static Session session(String id, int fromHour, int fromMinute,
      int toHour, int toMinute, SessionFormat format, String en, String bg,
      List<PersonId> trainers) {
    return Session.builder()
        .id(EventId.of(id))
        .title(text("en", en, "bg", bg))
        .format(format)
        .mode(DeliveryMode.ONLINE)
        .duration(Duration.between(LocalTime.of(fromHour, fromMinute),
            LocalTime.of(toHour, toMinute)))
        .required(false)
        .facilitators(trainers)
        .build();
  }

  private static Person staff(NameGenerator names, int n) {
    String country = names.pick(STAFF_COUNTRIES);
    return Person.builder().id(PersonId.of("ce:p" + n))
        .fullName(names.next(country).fullName())
        .organization(COMMISSION).unit(names.pick(DIRECTORATES))
        .country("BE").addLanguages("en")
        .addInterests("citizen engagement")
        .careerStage(names.nextInt(3) == 0 ? CareerStage.MANAGER : CareerStage.MID_CAREER)
        .homeZone(ZONE).build();
  }

  private static Person external(NameGenerator names, int n) {
    String country = names.pick(EXTERNAL_COUNTRIES);
    return Person.builder().id(PersonId.of("ce:p" + n))
        .fullName(names.next(country).fullName())
        .country(country).addLanguages("BG".equals(country) ? "bg" : "en", "en")
        .addInterests("citizen engagement", "policy making")
        .careerStage(CareerStage.MID_CAREER)
        .homeZone(zoneOf(country))
        .workingHours(workingHours(zoneOf(country)))
        .build();
  }

  /**
   * Office hours, to 18:00 where the clock is ahead of Brussels: the training's fixed end at
   * 17:00 Brussels time is 18:00 in Eastern European time.
   */
  private static WorkingHours workingHours(ZoneId zone) {
    java.time.Instant day = LocalDate.of(2024, 3, 13).atStartOfDay(ZONE).toInstant();
    boolean ahead = zone.getRules().getOffset(day).getTotalSeconds()
        > ZONE.getRules().getOffset(day).getTotalSeconds();
    return WorkingHours.of(zone, LocalTime.of(9, 0), LocalTime.of(ahead ? 18 : 17, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  private static ZoneId zoneOf(String country) {
    switch (country) {
      case "BG":
        return ZoneId.of("Europe/Sofia");
      case "RO":
        return ZoneId.of("Europe/Bucharest");
      case "PL":
        return ZoneId.of("Europe/Warsaw");
      case "IT":
        return ZoneId.of("Europe/Rome");
      case "ES":
        return ZoneId.of("Europe/Madrid");
      case "LT":
        return ZoneId.of("Europe/Vilnius");
      default:
        return ZoneId.of("Europe/Tallinn");
    }
  }
}
