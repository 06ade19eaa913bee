package org.civiclab.examples.seeds;

import static org.civiclab.examples.seeds.SeedParts.organization;
import static org.civiclab.examples.seeds.SeedParts.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.civiclab.examples.seeds.internal.NameGenerator;
import org.civiclab.examples.seeds.internal.SeedMatching;

/**
 * Seed 003 (Swedish): the student mentor programme of Digg, the Agency for Digital Government,
 * and Mid Sweden University in Sundsvall: reverse mentoring.
 *
 * <p>Eight managers of the agency each have a student as mentor, for one year, with two
 * meetings per term; the programme is evaluated afterwards. The students come from several
 * study programmes (political science and social science among them) and share a strong civic
 * engagement. Malin Rinstad (HR specialist at Digg) is one of the initiators; Katarina
 * Gidlund (professor of digitalisation at Mid Sweden University) speaks for the university.
 */
public final class ReverseMentoring {

  /** The program's id. */
  public static final ProgramId ID = ProgramId.of("digg-studentmentor");
  /** The zone of the program's dates: Sundsvall. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  /** The number of managers, each with one student mentor. */
  public static final int PAIRS = 8;
  /** Malin Rinstad, named in the text. */
  public static final PersonId MALIN_RINSTAD = PersonId.of("se.digg.malin-rinstad");
  /** Katarina Gidlund, named in the text. */
  public static final PersonId KATARINA_GIDLUND = PersonId.of("se.miun.katarina-gidlund");

  static final OrganizationId DIGG = OrganizationId.of("se.digg");
  static final OrganizationId MIUN = OrganizationId.of("se.miun");

  private static final long SEED = 3_003L;
  private static final VenueId DIGG_OFFICE = VenueId.of("digg-sundsvall");
  private static final VenueId MIUN_CAMPUS = VenueId.of("miun-campus-sundsvall");
  private static final DateRange YEAR =
      DateRange.of(LocalDate.of(2019, 1, 21), LocalDate.of(2020, 1, 19));
  private static final ImmutableList<String> UNITS = ImmutableList.of(
      "Avdelningen för digital infrastruktur", "Avdelningen för styrning och samordning",
      "Enheten för öppna data", "Enheten för digitala tjänster", "Enheten för juridik",
      "Enheten för kommunikation", "Enheten för verksamhetsstöd", "Enheten för analys");
  private static final ImmutableList<String> PROGRAMMES = ImmutableList.of(
      "Statsvetenskap", "Samhällsvetenskapliga programmet", "Data- och systemvetenskap",
      "Ekonomprogrammet", "Medie- och kommunikationsvetenskap", "Sociologi",
      "Statsvetenskap", "Samhällsvetenskapliga programmet");
  private static final ImmutableList<String> QUESTIONS = ImmutableList.of(
      "nya perspektiv på digitalisering", "mötenas värde", "skulle rekommendera programmet");

  private ReverseMentoring() {}

  /**
   * The terms of the mentoring year: spring and autumn 2019 at Mid Sweden University.
   *
   * @return the academic calendar
   */
  public static AcademicCalendar calendar() {
    return AcademicCalendar.builder()
        .name("Mittuniversitetet 2019")
        .addTerm(Term.of("VT 2019", DateRange.of(LocalDate.of(2019, 1, 21),
            LocalDate.of(2019, 6, 9))))
        .addTerm(Term.of("HT 2019", DateRange.of(LocalDate.of(2019, 9, 2),
            LocalDate.of(2020, 1, 19))))
        .build();
  }

