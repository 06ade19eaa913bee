package org.civiclab.examples.seeds;

import static org.civiclab.examples.seeds.SeedParts.organization;
import static org.civiclab.examples.seeds.SeedParts.text;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.enrolment.Roster;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExperienceLevel;
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
import org.civiclab.core.model.SessionPosition;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.examples.seeds.internal.NameGenerator;

/**
 * Seed 001 (Bosnian): the 2023 training of managers and civil servants of Brčko District of
 * Bosnia and Herzegovina for cooperation with the diaspora.
 *
 * <p>Three modules planned for 2023; module 1 held on 13 and 14 November 2023, organised by
 * the Department for European Integration and International Cooperation, led by an expert
 * trainer, with guest speakers on the first day (Isma Stanić of the Ministry of Human Rights
 * and Refugees of BiH and Armin Alijagić of the association "Naša perspektiva", within USAID's
 * "Diaspora Invest" project). Participants come from several departments of the Government of
 * Brčko District.
 */
public final class BrckoDiasporaTraining {

  /** The program's id. */
  public static final ProgramId ID = ProgramId.of("brcko-diaspora");
  /** The 2023 edition. */
  public static final EditionId EDITION_2023 = EditionId.of("brcko-diaspora-2023");
  /** The zone of the program's dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  /** Isma Stanić, named in the text. */
  public static final PersonId ISMA_STANIC = PersonId.of("ba.isma-stanic");
  /** Armin Alijagić, named in the text. */
  public static final PersonId ARMIN_ALIJAGIC = PersonId.of("ba.armin-alijagic");

  static final OrganizationId GOVERNMENT = OrganizationId.of("ba.brcko.vlada");
  static final OrganizationId EU_INTEGRATION_DEPARTMENT =
      OrganizationId.of("ba.brcko.odjeljenje-eu-integracije");
  static final OrganizationId MINISTRY_HUMAN_RIGHTS = OrganizationId.of("ba.mhrr");
  static final OrganizationId NASA_PERSPEKTIVA = OrganizationId.of("ba.nasa-perspektiva");

  private static final long SEED = 3_887L;
  private static final int CAPACITY = 20;
  private static final int PARTICIPANTS = 18;
  private static final VenueId HALL = VenueId.of("brcko-vlada-sala");
  /** Departments of the Government of Brčko District that send participants: id, name. */
  private static final String[][] DEPARTMENTS = {
      {"odjeljenje-privredni-razvoj", "Odjeljenje za privredni razvoj, sport i kulturu"},
      {"odjeljenje-obrazovanje", "Odjeljenje za obrazovanje"},
      {"odjeljenje-finansije", "Direkcija za finansije"},
      {"odjeljenje-zdravstvo", "Odjeljenje za zdravstvo i ostale usluge"},
      {"odjeljenje-prostorno-planiranje",
          "Odjeljenje za prostorno planiranje i imovinsko-pravne poslove"},
      {"odjeljenje-raseljene-osobe", "Odjeljenje za raseljene osobe, izbjeglice i stambena pitanja"},
      {"odjeljenje-strucni-poslovi", "Odjeljenje za stručne i administrativne poslove"}};

  private BrckoDiasporaTraining() {}

