package org.civiclab.examples.seeds;

import static java.util.Objects.requireNonNull;
import static org.civiclab.examples.seeds.SeedParts.organization;
import static org.civiclab.examples.seeds.SeedParts.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civiclab.core.enrolment.Roster;
import org.civiclab.core.grouping.FacilitatorMode;
import org.civiclab.core.grouping.Grouping;
import org.civiclab.core.grouping.GroupingRequest;
import org.civiclab.core.grouping.Groupings;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Eligibility;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.FundingCycle;
import org.civiclab.core.model.FundingStatus;
import org.civiclab.core.model.Gender;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
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
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.selection.Applicant;
import org.civiclab.core.selection.Quota;
import org.civiclab.core.selection.Selection;
import org.civiclab.core.selection.SelectionMethod;
import org.civiclab.core.selection.SelectionRequest;
import org.civiclab.core.selection.Selections;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.examples.seeds.internal.NameGenerator;

/**
 * Seed 000 (Swedish): SeGRID, Sustainable e-Government for Resilient and Innovative Democratic
 * Public Administration, a blended course for young civil servants commissioned by the Swedish
 * Institute.
 *
 * <p>Two tracks (Western Balkans with a focus on global governance, Baltic Sea region with a
 * focus on global goals); online teaching and one intensive week in Linköping with study
 * visits; interactive lectures, workshops, gallery walks and small-group discussions led by
 * researchers from Sweden; a yearly funding application; run for Eastern Europe since 2017 and
 * the Western Balkans since 2020, with just over 200 alumni. The past editions carry only
 * their completed participants (the alumni); the 2024 edition is planned in full.
 */
public final class SegridCourse {

  /** The program's id. */
  public static final ProgramId ID = ProgramId.of("segrid");
  /** The Western Balkans track of every edition from 2020. */
  public static final TrackId WESTERN_BALKANS = TrackId.of("western-balkans");
  /** The Baltic Sea region (Eastern Europe) track of every edition. */
  public static final TrackId BALTIC_SEA = TrackId.of("baltic-sea-region");
  /** The fully planned edition. */
  public static final EditionId EDITION_2024 = EditionId.of("segrid-2024");
  /** The zone of the program's dates: Linköping. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  static final OrganizationId LIU = OrganizationId.of("se.liu");
  static final OrganizationId SWEDISH_INSTITUTE = OrganizationId.of("se.si");
  static final OrganizationId LINKOPING_MUNICIPALITY = OrganizationId.of("se.linkoping-kommun");
  static final OrganizationId REGION_OSTERGOTLAND = OrganizationId.of("se.region-ostergotland");
  static final OrganizationId CITY_OF_STOCKHOLM = OrganizationId.of("se.stockholms-stad");

  private static final long SEED = 442L;
  private static final ImmutableList<String> BALKAN_COUNTRIES =
      ImmutableList.of("AL", "BA", "ME", "MK", "RS", "XK");
  private static final ImmutableList<String> BALTIC_COUNTRIES =
      ImmutableList.of("EE", "LV", "LT", "PL", "UA", "MD");
  /** Participants per past year: {year, Baltic Sea region track, Western Balkans track}. */
  private static final int[][] PAST_COHORTS = {
      {2017, 20, 0}, {2018, 22, 0}, {2019, 22, 0},
      {2020, 16, 14}, {2021, 18, 16}, {2022, 18, 18}, {2023, 20, 20}};
  private static final int PLACES_PER_TRACK_2024 = 20;
  private static final int APPLICANTS_PER_TRACK_2024 = 48;
  private static final int CONFIRMED_2024 = 34;
  /** The key of the 2024 Western Balkans admission in {@link SeedProgram#selections()}. */
  public static final String ADMISSION_WESTERN_BALKANS_2024 =
      "2024 admission, Western Balkans track";
  /** The key of the 2024 Baltic Sea region admission in {@link SeedProgram#selections()}. */
  public static final String ADMISSION_BALTIC_SEA_2024 = "2024 admission, Baltic Sea region track";
  /** The key of the intensive week's daily groups in {@link SeedProgram#groupings()}. */
  public static final String DAILY_GROUPS_2024 =
      "2024 intensive week, small-group discussions day by day";