  /**
   * The Swedish public holidays of the mentoring year, on which no meeting is planned.
   *
   * @return the holiday calendar
   */
  public static HolidayCalendar holidays() {
    return HolidayCalendar.builder().name("Sverige 2019").holidays(
        ImmutableSortedMap.<LocalDate, String>naturalOrder()
        .put(LocalDate.of(2019, 4, 19), "Långfredagen")
        .put(LocalDate.of(2019, 4, 22), "Annandag påsk")
        .put(LocalDate.of(2019, 5, 1), "Första maj")
        .put(LocalDate.of(2019, 5, 30), "Kristi himmelsfärdsdag")
        .put(LocalDate.of(2019, 6, 6), "Sveriges nationaldag")
        .put(LocalDate.of(2019, 12, 24), "Julafton")
        .put(LocalDate.of(2019, 12, 25), "Juldagen")
        .put(LocalDate.of(2019, 12, 26), "Annandag jul")
        .put(LocalDate.of(2019, 12, 31), "Nyårsafton")
        .put(LocalDate.of(2020, 1, 1), "Nyårsdagen")
        .put(LocalDate.of(2020, 1, 6), "Trettondedag jul")
        .build())
        .build();
  }

  /**
   * Builds the reverse-mentoring programme with its directory.
   *
   * @return the seed program
   */
  public static SeedProgram build() {
    NameGenerator names = new NameGenerator(SEED);
    DirectorySnapshot.Builder directory = DirectorySnapshot.builder();
    directory.addOrganization(organization(DIGG,
        text("sv", "Myndigheten för digital förvaltning (Digg)",
            "en", "Agency for Digital Government (Digg)"), Sector.GOVERNMENT, "SE", "Sundsvall"));
    directory.addOrganization(organization(MIUN,
        text("sv", "Mittuniversitetet", "en", "Mid Sweden University"), Sector.ACADEMIA, "SE",
        "Sundsvall"));
    directory.addPerson(Person.builder().id(MALIN_RINSTAD).fullName("Malin Rinstad")
        .organization(DIGG).unit("HR").country("SE").addLanguages("sv", "en")
        .addInterests("kompetensutveckling", "digitalisering")
        .careerStage(CareerStage.MID_CAREER).homeZone(ZONE).build());
    directory.addPerson(Person.builder().id(KATARINA_GIDLUND).fullName("Katarina Gidlund")
        .organization(MIUN).unit("professor i digitalisering").country("SE")
        .addLanguages("sv", "en").addInterests("digitalisering", "brett deltagande")
        .experience(ExperienceLevel.EXPERIENCED).careerStage(CareerStage.SENIOR)
        .homeZone(ZONE).build());

    List<Person> managers = new ArrayList<>();
    List<Person> students = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      Person manager = Person.builder().id(PersonId.of("digg:manager-" + (i + 1)))
          .fullName(names.next("SE").fullName())
          .organization(DIGG).unit(UNITS.get(i)).country("SE").addLanguages("sv", "en")
          .addInterests("digitalisering", "ledarskap")
          .experience(ExperienceLevel.EXPERIENCED).careerStage(CareerStage.MANAGER)
          .homeZone(ZONE).build();
      Person student = Person.builder().id(PersonId.of("miun:student-" + (i + 1)))
          .fullName(names.next("SE").fullName())
          .organization(MIUN).unit(PROGRAMMES.get(i)).country("SE").addLanguages("sv", "en")
          .addInterests("samhällsengagemang", "digitalisering")
          .experience(ExperienceLevel.NOVICE).careerStage(CareerStage.STUDENT)
          .homeZone(ZONE).build();
      directory.addPerson(manager);
      directory.addPerson(student);
      managers.add(manager);
      students.add(student);
    }

    HolidayCalendar holidays = holidays();
    ImmutableList.Builder<MentorPairing> pairings = ImmutableList.builder();
    ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builder();
    List<SeedMatching.Match> matches = SeedMatching.pair(students, managers);
    for (int i = 0; i < matches.size(); i++) {
      SeedMatching.Match match = matches.get(i);
      PairingId id = PairingId.of("digg-pair-" + (i + 1));
      pairings.add(MentorPairing.builder()
          .id(id)
          .mentor(match.mentor().id())
          .mentee(match.mentee().id())
          .direction(PairingDirection.REVERSE)
          .cadence(Cadence.perTerm(2))
          .period(YEAR)
          .rationale(match.rationale())
          .build());
      LocalDate submitted = LocalDate.of(2020, 2, 3).plusDays(i);
      evaluations.add(evaluation(id, "mentee", match.mentee().id(), submitted, names));
      evaluations.add(evaluation(id, "mentor", match.mentor().id(), submitted, names));
    }