  /**
   * Builds the Brčko diaspora training with its directory.
   *
   * @return the seed program
   */
  public static SeedProgram build() {
    NameGenerator names = new NameGenerator(SEED);
    DirectorySnapshot.Builder directory = DirectorySnapshot.builder();
    Organization government = organization(GOVERNMENT, text("bs", "Vlada Brčko distrikta BiH",
        "en", "Government of Brčko District of BiH"), Sector.GOVERNMENT, "BA", "Brčko");
    directory.addOrganization(government);
    directory.addOrganization(SeedParts.partOf(EU_INTEGRATION_DEPARTMENT,
        text("bs", "Odjeljenje za evropske integracije i međunarodnu saradnju",
            "en", "Department for European Integration and International Cooperation"),
        government));
    directory.addOrganization(organization(MINISTRY_HUMAN_RIGHTS,
        text("bs", "Ministarstvo za ljudska prava i izbjeglice BiH",
            "en", "Ministry of Human Rights and Refugees of BiH"),
        Sector.GOVERNMENT, "BA", "Sarajevo"));
    directory.addOrganization(Organization.builder().id(NASA_PERSPEKTIVA)
        .name(text("bs", "Udruženje \"Naša perspektiva\"",
            "en", "Association \"Naša perspektiva\""))
        .sector(Sector.CIVIL_SOCIETY).country("BA").build());
    List<OrganizationId> departments = new ArrayList<>();
    for (String[] d : DEPARTMENTS) {
      OrganizationId id = OrganizationId.of("ba.brcko." + d[0]);
      directory.addOrganization(SeedParts.partOf(id, text("bs", d[1]), government));
      departments.add(id);
    }

    directory.addPerson(Person.builder().id(ISMA_STANIC).fullName("Isma Stanić")
        .organization(MINISTRY_HUMAN_RIGHTS)
        .unit("Odsjek za privrednu, naučnu i kulturnu saradnju")
        .country("BA").addLanguages("bs", "en").addInterests("saradnja sa dijasporom")
        .experience(ExperienceLevel.EXPERIENCED).careerStage(CareerStage.MANAGER)
        .homeZone(ZONE).build());
    directory.addPerson(Person.builder().id(ARMIN_ALIJAGIC).fullName("Armin Alijagić")
        .organization(NASA_PERSPEKTIVA).unit("direktor")
        .country("BA").addLanguages("bs", "en")
        .addInterests("saradnja sa dijasporom", "USAID projekat \"Diaspora Invest\"")
        .experience(ExperienceLevel.EXPERIENCED).careerStage(CareerStage.SENIOR)
        .homeZone(ZONE).build());
    Person trainer = Person.builder().id(PersonId.of("brcko:trainer"))
        .fullName(names.next("BA").fullName())
        .country("BA").addLanguages("bs", "en")
        .addInterests("rad s predstavnicima dijaspore", "razvojne inicijative")
        .experience(ExperienceLevel.EXPERIENCED).careerStage(CareerStage.SENIOR)
        .homeZone(ZONE).build();
    directory.addPerson(trainer);
    Person coordinator = Person.builder().id(PersonId.of("brcko:coordinator"))
        .fullName(names.next("BA").fullName())
        .organization(EU_INTEGRATION_DEPARTMENT).country("BA").addLanguages("bs", "en")
        .careerStage(CareerStage.MID_CAREER).homeZone(ZONE).build();
    directory.addPerson(coordinator);

    Roster roster = Roster.empty(EnrollmentPolicy.builder().capacity(CAPACITY)
        .audiences(ImmutableSet.of(Audience.STAFF)).build());
    for (int i = 1; i <= PARTICIPANTS; i++) {
      OrganizationId department = departments.get((i - 1) % departments.size());
      boolean manager = i % 3 == 1;
      Person p = Person.builder().id(PersonId.of("brcko:p" + i))
          .fullName(names.next("BA").fullName())
          .organization(department)
          .unit(manager ? "rukovodilac" : "službenik")
          .country("BA").addLanguages("bs")
          .addInterests("saradnja sa dijasporom", "javne politike")
          .careerStage(manager ? CareerStage.MANAGER : CareerStage.MID_CAREER)
          .homeZone(ZONE).build();
      directory.addPerson(p);
      roster = roster.register(p.id(), Audience.STAFF, Optional.empty()).confirm(p.id());
    }

    Edition edition = Edition.builder()
        .id(EDITION_2023)
        .label("2023")
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .addModule(moduleOne(trainer.id()))
        .addModule(Module.builder()
            .id(ModuleId.of("brcko-2023-m2"))
            .title(text("bs", "Modul 2: Komunikacija sa dijasporom i statistika o dijaspori",
                "en", "Module 2: Communicating with the diaspora; diaspora statistics"))
            .window(DateRange.of(LocalDate.of(2023, 11, 27), LocalDate.of(2023, 12, 8)))
            .addTopics("unapređenje komunikacije sa dijasporom", "statistika o dijaspori")
            .mode(DeliveryMode.ON_SITE)
            .addFacilitator(trainer.id())
            .addSession(unplanned("brcko-2023-m2-d1", "Prvi dan modula 2", "Module 2, day 1"))
            .addSession(unplanned("brcko-2023-m2-d2", "Drugi dan modula 2", "Module 2, day 2"))
            .build())
        .addModule(Module.builder()
            .id(ModuleId.of("brcko-2023-m3"))
            .title(text("bs",
                "Modul 3: Mapiranje resursa i multisektorska saradnja prema dijaspori",
                "en", "Module 3: Mapping resources; multisector cooperation towards the diaspora"))
            .window(DateRange.of(LocalDate.of(2023, 12, 11), LocalDate.of(2023, 12, 22)))
            .addTopics("mapiranje dostupnih resursa dijaspore",
                "uključivanje dijaspore u ekonomski i društveni razvoj",
                "multisektorska saradnja i koordinacija usluga prema dijaspori")
            .mode(DeliveryMode.ON_SITE)
            .addFacilitator(trainer.id())
            .addSession(unplanned("brcko-2023-m3-d1", "Prvi dan modula 3", "Module 3, day 1"))
            .addSession(unplanned("brcko-2023-m3-d2", "Drugi dan modula 3", "Module 3, day 2"))
            .build())
        .enrollmentPolicy(roster.policy())
        .enrollments(roster.enrollments())
        .build();

    Program program = Program.builder()
        .id(ID)
        .title(text("bs", "Program obuke rukovodilaca/službenika Brčko distrikta BiH za "
                + "saradnju sa dijasporom za 2023. godinu",
            "en", "Training of managers and civil servants of Brčko District of BiH for "
                + "cooperation with the diaspora, 2023"))
        .description(text("bs", "Specijalistički program edukacije namijenjen "
                + "rukovodiocima i državnim službenicima koji su prepoznati u relevantnim "
                + "institucijama kao ključni akteri u oblasti saradnje sa dijasporom.",
            "en", "A specialist training for managers and civil servants recognised in their "
                + "institutions as key actors in cooperation with the diaspora."))
        .organizer(EU_INTEGRATION_DEPARTMENT)
        .zone(ZONE)
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .addVenue(Venue.builder().id(HALL).name("Sala Vlade Brčko distrikta BiH").city("Brčko")
            .country("BA").zone(ZONE).capacity(30).organization(GOVERNMENT).build())
        .addRole(RoleAssignment.builder().person(coordinator.id()).role(Role.ORGANIZER)
            .onBehalfOf(EU_INTEGRATION_DEPARTMENT).build())
        .addRole(RoleAssignment.of(trainer.id(), Role.EXPERT_TRAINER))
        .addRole(RoleAssignment.builder().person(ISMA_STANIC).role(Role.GUEST_SPEAKER)
            .module(ModuleId.of("brcko-2023-m1")).onBehalfOf(MINISTRY_HUMAN_RIGHTS).build())
        .addRole(RoleAssignment.builder().person(ARMIN_ALIJAGIC).role(Role.GUEST_SPEAKER)
            .module(ModuleId.of("brcko-2023-m1")).onBehalfOf(NASA_PERSPEKTIVA).build())
        .addEdition(edition)
        .build();

    return SeedProgram.builder()
        .source("001")
        .program(program)
        .directory(directory.build())
        .addFact("Three modules planned for 2023; module 1 held on 13 and 14 November 2023.")
        .addFact("Organised by the Department for European Integration and International "
            + "Cooperation of Brčko District.")
        .addFact("An expert trainer with long experience of working with diaspora "
            + "representatives.")
        .addFact("Day 1 guest speakers: Isma Stanić (Ministry of Human Rights and Refugees of "
            + "BiH) and Armin Alijagić (association \"Naša perspektiva\", USAID \"Diaspora "
            + "Invest\").")
        .addFact("Module 1 topics: organisation and representation of the diaspora; its "
            + "perception and interest in local development; role of local self-government.")
        .addFact("Participants: managers and civil servants from departments of the Government "
            + "of Brčko District.")
        .addAssumption("Module 1 is on site in a hall of the Government of Brčko District, "
            + "09:00-15:00 on day 1 and 09:00-13:00 on day 2.")
        .addAssumption("18 participants from 7 departments (one in three a manager), capacity "
            + "20, staff only; all confirmed.")
        .addAssumption("Modules 2 and 3 fall on 27 Nov-8 Dec and 11-22 Dec 2023 with topics "
            + "taken from the program's stated aims; their sessions are not yet placed.")
        .addAssumption("Trainer, coordinator and participants' names generated from seed "
            + SEED + ".")
        .build();
  }

