package org.civiclab.examples.seeds;

import static org.civiclab.examples.seeds.SeedParts.organization;
import static org.civiclab.examples.seeds.SeedParts.text;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.HostAvailability;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FindingId;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.examples.seeds.internal.NameGenerator;
import org.civiclab.examples.seeds.internal.SeedMatching;

/**
 * Seed 004 (Georgian): a civil-society engagement program that strengthens partnership between
 * civic actors and the other sectors.
 *
 * <p>Its five initiatives: leaders of civil-society organisations visit remote communities
 * several times a year, hear residents' problems and needs and follow up with partners;
 * learning circles of novice activists and experienced members meet periodically with invited
 * trainers and experts; exchange visits and internships at experienced organisations in
 * Tbilisi; exchange study visits with Eastern European colleagues; and a yearly
 * self-reflection meeting of civil society, government, private sector, media and academia.
 */
public final class CivilSocietyProgram {

  /** The program's id. */
  public static final ProgramId ID = ProgramId.of("ge-civic-partnership");
  /** The zone of the program's dates. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  /** Tbilisi, in Georgian. */
  public static final String TBILISI = "თბილისი";

  static final OrganizationId ORGANIZER = OrganizationId.of("ge.civic-engagement-centre");
  static final OrganizationId TBILISI_DEVELOPMENT = OrganizationId.of("ge.tbilisi-civic-dev");
  static final OrganizationId ADVOCACY_NETWORK = OrganizationId.of("ge.policy-advocacy-network");
  static final OrganizationId IMERETI_INITIATIVE = OrganizationId.of("ge.imereti-initiative");
  static final OrganizationId AKHMETA = OrganizationId.of("ge.akhmeta-municipality");
  static final OrganizationId LENTEKHI = OrganizationId.of("ge.lentekhi-municipality");
  static final OrganizationId NINOTSMINDA = OrganizationId.of("ge.ninotsminda-municipality");
  static final OrganizationId DMANISI = OrganizationId.of("ge.dmanisi-municipality");
  static final OrganizationId GOVERNMENT_ADMINISTRATION = OrganizationId.of("ge.government");
  static final OrganizationId BUSINESS_ASSOCIATION = OrganizationId.of("ge.regional-business");
  static final OrganizationId MOUNTAIN_INTERNET = OrganizationId.of("ge.mountain-internet");
  static final OrganizationId MEDIA_NETWORK = OrganizationId.of("ge.regional-media");
  static final OrganizationId TSU = OrganizationId.of("ge.tsu");
  static final OrganizationId CHISINAU_CENTRE = OrganizationId.of("md.civic-advocacy-centre");
  static final OrganizationId VILNIUS_CENTRE = OrganizationId.of("lt.civic-initiatives-centre");

  private static final long SEED = 4_004L;
  /** The months the road to Omalo in Tusheti is open, every year: June to September. */
  private static final Season TUSHETI_SEASON =
      Season.of(MonthDay.of(6, 1), MonthDay.of(9, 30));
  /** Visits to Omalo: two a year while the road is open (an assumption). */
  static final SeriesId OMALO = SeriesId.of("ge-omalo");
  /** Visitors a host organisation takes at one time (an assumption). */
  private static final int HOST_CAPACITY = 3;
  private static final VenueId HALL = VenueId.of("civic-centre-tbilisi");
  private static final DateRange YEAR =
      DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  private static final ImmutableList<String> REGIONS = ImmutableList.of(
      "კახეთი", "რაჭა-ლეჩხუმი და ქვემო სვანეთი", "სამცხე-ჯავახეთი", "ქვემო ქართლი",
      "იმერეთი");

  private CivilSocietyProgram() {}