    Program program = Program.builder()
        .id(ID)
        .title(text("sv", "Studentmentorprogrammet: chefer får studenter som mentorer",
            "en", "Student mentor programme: managers get students as mentors"))
        .description(text("sv", "Ett mentorprogram med ombytta roller där studenterna är "
                + "mentorer och cheferna adepter, för att ge nya perspektiv på digitalisering.",
            "en", "A mentoring programme with the roles reversed: students mentor the managers, "
                + "who gain new perspectives on digitalisation."))
        .organizer(DIGG)
        .addPartner(MIUN)
        .zone(ZONE)
        .period(DateRange.of(YEAR.start(), LocalDate.of(2020, 2, 28)))
        .academicCalendar(calendar())
        .holidays(holidays)
        .addVenue(Venue.builder().id(DIGG_OFFICE).name("Digg, kontoret i Sundsvall")
            .city("Sundsvall").country("SE").zone(ZONE).capacity(20).organization(DIGG).build())
        .addVenue(Venue.builder().id(MIUN_CAMPUS).name("Mittuniversitetet, campus Sundsvall")
            .city("Sundsvall").country("SE").zone(ZONE).capacity(20).organization(MIUN).build())
        .addRole(RoleAssignment.builder().person(MALIN_RINSTAD).role(Role.COORDINATOR)
            .onBehalfOf(DIGG).build())
        .addRole(RoleAssignment.builder().person(KATARINA_GIDLUND).role(Role.RESEARCHER)
            .onBehalfOf(MIUN).build())
        .pairings(pairings.build())
        .evaluations(evaluations.build())
        .build();

    return SeedProgram.builder()
        .source("003")
        .program(program)
        .directory(directory.build())
        .addFact("Digg (Agency for Digital Government, Sundsvall, set up September 2018) and "
            + "Mid Sweden University, cooperating since that autumn.")
        .addFact("Eight managers at the agency each have a student as mentor: reverse "
            + "mentoring.")
        .addFact("One year, two meetings per term, evaluated afterwards.")
        .addFact("Students from several study programmes, such as political science and "
            + "social science, all with a strong civic engagement.")
        .addFact("Malin Rinstad, HR specialist at Digg, is one of the initiators; Katarina "
            + "Gidlund is professor of digitalisation at Mid Sweden University.")
        .addAssumption("The year is spring and autumn terms 2019 (VT 2019 from 21 January, HT "
            + "2019 to 19 January 2020): the cooperation began in autumn 2018.")
        .addAssumption("The text states no meeting times: the planner places the two meetings "
            + "per term of each pair (one hour, online) in working hours both share, outside "
            + "Swedish public holidays.")
        .addAssumption("Pairs made in the generated order (see SeedMatching); managers' units "
            + "and students' programmes are plausible inventions.")
        .addAssumption("The evaluation is one response per mentor and mentee in February 2020, "
            + "three questions rated 1-5; the program's period runs to 28 February 2020 to "
            + "include it.")
        .addAssumption("Managers' and students' names generated from seed " + SEED + ".")
        .build();
  }

  private static Evaluation evaluation(PairingId pairing, String side, PersonId respondent,
      LocalDate submitted, NameGenerator random) {
    Evaluation.Builder b = Evaluation.builder()
        .id(EvaluationId.of(pairing.value() + "-" + side))
        .subject(EvaluationSubject.of(EvaluationSubject.Kind.PAIRING, pairing.value()))
        .respondent(respondent)
        .submittedOn(submitted);
    for (String q : QUESTIONS) {
      b.putRating(q, 3 + random.nextInt(3));
    }
    return b.build();
  }
}