  private static Module moduleOne(PersonId trainer) {
    LocalDate day1 = LocalDate.of(2023, 11, 13);
    LocalDate day2 = LocalDate.of(2023, 11, 14);
    return Module.builder()
        .id(ModuleId.of("brcko-2023-m1"))
        .title(text("bs", "Modul 1: Profil dijaspore",
            "en", "Module 1: Profile of the diaspora"))
        .window(DateRange.of(day1, day2))
        .addTopics("profil dijaspore i ključni faktori koji utječu na poimanje, interese i "
                + "percepciju iseljenika u kontekstu veza sa zemljom porijekla",
            "organizacija i predstavljanje dijaspore",
            "percepcija dijaspore i njen interes za angažovanje u lokalnim razvojnim "
                + "aktivnostima",
            "uloga jedinica lokalne samouprave u profiliranju dijaspore")
        .mode(DeliveryMode.ON_SITE)
        .addFacilitator(trainer)
        .addSession(Session.builder().id(EventId.of("brcko-2023-m1-guests"))
            .title(text("bs", "Uvod: iskustva i primjeri dobre prakse u saradnji sa "
                    + "dijasporom (gosti)",
                "en", "Opening: experience and good practice in cooperation with the diaspora "
                    + "(guest speakers)"))
            .format(SessionFormat.GUEST_TALK).mode(DeliveryMode.ON_SITE).venue(HALL)
            .when(TimeSpan.on(day1, LocalTime.of(9, 0), LocalTime.of(10, 30), ZONE))
            .addFacilitator(trainer).addSpeakers(ISMA_STANIC, ARMIN_ALIJAGIC)
            .position(SessionPosition.FIRST).build())
        .addSession(held("brcko-2023-m1-profile", day1, LocalTime.of(11, 0),
            LocalTime.of(15, 0), SessionFormat.LECTURE, trainer,
            "Profil dijaspore; organizacija i predstavljanje dijaspore",
            "Profile of the diaspora; how the diaspora organises and is represented"))
        .addSession(held("brcko-2023-m1-perception", day2, LocalTime.of(9, 0),
            LocalTime.of(11, 0), SessionFormat.WORKSHOP, trainer,
            "Percepcija dijaspore i interes za lokalni razvoj",
            "How the diaspora perceives local development and its interest in it"))
        .addSession(held("brcko-2023-m1-local", day2, LocalTime.of(11, 15),
            LocalTime.of(13, 0), SessionFormat.GROUP_DISCUSSION, trainer,
            "Uloga jedinica lokalne samouprave u profiliranju dijaspore",
            "The role of local self-government in profiling the diaspora"))
        .build();
  }

  private static Session held(String id, LocalDate day, LocalTime from, LocalTime to,
      SessionFormat format, PersonId trainer, String bs, String en) {
    return Session.builder().id(EventId.of(id)).title(text("bs", bs, "en", en))
        .format(format).mode(DeliveryMode.ON_SITE).venue(HALL)
        .when(TimeSpan.on(day, from, to, ZONE)).addFacilitator(trainer).build();
  }

  private static Session unplanned(String id, String bs, String en) {
    return Session.builder().id(EventId.of(id)).title(text("bs", bs, "en", en))
        .format(SessionFormat.WORKSHOP).mode(DeliveryMode.ON_SITE)
        .duration(Duration.ofHours(5)).build();
  }
}