  /**
   * Builds the civil-society program with its directory.
   *
   * @return the seed program
   */
  public static SeedProgram build() {
    NameGenerator names = new NameGenerator(SEED);
    DirectorySnapshot.Builder directory = DirectorySnapshot.builder();
    organizations().forEach(directory::addOrganization);

    Person director = georgian(names, "ge:director", ORGANIZER, TBILISI,
        ExperienceLevel.EXPERIENCED, CareerStage.SENIOR);
    directory.addPerson(director);
    List<Person> leaders = new ArrayList<>();
    OrganizationId[] leaderOrgs = {ORGANIZER, TBILISI_DEVELOPMENT, ADVOCACY_NETWORK,
        IMERETI_INITIATIVE};
    for (int i = 0; i < leaderOrgs.length; i++) {
      Person p = georgian(names, "ge:leader-" + (i + 1), leaderOrgs[i], TBILISI,
          ExperienceLevel.EXPERIENCED, CareerStage.MANAGER);
      directory.addPerson(p);
      leaders.add(p);
    }
    List<Person> circleMembers = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Person p = georgian(names, "ge:member-" + i, i % 2 == 0 ? TBILISI_DEVELOPMENT
          : ADVOCACY_NETWORK, TBILISI, ExperienceLevel.EXPERIENCED,
          CareerStage.MID_CAREER);
      directory.addPerson(p);
      circleMembers.add(p);
    }
    List<Person> novices = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      Person p = Person.builder().id(PersonId.of("ge:activist-" + i))
          .fullName(names.next("GE").fullName())
          .country("GE").region(REGIONS.get((i - 1) % REGIONS.size()))
          .addLanguages("ka").addInterests("სამოქალაქო აქტივიზმი")
          .experience(ExperienceLevel.NOVICE).careerStage(CareerStage.EARLY_CAREER)
          .homeZone(ZONE).build();
      directory.addPerson(p);
      novices.add(p);
      circleMembers.add(p);
    }
    Person trainer = georgian(names, "ge:trainer", ORGANIZER, TBILISI,
        ExperienceLevel.EXPERIENCED, CareerStage.SENIOR);
    Person academic = georgian(names, "ge:expert-tsu", TSU, TBILISI,
        ExperienceLevel.EXPERIENCED, CareerStage.SENIOR);
    directory.addPerson(trainer).addPerson(academic);
    List<Person> sectorVoices = new ArrayList<>();
    OrganizationId[] voiceOrgs = {GOVERNMENT_ADMINISTRATION, BUSINESS_ASSOCIATION,
        MEDIA_NETWORK};
    for (int i = 0; i < voiceOrgs.length; i++) {
      Person p = georgian(names, "ge:sector-" + (i + 1), voiceOrgs[i], TBILISI,
          ExperienceLevel.EXPERIENCED, CareerStage.SENIOR);
      directory.addPerson(p);
      sectorVoices.add(p);
    }

    ImmutableList<ImmutableList<CircleMember>> groups =
        SeedMatching.formCircles(circleMembers, 2, 5, 8, 1, 2);
    String[] circleNames = {"სასწავლო წრე 1: ადგილობრივი ადვოკატირება",
        "სასწავლო წრე 2: სამოქალაქო ჩართულობა რეგიონებში"};
    ImmutableList.Builder<LearningCircle> circles = ImmutableList.builder();
    for (int c = 0; c < groups.size(); c++) {
      circles.add(LearningCircle.builder()
          .id(CircleId.of("ge-circle-" + (c + 1)))
          .name(circleNames[c])
          .members(groups.get(c))
          .composition(CircleComposition.builder().minSize(5).maxSize(8).minExperienced(1)
              .minNovices(2).build())
          .addFacilitator(leaders.get(c).id())
          .addInvitedExperts(trainer.id(), academic.id())
          .cadence(Cadence.perYear(6))
          .period(YEAR)
          .build());
    }

    Program program = Program.builder()
        .id(ID)
        .title(text("ka", "სამოქალაქო საზოგადოების ჩართულობის პროგრამა",
            "en", "Civil Society Engagement Program"))
        .description(text("ka",
            "სამოქალაქო აქტორებსა და სხვა სექტორებს შორის პარტნიორობის გაძლიერება",
            "en", "Strengthening partnership between civic actors and other sectors"))
        .organizer(ORGANIZER)
        .addPartners(TBILISI_DEVELOPMENT, ADVOCACY_NETWORK, IMERETI_INITIATIVE)
        .zone(ZONE)
        .period(YEAR)
        .addVenue(Venue.builder().id(HALL).name("სამოქალაქო ჩართულობის ცენტრის დარბაზი")
            .city(TBILISI).country("GE").zone(ZONE).capacity(40).organization(ORGANIZER)
            .build())
        .addRole(RoleAssignment.builder().person(director.id()).role(Role.ORGANIZER)
            .onBehalfOf(ORGANIZER).build())
        .addRole(RoleAssignment.builder().person(leaders.get(0).id()).role(Role.FACILITATOR)
            .onBehalfOf(ORGANIZER).build())
        .addRole(RoleAssignment.builder().person(leaders.get(1).id()).role(Role.FACILITATOR)
            .onBehalfOf(TBILISI_DEVELOPMENT).build())
        .addRole(RoleAssignment.of(trainer.id(), Role.INVITED_EXPERT))
        .addRole(RoleAssignment.builder().person(academic.id()).role(Role.INVITED_EXPERT)
            .onBehalfOf(TSU).build())
        .circles(circles.build())
        .exchangeVisits(visits(leaders, novices))
        .outreachMeetings(outreach(leaders))
        .addOutreachSeries(OutreachSeries.builder().id(OMALO)
            .community("ომალო").region("კახეთი (თუშეთი)").country("GE")
            .cadence(Cadence.perYear(2)).season(TUSHETI_SEASON).length(Duration.ofHours(3))
            .preferredStart(LocalTime.of(12, 0))
            .addLeaders(leaders.get(0).id(), leaders.get(1).id()).build())
        .addReflectionMeeting(ReflectionMeeting.builder()
            .id(EventId.of("ge-reflection-2024"))
            .when(TimeSpan.on(LocalDate.of(2024, 12, 5), LocalTime.of(10, 0),
                LocalTime.of(16, 0), ZONE))
            .window(DateRange.of(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 20)))
            .venue(HALL)
            .addParticipant(rep(ORGANIZER, Sector.CIVIL_SOCIETY, director.id()))
            .addParticipant(rep(GOVERNMENT_ADMINISTRATION, Sector.GOVERNMENT,
                sectorVoices.get(0).id()))
            .addParticipant(rep(BUSINESS_ASSOCIATION, Sector.PRIVATE, sectorVoices.get(1).id()))
            .addParticipant(rep(MEDIA_NETWORK, Sector.MEDIA, sectorVoices.get(2).id()))
            .addParticipant(rep(TSU, Sector.ACADEMIA, academic.id()))
            .addThemes("სამოქალაქო აქტივიზმის ძირითადი მიღწევები და გამოწვევები",
                "სექტორული რეფორმების მხარდაჭერა")
            .build())
        .build();

    return SeedProgram.builder()
        .source("004")
        .program(program)
        .directory(directory.build())
        .addFact("Leaders of civil-society organisations visit remote communities several "
            + "times a year, hear residents' problems and needs and respond with partners.")
        .addFact("Learning circles: small groups meeting periodically on the challenges of "
            + "civil society; novice activists and experienced members; invited trainers and "
            + "experts.")
        .addFact("Exchange visits between organisations and new activists on similar themes; "
            + "internships at experienced organisations in Tbilisi.")
        .addFact("Exchange study visits with Eastern European colleagues, for public policy "
            + "reform advocacy.")
        .addFact("A yearly self-reflection meeting of civil society, government, private "
            + "sector, media and academia.")
        .addAssumption("The program year is 2024, in Asia/Tbilisi; the organiser, partners and "
            + "all organisations are plausible inventions, except Tbilisi State University.")
        .addAssumption("Four communities visited (Omalo, Lentekhi, Ninotsminda, Dmanisi); each "
            + "visit already held has two findings and follow-ups in various states.")
        .addAssumption("Two circles of six (two experienced, four novices), meeting six times "
            + "a year at the organiser's hall; the planner places each meeting at a time all "
            + "members, the facilitator and the invited experts share.")
        .addAssumption("Three domestic internships in Tbilisi (12 days each), one domestic "
            + "study visit to Kutaisi (3 days), international study visits to Chișinău and "
            + "Vilnius (5 days each); the text gives no dates, so each has a window of a few "
            + "months and the planner places it; a host takes one visit of at most "
            + HOST_CAPACITY + " visitors at a time.")
        .addAssumption("The text says nothing of travel or of the hosts' opening days; an "
            + "international study visit takes one day of travel before and one after (the "
            + "visitors have no other event then), and its host abroad receives visitors "
            + "Monday to Friday only, so the five days at the host are a working week.")
        .addAssumption("Several times a year: outreach visits of three hours, the planner "
            + "choosing the day; Lentekhi, Ninotsminda and Dmanisi once each in their quarter; "
            + "Omalo as a series of two visits a year, only while the road to Tusheti is open "
            + "(June to September, every year): the visit of June or July with its findings "
            + "is the first, the planner adds the second in August or September.")
        .addAssumption("The yearly reflection meeting (six hours at the organiser's hall, every "
            + "sector's representative present) is planned between 1 November and 20 December "
            + "2024; names in Georgian script generated from seed " + SEED + ".")
        .build();
  }

  private static ImmutableList<ExchangeVisit> visits(List<Person> leaders,
      List<Person> novices) {
    return ImmutableList.of(
        visit("ge-internship-1", ExchangeKind.DOMESTIC_INTERNSHIP, TBILISI_DEVELOPMENT, TBILISI,
            "GE", months(2, 4), 12, "ადვოკატირების კამპანიის დაგეგმვა",
            novices.get(0), novices.get(1)),
        visit("ge-internship-2", ExchangeKind.DOMESTIC_INTERNSHIP, ADVOCACY_NETWORK, TBILISI,
            "GE", months(4, 6), 12, "საჯარო პოლიტიკის ანალიზი",
            novices.get(2), novices.get(3)),
        visit("ge-internship-3", ExchangeKind.DOMESTIC_INTERNSHIP, ORGANIZER, TBILISI,
            "GE", months(9, 11), 12, "თემის მობილიზაცია", novices.get(4)),
        visit("ge-exchange-kutaisi", ExchangeKind.STUDY_VISIT, IMERETI_INITIATIVE, "ქუთაისი",
            "GE", months(6, 8), 3, "ახალგაზრდების ჩართულობა",
            novices.get(5), novices.get(6), novices.get(7)),
        visit("ge-study-chisinau", ExchangeKind.INTERNATIONAL_STUDY_VISIT, CHISINAU_CENTRE,
            "Chișinău", "MD", months(5, 7), 5,
            "საჯარო პოლიტიკის რეფორმების ადვოკატირება", leaders.get(0), leaders.get(1),
            leaders.get(2)),
        visit("ge-study-vilnius", ExchangeKind.INTERNATIONAL_STUDY_VISIT, VILNIUS_CENTRE,
            "Vilnius", "LT", months(9, 11), 5,
            "საერთაშორისო ორგანიზაციებთან თანამშრომლობა", leaders.get(1), leaders.get(3)));
  }

  private static ExchangeVisit visit(String id, ExchangeKind kind, OrganizationId host,
      String city, String country, DateRange window, int days, String theme,
      Person... visitors) {
    ImmutableList.Builder<PersonId> who = ImmutableList.builder();
    for (Person p : visitors) {
      who.add(p.id());
    }
    ExchangeVisit.Builder b = ExchangeVisit.builder().id(VisitId.of(id)).kind(kind)
        .visitors(who.build()).host(host).city(city).country(country)
        .period(DateRange.of(window.start(), window.start().plusDays(days - 1L)))
        .window(window).hostCapacity(HOST_CAPACITY).theme(theme);
    if (kind == ExchangeKind.INTERNATIONAL_STUDY_VISIT) {
      // abroad: a day's journey each way, and the host centre receives guests on working days
      b.travelDays(1).hostAvailability(HostAvailability.onWeekdays(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    }
    return b.build();
  }

  /** The months {@code from} to {@code to} of 2024, both included. */
  private static DateRange months(int from, int to) {
    return DateRange.of(LocalDate.of(2024, from, 1),
        LocalDate.of(2024, to, 1).plusMonths(1).minusDays(1));
  }

  private static ImmutableList<OutreachMeeting> outreach(List<Person> leaders) {
    return ImmutableList.of(
        OutreachMeeting.builder().id(EventId.of("ge-outreach-lentekhi"))
            .community("ლენტეხი").region("რაჭა-ლეჩხუმი და ქვემო სვანეთი").country("GE")
            .when(TimeSpan.on(LocalDate.of(2024, 4, 11), LocalTime.of(12, 0),
                LocalTime.of(15, 0), ZONE))
            .window(months(4, 6))
            .addLeaders(leaders.get(0).id(), leaders.get(2).id()).residentsAttending(48)
            .addFinding(finding("f1", "ინტერნეტი სუსტია, მოსწავლეები დისტანციურად ვერ "
                + "სწავლობენ", "connectivity"))
            .addFinding(finding("f2", "ახალგაზრდები სამუშაოს ძებნაში სოფელს ტოვებენ",
                "employment"))
            .addFollowUp(action("f1", MOUNTAIN_INTERNET,
                "მობილური ინტერნეტის დაფარვის გაფართოება", LocalDate.of(2024, 10, 1),
                ActionStatus.IN_PROGRESS))
            .addFollowUp(action("f2", BUSINESS_ASSOCIATION,
                "ადგილობრივი ახალგაზრდებისთვის სტაჟირების პროგრამა", LocalDate.of(2024, 12, 1),
                ActionStatus.OPEN))
            .build(),
        OutreachMeeting.builder().id(EventId.of("ge-outreach-omalo"))
            .community("ომალო").region("კახეთი (თუშეთი)").country("GE")
            .when(TimeSpan.on(LocalDate.of(2024, 7, 18), LocalTime.of(12, 0),
                LocalTime.of(15, 0), ZONE))
            .window(months(6, 7)).series(OMALO).occurrence(1)
            .addLeaders(leaders.get(0).id(), leaders.get(1).id()).residentsAttending(35)
            .addFinding(finding("f1", "ზამთარში გზა იკეტება და სოფელი მოწყვეტილია",
                "roads"))
            .addFinding(finding("f2", "ექიმთან მისვლა შორს და ძვირია", "health"))
            .addFollowUp(action("f1", AKHMETA, "გზის ზამთრის მოვლის გეგმის განხილვა",
                LocalDate.of(2024, 11, 1), ActionStatus.IN_PROGRESS))
            .addFollowUp(action("f2", MEDIA_NETWORK,
                "რეპორტაჟი სამედიცინო მომსახურების ხელმისაწვდომობაზე",
                LocalDate.of(2024, 8, 31), ActionStatus.DONE))
            .build(),
        OutreachMeeting.builder().id(EventId.of("ge-outreach-ninotsminda"))
            .community("ნინოწმინდა").region("სამცხე-ჯავახეთი").country("GE")
            .when(TimeSpan.on(LocalDate.of(2024, 9, 26), LocalTime.of(12, 0),
                LocalTime.of(15, 0), ZONE))
            .window(months(10, 12))
            .addLeaders(leaders.get(1).id(), leaders.get(3).id()).residentsAttending(60)
            .addFinding(finding("f1", "სახელმწიფო ენის შესწავლის შესაძლებლობები "
                + "არასაკმარისია", "language"))
            .addFinding(finding("f2", "ინფორმაცია საჯარო სერვისებზე მხოლოდ ქართულად "
                + "ვრცელდება", "information"))
            .addFollowUp(action("f1", NINOTSMINDA, "ქართული ენის უფასო კურსების ორგანიზება",
                LocalDate.of(2025, 1, 31), ActionStatus.IN_PROGRESS))
            .addFollowUp(action("f2", MEDIA_NETWORK,
                "საინფორმაციო მასალების თარგმნა და გავრცელება", LocalDate.of(2024, 11, 30),
                ActionStatus.DONE))
            .build(),
        OutreachMeeting.builder().id(EventId.of("ge-outreach-dmanisi"))
            .community("დმანისი").region("ქვემო ქართლი").country("GE")
            .when(TimeSpan.on(LocalDate.of(2024, 11, 7), LocalTime.of(12, 0),
                LocalTime.of(15, 0), ZONE))
            .window(months(1, 3))
            .addLeaders(leaders.get(2).id(), leaders.get(3).id()).residentsAttending(42)
            .addFinding(finding("f1", "სასმელი წყლის მიწოდება არარეგულარულია", "water"))
            .addFinding(finding("f2", "სკოლამდე ტრანსპორტი არ არის", "transport"))
            .addFollowUp(action("f1", DMANISI,
                "წყალმომარაგების გრაფიკის გამოქვეყნება და შეკეთების დაგეგმვა",
                LocalDate.of(2025, 3, 1), ActionStatus.OPEN))
            .addFollowUp(action("f2", DMANISI, "სასკოლო ტრანსპორტის მარშრუტის განხილვა",
                LocalDate.of(2025, 2, 1), ActionStatus.OPEN))
            .build());
  }

  private static Finding finding(String id, String issue, String category) {
    return Finding.builder().id(FindingId.of(id)).issue(issue).category(category).build();
  }

  private static FollowUpAction action(String finding, OrganizationId partner, String what,
      LocalDate due, ActionStatus status) {
    return FollowUpAction.builder().finding(FindingId.of(finding)).partner(partner)
        .action(what).due(due).status(status).build();
  }

  private static Representation rep(OrganizationId org, Sector sector, PersonId person) {
    return Representation.builder().organization(org).sector(sector).person(person).build();
  }

  private static Person georgian(NameGenerator names, String id, OrganizationId org,
      String region, ExperienceLevel level, CareerStage stage) {
    return Person.builder().id(PersonId.of(id)).fullName(names.next("GE").fullName())
        .organization(org).country("GE").region(region).addLanguages("ka", "en")
        .addInterests("სამოქალაქო საზოგადოება").experience(level).careerStage(stage)
        .homeZone(ZONE).build();
  }

  private static ImmutableList<Organization> organizations() {
    return ImmutableList.of(
        organization(ORGANIZER, text("ka", "სამოქალაქო ჩართულობის ცენტრი",
            "en", "Civic Engagement Centre"), Sector.CIVIL_SOCIETY, "GE", TBILISI),
        organization(TBILISI_DEVELOPMENT, text("ka", "თბილისის სამოქალაქო განვითარების ასოციაცია",
            "en", "Tbilisi Civic Development Association"), Sector.CIVIL_SOCIETY, "GE",
            TBILISI),
        organization(ADVOCACY_NETWORK, text("ka", "საჯარო პოლიტიკის ადვოკატირების ქსელი",
            "en", "Public Policy Advocacy Network"), Sector.CIVIL_SOCIETY, "GE", TBILISI),
        organization(IMERETI_INITIATIVE, text("ka", "იმერეთის სამოქალაქო ინიციატივა",
            "en", "Imereti Civic Initiative"), Sector.CIVIL_SOCIETY, "GE", "ქუთაისი"),
        organization(AKHMETA, text("ka", "ახმეტის მუნიციპალიტეტი", "en", "Akhmeta Municipality"),
            Sector.GOVERNMENT, "GE", "ახმეტა"),
        organization(LENTEKHI, text("ka", "ლენტეხის მუნიციპალიტეტი",
            "en", "Lentekhi Municipality"), Sector.GOVERNMENT, "GE", "ლენტეხი"),
        organization(NINOTSMINDA, text("ka", "ნინოწმინდის მუნიციპალიტეტი",
            "en", "Ninotsminda Municipality"), Sector.GOVERNMENT, "GE", "ნინოწმინდა"),
        organization(DMANISI, text("ka", "დმანისის მუნიციპალიტეტი", "en", "Dmanisi Municipality"),
            Sector.GOVERNMENT, "GE", "დმანისი"),
        organization(GOVERNMENT_ADMINISTRATION, text("ka", "საქართველოს მთავრობის ადმინისტრაცია",
            "en", "Administration of the Government of Georgia"), Sector.GOVERNMENT, "GE",
            TBILISI),
        organization(BUSINESS_ASSOCIATION, text("ka", "რეგიონული ბიზნესის ასოციაცია",
            "en", "Regional Business Association"), Sector.PRIVATE, "GE", TBILISI),
        organization(MOUNTAIN_INTERNET, text("ka", "მთის ინტერნეტი", "en", "Mountain Internet"),
            Sector.PRIVATE, "GE", "ქუთაისი"),
        organization(MEDIA_NETWORK, text("ka", "რეგიონული მედიის ქსელი",
            "en", "Regional Media Network"), Sector.MEDIA, "GE", TBILISI),
        organization(TSU, text("ka", "ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო "
                + "უნივერსიტეტი", "en", "Ivane Javakhishvili Tbilisi State University"),
            Sector.ACADEMIA, "GE", TBILISI),
        organization(CHISINAU_CENTRE, text("ro", "Centrul de Advocacy Civic",
            "en", "Civic Advocacy Centre"), Sector.CIVIL_SOCIETY, "MD", "Chișinău"),
        organization(VILNIUS_CENTRE, text("lt", "Pilietinių iniciatyvų centras",
            "en", "Civic Initiatives Centre"), Sector.CIVIL_SOCIETY, "LT", "Vilnius"));
  }
}