  private SegridCourse() {}

  /**
   * Builds SeGRID with its directory.
   *
   * @return the seed program
   */
  public static SeedProgram build() {
    NameGenerator names = new NameGenerator(SEED);
    DirectorySnapshot.Builder directory = DirectorySnapshot.builder();
    organizations().forEach(directory::addOrganization);

    List<PersonId> researchers = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Person p = swede(names, "segrid:researcher-" + i, CareerStage.SENIOR,
          "SeGRID lärarlag");
      directory.addPerson(p);
      researchers.add(p.id());
    }
    Person coordinator = swede(names, "segrid:coordinator", CareerStage.MID_CAREER,
        "SeGRID kurskansli");
    directory.addPerson(coordinator);

    ImmutableList.Builder<RoleAssignment> roles = ImmutableList.builder();
    roles.add(RoleAssignment.builder().person(coordinator.id()).role(Role.COORDINATOR)
        .onBehalfOf(LIU).build());
    for (PersonId r : researchers) {
      roles.add(RoleAssignment.builder().person(r).role(Role.RESEARCHER).onBehalfOf(LIU).build());
      roles.add(RoleAssignment.builder().person(r).role(Role.FACILITATOR).onBehalfOf(LIU).build());
    }

    ImmutableList.Builder<Edition> editions = ImmutableList.builder();
    int counter = 0;
    for (int[] cohort : PAST_COHORTS) {
      int year = cohort[0];
      Roster roster = Roster.empty(EnrollmentPolicy.builder().capacity(cohort[1] + cohort[2])
          .audiences(ImmutableSet.of(Audience.EXTERNAL)).build());
      List<PersonId> enrolled = new ArrayList<>();
      for (int i = 0; i < cohort[1] + cohort[2]; i++) {
        boolean balkans = i >= cohort[1];
        Person p = participant(names, "segrid:p" + (++counter), balkans);
        directory.addPerson(p);
        roster = roster.register(p.id(), Audience.EXTERNAL,
            Optional.of(balkans ? WESTERN_BALKANS : BALTIC_SEA));
        enrolled.add(p.id());
      }
      for (PersonId p : enrolled) {
        roster = roster.confirm(p).complete(p);
      }
      Edition.Builder edition = Edition.builder()
          .id(EditionId.of("segrid-" + year))
          .label(Integer.toString(year))
          .period(DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
          .funding(funding(year))
          .addTrack(balticTrack(Optional.empty()))
          .enrollmentPolicy(roster.policy())
          .enrollments(roster.enrollments());
      if (cohort[2] > 0) {
        edition.addTrack(balkanTrack(Optional.empty()));
      }
      editions.add(edition.build());
    }

    Admission balkanAdmission = admit(names, true, counter);
    counter += APPLICANTS_PER_TRACK_2024;
    Admission balticAdmission = admit(names, false, counter);
    Roster roster = Roster.empty(EnrollmentPolicy.builder().capacity(2 * PLACES_PER_TRACK_2024)
        .audiences(ImmutableSet.of(Audience.EXTERNAL)).build());
    List<Person> confirmed = new ArrayList<>();
    for (int i = 0; i < 2 * PLACES_PER_TRACK_2024; i++) {
      boolean balkans = i % 2 == 0;
      Person p = (balkans ? balkanAdmission : balticAdmission).admitted().get(i / 2);
      directory.addPerson(p);
      roster = roster.register(p.id(), Audience.EXTERNAL,
          Optional.of(balkans ? WESTERN_BALKANS : BALTIC_SEA));
      if (i < CONFIRMED_2024) {
        roster = roster.confirm(p.id());
        confirmed.add(p);
      }
    }
    editions.add(Edition.builder()
        .id(EDITION_2024)
        .label("2024")
        .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .funding(funding(2024))
        .addTrack(balkanTrack(Optional.of(PLACES_PER_TRACK_2024)))
        .addTrack(balticTrack(Optional.of(PLACES_PER_TRACK_2024)))
        .addModule(onlineModule(researchers))
        .addModule(intensiveWeek(researchers))
        .enrollmentPolicy(roster.policy())
        .enrollments(roster.enrollments())
        .build());

    Program program = Program.builder()
        .id(ID)
        .title(text("sv", "SeGRID – kurs i hållbar digital förvaltning för unga tjänstemän",
            "en", "Sustainable e-Government for Resilient and Innovative Democratic Public "
                + "Administration (SeGRID)"))
        .description(text("sv", "Kursen syftar till att utveckla kompetenser och "
                + "förhållningssätt bland dem som arbetar i offentlig förvaltning i framväxande "
                + "demokratier i Östeuropa och på Västra Balkan.",
            "en", "The course develops the skills and attitudes of people working in public "
                + "administration in emerging democracies in Eastern Europe and the Western "
                + "Balkans."))
        .organizer(LIU)
        .addFunder(SWEDISH_INSTITUTE)
        .zone(ZONE)
        .period(DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2024, 12, 31)))
        .venues(venues())
        .roles(roles.build())
        .editions(editions.build())
        .build();

    return SeedProgram.builder()
        .source("000")
        .program(program)
        .directory(directory.build())
        .putSelection(ADMISSION_WESTERN_BALKANS_2024, balkanAdmission.selection())
        .putSelection(ADMISSION_BALTIC_SEA_2024, balticAdmission.selection())
        .putGrouping(DAILY_GROUPS_2024, dailyGroups(confirmed))
        .addFact("Commissioned by the Swedish Institute (Svenska institutet), which funds it "
            + "through a yearly application.")
        .addFact("Two programs: young civil servants from the Western Balkans, focus on global "
            + "governance; from the Baltic Sea region, focus on global goals.")
        .addFact("Online teaching plus one intensive week on site in Linköping with study "
            + "visits to municipal and other public organisations.")
        .addFact("Interactive lectures, workshops and gallery walks; discussion in smaller "
            + "groups; led by researchers from Sweden.")
        .addFact("Given for Eastern Europe since 2017 and for the Western Balkans since 2020; "
            + "just over 200 alumni.")
        .addAssumption("Organiser is Linköping University (the text says \"we\" and holds the "
            + "week in Linköping).")
        .addAssumption("Past editions 2017-2023 carry only their completed participants: 204 "
            + "alumni; the Baltic Sea region track stands for the Eastern Europe course.")
        .addAssumption("Baltic Sea region track open to EE, LV, LT, PL, UA, MD; Western Balkans "
            + "track to AL, BA, ME, MK, RS, XK; both to early-career civil servants.")
        .addAssumption("2024 edition: 20 places per track, online module 4 March-26 April, "
            + "intensive week 13-17 May 2024; 34 of 40 admitted confirmed.")
        .addAssumption("2024 admission: " + APPLICANTS_PER_TRACK_2024 + " applicants per "
            + "track (the text gives no numbers); each track's 20 are drawn by the fair "
            + "lottery (leximin) with 2-5 places per country and 9-11 per gender (woman, "
            + "man), so every country sits and neither gender has fewer than 9.")
        .addAssumption("The small-group discussions of the intensive week are re-formed "
            + "every day: 5 rounds, the 34 confirmed participants in groups of 5-6, fewest "
            + "repeated pairs, the discussion lead rotating among the participants.")
        .addAssumption("The text states no times: four two-hour online sessions and eight "
            + "three- to five-hour sessions of the week have their lengths only, and the "
            + "planner places them inside the module windows.")
        .addAssumption("Study visits: Linköping municipality, Region Östergötland and the City "
            + "of Stockholm (the 2023 photo caption mentions Stockholm).")
        .addAssumption("Three researchers and one coordinator, names generated from seed " + SEED
            + ".")
        .build();
  }

  /** The applicants of one track's 2024 call and the fair lottery's choice among them. */
  private record Admission(Selection selection, ImmutableList<Person> admitted) {}

  /**
   * Draws one track's 2024 cohort from its applicants by the fair lottery: 2 to 5 places per
   * country of the track and 9 to 11 per gender.
   */
  private static Admission admit(NameGenerator names, boolean balkans, int counter) {
    Map<PersonId, Person> applicants = new LinkedHashMap<>();
    for (int i = 1; i <= APPLICANTS_PER_TRACK_2024; i++) {
      Person p = participant(names, "segrid:p" + (counter + i), balkans);
      applicants.put(p.id(), p);
    }
    SelectionRequest.Builder request = SelectionRequest.builder()
        .applicants(applicants.values().stream()
            .map(p -> Applicant.from(p, List.of("country", "gender")).build())
            .collect(Collectors.toList()))
        .panelSize(PLACES_PER_TRACK_2024)
        .addQuotas(Quota.between("gender", "woman", 9, 11),
            Quota.between("gender", "man", 9, 11))
        .method(SelectionMethod.FAIR_LOTTERY)
        .seed(SEED + (balkans ? 1 : 2));
    for (String country : balkans ? BALKAN_COUNTRIES : BALTIC_COUNTRIES) {
      request.addQuotas(Quota.between("country", country, 2, 5));
    }
    Selection selection = Selections.select(request.build());
    if (!selection.feasible()) {
      throw new IllegalStateException("the SeGRID 2024 admission cannot keep its quotas:\n"
          + selection.explain());
    }
    return new Admission(selection, selection.selected().stream()
        .map(id -> requireNonNull(applicants.get(id)))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Re-forms the intensive week's discussion groups every day, so that people meet as many
   * others as they can; each group's discussion lead rotates among its members.
   */
  private static Grouping dailyGroups(List<Person> participants) {
    return Groupings.form(GroupingRequest.builder()
        .people(participants.stream().map(p -> MatchCandidate.of(p).withFacilitator(true))
            .collect(Collectors.toList()))
        .minSize(5).maxSize(6).rounds(5)
        .minFacilitators(1).facilitatorMode(FacilitatorMode.ROTATING)
        .seed(SEED)
        .build());
  }

  private static FundingCycle funding(int year) {
    return FundingCycle.builder()
        .funder(SWEDISH_INSTITUTE)
        .call("Svenska institutet: årlig ansökan om medel för SeGRID " + year)
        .status(FundingStatus.GRANTED)
        .build();
  }

  private static Track balkanTrack(Optional<Integer> capacity) {
    return track(WESTERN_BALKANS, "västra Balkan", "the Western Balkans", "global styrning",
        "global governance", "Western Balkans", BALKAN_COUNTRIES, capacity);
  }

  private static Track balticTrack(Optional<Integer> capacity) {
    return track(BALTIC_SEA, "Östersjöregionen", "the Baltic Sea region", "globala mål",
        "global goals", "Baltic Sea region", BALTIC_COUNTRIES, capacity);
  }

  private static Track track(TrackId id, String fromSv, String fromEn, String focusSv,
      String focusEn, String region, List<String> countries, Optional<Integer> capacity) {
    return Track.builder()
        .id(id)
        .name(text("sv", "Unga tjänstemän från " + fromSv, "en", "Young civil servants from "
            + fromEn))
        .focus(text("sv", focusSv, "en", focusEn))
        .eligibility(Eligibility.builder().addRegion(region).countries(countries)
            .addCareerStage(CareerStage.EARLY_CAREER).build())
        .capacity(capacity)
        .build();
  }

  private static Module onlineModule(List<PersonId> researchers) {
    return Module.builder()
        .id(ModuleId.of("segrid-2024-online"))
        .title(text("sv", "Online-undervisning", "en", "Online teaching"))
        .window(DateRange.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 26)))
        .addTopics("digital förvaltning", "offentlig verksamhet och förvaltning",
            "utmaningar, lärdomar och tillämpningsmetoder")
        .mode(DeliveryMode.ONLINE)
        .facilitators(researchers)
        .addSession(online("segrid-2024-s01", SessionFormat.LECTURE,
            "Interaktiv föreläsning: digital förvaltning och demokratiska värden",
            "Interactive lecture: digital government and democratic values", researchers.get(0)))
        .addSession(online("segrid-2024-s02", SessionFormat.GROUP_DISCUSSION,
            "Diskussion i mindre grupper: erfarenheter från de egna länderna",
            "Small-group discussion: experience from the participants' countries",
            researchers.get(1)))
        .addSession(online("segrid-2024-s03", SessionFormat.WORKSHOP,
            "Workshop: global styrning och globala mål i offentlig förvaltning",
            "Workshop: global governance and global goals in public administration",
            researchers.get(2)))
        .addSession(online("segrid-2024-s04", SessionFormat.LECTURE,
            "Interaktiv föreläsning: utmaningar och lärdomar i offentlig förvaltning",
            "Interactive lecture: challenges and lessons in public administration",
            researchers.get(0)))
        .build();
  }

  private static Session online(String id, SessionFormat format, String sv,
      String en, PersonId facilitator) {
    return Session.builder()
        .id(EventId.of(id))
        .title(text("sv", sv, "en", en))
        .format(format)
        .mode(DeliveryMode.ONLINE)
        .duration(Duration.ofHours(2))
        .addFacilitator(facilitator)
        .build();
  }

  private static Module intensiveWeek(List<PersonId> researchers) {
    LocalDate monday = LocalDate.of(2024, 5, 13);
    VenueId campus = VenueId.of("liu-campus-valla");
    return Module.builder()
        .id(ModuleId.of("segrid-2024-linkoping"))
        .title(text("sv", "Intensivvecka på plats i Linköping",
            "en", "Intensive on-site week in Linköping"))
        .window(DateRange.of(monday, monday.plusDays(4)))
        .addTopics("digital förvaltning i kommuner och regioner", "studiebesök",
            "hur det politiska styret fungerar i Sverige")
        .mode(DeliveryMode.ON_SITE)
        .facilitators(researchers)
        .addSession(onSite("segrid-2024-w01", 9, 12, SessionFormat.LECTURE, campus,
            Optional.empty(), "Interaktiv föreläsning: hållbar digital förvaltning",
            "Interactive lecture: sustainable digital government", researchers.get(1)))
        .addSession(onSite("segrid-2024-w02", 13, 16, SessionFormat.WORKSHOP, campus,
            Optional.empty(), "Workshop: digitala tjänster i offentlig sektor",
            "Workshop: digital public services", researchers.get(2)))
        .addSession(onSite("segrid-2024-w03", 9, 12,
            SessionFormat.STUDY_VISIT, VenueId.of("linkoping-stadshus"),
            Optional.of(LINKOPING_MUNICIPALITY), "Studiebesök: Linköpings kommun",
            "Study visit: Linköping municipality", researchers.get(0)))
        .addSession(onSite("segrid-2024-w04", 13, 16,
            SessionFormat.GROUP_DISCUSSION, campus, Optional.empty(),
            "Diskussion i mindre grupper: reflektioner från studiebesöket",
            "Small-group discussion: reflections on the study visit", researchers.get(0)))
        .addSession(onSite("segrid-2024-w05", 9, 12,
            SessionFormat.STUDY_VISIT, VenueId.of("regionens-hus"),
            Optional.of(REGION_OSTERGOTLAND), "Studiebesök: Region Östergötland",
            "Study visit: Region Östergötland", researchers.get(1)))
        .addSession(onSite("segrid-2024-w06", 13, 16,
            SessionFormat.GALLERY_WALK, campus, Optional.empty(),
            "Gallery walk: lärdomar om digital förvaltning",
            "Gallery walk: lessons on digital government", researchers.get(2)))
        .addSession(onSite("segrid-2024-w07", 10, 15,
            SessionFormat.STUDY_VISIT, VenueId.of("stockholms-stadshus"),
            Optional.of(CITY_OF_STOCKHOLM),
            "Studiebesök: hur det politiska styret fungerar i Sverige och i Stockholms stad",
            "Study visit: how political governance works in Sweden and the City of Stockholm",
            researchers.get(0)))
        .addSession(onSite("segrid-2024-w08", 9, 12,
            SessionFormat.WORKSHOP, campus, Optional.empty(),
            "Workshop: tillämpning i den egna organisationen",
            "Workshop: applying the lessons in one's own organisation", researchers.get(1)))
        .build();
  }

  private static Session onSite(String id, int from, int to,
      SessionFormat format, VenueId venue, Optional<OrganizationId> host, String sv, String en,
      PersonId facilitator) {
    return Session.builder()
        .id(EventId.of(id))
        .title(text("sv", sv, "en", en))
        .format(format)
        .mode(DeliveryMode.ON_SITE)
        .duration(Duration.ofHours(to - from))
        .venue(venue)
        .host(host)
        .addFacilitator(facilitator)
        .build();
  }

  private static ImmutableList<Venue> venues() {
    return ImmutableList.of(
        venue("liu-campus-valla", "Linköpings universitet, Campus Valla", "Linköping", 60, LIU),
        venue("linkoping-stadshus", "Linköpings stadshus", "Linköping", 50,
            LINKOPING_MUNICIPALITY),
        venue("regionens-hus", "Regionens hus, Region Östergötland", "Linköping", 50,
            REGION_OSTERGOTLAND),
        venue("stockholms-stadshus", "Stockholms stadshus", "Stockholm", 100,
            CITY_OF_STOCKHOLM));
  }

  private static Venue venue(String id, String name, String city, int capacity,
      OrganizationId owner) {
    return Venue.builder().id(VenueId.of(id)).name(name).city(city).country("SE").zone(ZONE)
        .capacity(capacity).organization(owner).build();
  }

  private static ImmutableList<Organization> organizations() {
    return ImmutableList.of(
        organization(LIU, text("sv", "Linköpings universitet", "en", "Linköping University"),
            Sector.ACADEMIA, "SE", "Linköping"),
        organization(SWEDISH_INSTITUTE, text("sv", "Svenska institutet",
            "en", "Swedish Institute"), Sector.GOVERNMENT, "SE", "Stockholm"),
        organization(LINKOPING_MUNICIPALITY, text("sv", "Linköpings kommun"),
            Sector.GOVERNMENT, "SE", "Linköping"),
        organization(REGION_OSTERGOTLAND, text("sv", "Region Östergötland"),
            Sector.GOVERNMENT, "SE", "Linköping"),
        organization(CITY_OF_STOCKHOLM, text("sv", "Stockholms stad", "en", "City of Stockholm"),
            Sector.GOVERNMENT, "SE", "Stockholm"));
  }

  private static Person swede(NameGenerator names, String id, CareerStage stage, String unit) {
    return Person.builder()
        .id(PersonId.of(id))
        .fullName(names.next("SE").fullName())
        .organization(LIU)
        .unit(unit)
        .country("SE")
        .addLanguages("sv", "en")
        .addInterest("digital förvaltning")
        .experience(ExperienceLevel.EXPERIENCED)
        .careerStage(stage)
        .homeZone(ZONE)
        .build();
  }

  private static Person participant(NameGenerator names, String id, boolean balkans) {
    String country = names.pick(balkans ? BALKAN_COUNTRIES : BALTIC_COUNTRIES);
    NameGenerator.Name name = names.next(country);
    return Person.builder()
        .id(PersonId.of(id))
        .fullName(name.fullName())
        .gender(Gender.of(name.female() ? Gender.Kind.WOMAN : Gender.Kind.MAN))
        .country(country)
        .region(balkans ? "Western Balkans" : "Baltic Sea region")
        .addLanguage("en")
        .addInterests(balkans ? "global governance" : "global goals", "digital government")
        .careerStage(CareerStage.EARLY_CAREER)
        .homeZone(zoneOf(country))
        .build();
  }

  private static ZoneId zoneOf(String country) {
    switch (country) {
      case "EE":
        return ZoneId.of("Europe/Tallinn");
      case "LV":
        return ZoneId.of("Europe/Riga");
      case "LT":
        return ZoneId.of("Europe/Vilnius");
      case "PL":
        return ZoneId.of("Europe/Warsaw");
      case "UA":
        return ZoneId.of("Europe/Kyiv");
      case "MD":
        return ZoneId.of("Europe/Chisinau");
      case "AL":
        return ZoneId.of("Europe/Tirane");
      case "BA":
        return ZoneId.of("Europe/Sarajevo");
      case "ME":
        return ZoneId.of("Europe/Podgorica");
      case "MK":
        return ZoneId.of("Europe/Skopje");
      default:
        return ZoneId.of("Europe/Belgrade");
    }
  }
}
