package org.civiclab.json;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import org.civiclab.core.model.ActionStatus;
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
import org.civiclab.core.model.Sensitivity;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.SessionPosition;
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
import org.civiclab.core.time.Season;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.TimeSpan;

/**
 * A hand-built program and directory that set every optional field of the model, which the
 * generator leaves out, so that round-trip and schema tests cover each field.
 */
final class Rich {
  static final ZoneId SARAJEVO = ZoneId.of("Europe/Sarajevo");

  private Rich() {}

  static LocalizedText text(String s) {
    return LocalizedText.of("en", s).with("bs", s + " (bs)");
  }

  static PersonId p(int i) {
    return PersonId.of("p" + i);
  }

  static OrganizationId o(int i) {
    return OrganizationId.of("o" + i);
  }

  private static LocalDate start2020() {
    return LocalDate.of(2020, 1, 15);
  }

  static DirectorySnapshot directory() {
    DirectorySnapshot.Builder b = DirectorySnapshot.builder();
    Sector[] sectors = Sector.values();
    for (int i = 0; i < 5; i++) {
      b.addOrganization(Organization.builder().id(o(i)).name(text("Org " + i))
          .sector(sectors[i]).country("BA").city("Mostar")
          .parent(i == 0 ? java.util.Optional.empty() : java.util.Optional.of(o(0))).build());
    }
    for (int i = 0; i < 12; i++) {
      b.addPerson(Person.builder().id(p(i)).fullName("Person " + i).email("p" + i + "@x.ba")
          .organization(o(i % 5)).unit("unit").reportsTo(i == 0 ? p(1) : p(0)).country("BA")
          .region("Western Balkans").addLanguages("bs", "en").addInterests("diaspora")
          .experience(i % 2 == 0 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE)
          .careerStage(CareerStage.MANAGER).homeZone(SARAJEVO)
          .gender(i == 3 ? org.civiclab.core.model.Gender.selfDescribed("agender")
              : org.civiclab.core.model.Gender.of(
                  org.civiclab.core.model.Gender.Kind.values()[i % 5 == 3 ? 4 : i % 5]))
          .birthYear(1970 + i).ageBand(org.civiclab.core.model.AgeBand.of(30, 39))
          .addAccessNeeds("step-free access")
          .putAttribute("languageLevel", org.civiclab.core.model.AttributeValue.choice("B2"))
          .putAttribute("years", org.civiclab.core.model.AttributeValue.number(
              new java.math.BigDecimal("3.5")))
          .putAttribute("since", org.civiclab.core.model.AttributeValue.date(start2020()))
          .build());
    }
    return b.build();
  }

  static Program program() {
    LocalDate start = LocalDate.of(2025, 1, 1);
    DateRange year = DateRange.of(start, LocalDate.of(2025, 12, 31));
    TimeSpan opening = TimeSpan.on(LocalDate.of(2025, 3, 3), LocalTime.of(9, 0),
        LocalTime.of(11, 0), SARAJEVO);
    TrackId balkans = TrackId.of("balkans");
    VenueId hall = VenueId.of("hall");
    Meeting meeting = Meeting.builder().id(EventId.of("meet-1"))
        .when(TimeSpan.on(LocalDate.of(2025, 4, 1), LocalTime.of(10, 0), LocalTime.of(11, 0),
            SARAJEVO)).mode(DeliveryMode.HYBRID).venue(hall)
        .onlineLink(URI.create("https://meet.example/a")).status(MeetingStatus.HELD).build();
    // an hour later: agreed times of one venue must not overlap
    Meeting circleMeeting = Meeting.builder().from(meeting).id(EventId.of("meet-2"))
        .when(TimeSpan.on(LocalDate.of(2025, 4, 1), LocalTime.of(11, 0), LocalTime.of(12, 0),
            SARAJEVO)).build();
    Module module = Module.builder().id(ModuleId.of("m1")).title(text("Module"))
        .dayShape(org.civiclab.core.time.DayShape.builder()
            .workingDays(java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY,
                java.time.DayOfWeek.SUNDAY))
            .dayStart(java.time.LocalTime.of(9, 0)).dayEnd(java.time.LocalTime.of(17, 0))
            .addBreaks(org.civiclab.core.time.DailyBreak.of("lunch",
                java.time.LocalTime.of(12, 30), java.time.LocalTime.of(13, 30)))
            .build())
        .window(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .addTopics("governance").mode(DeliveryMode.HYBRID).addFacilitators(p(0))
        .addTracks(balkans)
        .addSessions(Session.builder().id(EventId.of("s1")).title(text("Opening"))
            .format(SessionFormat.STUDY_VISIT).mode(DeliveryMode.HYBRID).when(opening)
            .venue(hall).onlineLink(URI.create("https://meet.example/s1")).host(o(2))
            .addFacilitators(p(0)).addSpeakers(p(3)).required(false)
            .position(SessionPosition.FIRST)
            .addGroups(SessionGroup.builder().name("on site").venue(hall).build(),
                SessionGroup.builder().name("online")
                    .onlineLink(URI.create("https://meet.example/s1-b")).build())
            .build())
        .addSessions(Session.builder().id(EventId.of("s2")).title(text("Unplanned"))
            .format(SessionFormat.WORKSHOP).mode(DeliveryMode.ONLINE)
            .duration(Duration.ofMinutes(90)).addAfter(EventId.of("s1"))
            .addGroups(SessionGroup.builder().name("A").addFacilitators(p(0))
                .addParticipants(p(5)).onlineLink(URI.create("https://meet.example/s2-a"))
                .build(), SessionGroup.builder().name("B").addFacilitators(p(3)).build())
            .build())
        .build();
    Edition edition = Edition.builder().id(EditionId.of("e2025")).label("2025").period(year)
        .funding(FundingCycle.builder().funder(o(1)).call("Call 7")
            .applicationDeadline(LocalDate.of(2024, 10, 1)).status(FundingStatus.GRANTED).build())
        .addTracks(Track.builder().id(balkans).name(text("Balkans")).focus(text("Governance"))
            .eligibility(Eligibility.builder().addRegions("Western Balkans").addCountries("BA")
                .addCareerStages(CareerStage.MANAGER).build()).capacity(20).build())
        .addModules(module).moduleOrderRequired(false)
        .enrollmentPolicy(EnrollmentPolicy.builder().capacity(10).staffPlaces(4)
            .externalPlaces(8).build())
        .addEnrollments(Enrollment.builder().person(p(5)).status(EnrollmentStatus.CONFIRMED)
            .audience(Audience.EXTERNAL).track(balkans).sequence(1).build())
        .build();
    var circle = LearningCircle.builder().id(CircleId.of("c1"))
        .name("Circle").addFacilitators(p(0)).addInvitedExperts(p(11))
        .composition(CircleComposition.builder().minSize(4).maxSize(6).minExperienced(2)
            .minNovices(2).minFacilitators(1).build())
        .cadence(Cadence.perTerm(2)).period(year)
        .addMeetings(circleMeeting);
    for (int i = 1; i <= 5; i++) {
      circle.addMembers(CircleMember.of(p(i), i % 2 == 0 ? ExperienceLevel.EXPERIENCED
          : ExperienceLevel.NOVICE));
    }
    return Program.builder().id(ProgramId.of("rich")).title(text("Rich"))
        .description(text("Every field")).organizer(o(0)).addFunders(o(1)).addPartners(o(2))
        .zone(SARAJEVO).period(year)
        .academicCalendar(AcademicCalendar.builder().name("Year").addTerms(
            Term.of("spring", DateRange.of(start, LocalDate.of(2025, 6, 30))),
            Term.of("autumn", DateRange.of(LocalDate.of(2025, 8, 1), year.end()))).build())
        .dayShape(org.civiclab.core.time.DayShape.weekdays(java.time.LocalTime.of(8, 30),
            java.time.LocalTime.of(16, 0)))
        .holidays(HolidayCalendar.builder().name("BA").putHoliday(LocalDate.of(2025, 3, 1),
            "Independence Day").build())
        .addVenues(Venue.builder().id(hall).name("Hall").city("Mostar").country("BA")
            .dayShape(org.civiclab.core.time.DayShape.weekdays(java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(20, 0)))
            .zone(SARAJEVO).capacity(40).organization(o(0)).build())
        .addRoles(RoleAssignment.builder().person(p(3)).role(Role.GUEST_SPEAKER)
            .module(ModuleId.of("m1")).onBehalfOf(o(2)).build())
        .addEditions(edition)
        .addPairings(MentorPairing.builder().id(PairingId.of("pair")).mentor(p(6)).mentee(p(7))
            .direction(PairingDirection.REVERSE).cadence(Cadence.everyWeeks(3)).period(year)
            .addMeetings(meeting).rationale("shared interests").build())
        .addCircles(circle.build())
        .addExchangeVisits(ExchangeVisit.builder().id(VisitId.of("v1"))
            .kind(ExchangeKind.INTERNATIONAL_STUDY_VISIT).addVisitors(p(8)).host(o(3))
            .city("Malmö").country("SE").period(DateRange.of(LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 5, 9))).theme("e-government")
            .window(DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 30)))
            .hostCapacity(4).travelDays(1)
            .hostAvailability(HostAvailability.builder()
                .addOpen(DateRange.of(LocalDate.of(2025, 1, 8), LocalDate.of(2025, 7, 31)))
                .weekdays(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                    java.time.DayOfWeek.FRIDAY)).build()).build())
        .addOutreachMeetings(OutreachMeeting.builder().id(EventId.of("out"))
            .community("Village").region("Herzegovina").country("BA")
            .when(TimeSpan.on(LocalDate.of(2025, 6, 2), LocalTime.of(14, 0), LocalTime.of(16, 0),
                SARAJEVO)).addLeaders(p(9)).residentsAttending(23)
            .travelFromBase(Duration.ofMinutes(150))
            .window(DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 30)))
            .addFindings(Finding.builder().id(FindingId.of("f1")).issue("Roads").category("roads")
                .build())
            .addFollowUps(FollowUpAction.builder().finding(FindingId.of("f1")).partner(o(4))
                .action("Ask the canton").due(LocalDate.of(2025, 7, 1))
                .status(ActionStatus.IN_PROGRESS).build()).build())
        .addOutreachSeries(OutreachSeries.builder().id(SeriesId.of("village"))
            .community("Village").region("Herzegovina").country("BA")
            .cadence(Cadence.perYear(2)).length(Duration.ofHours(2))
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)))
            .season(Season.of(MonthDay.of(11, 15), MonthDay.of(3, 31)))
            .preferredStart(LocalTime.of(10, 30)).addLeaders(p(9))
            .travelFromBase(Duration.ofMinutes(150)).build())
        .addOutreachMeetings(OutreachMeeting.builder().id(EventId.of("village-1"))
            .community("Village").country("BA").addLeaders(p(9))
            .when(TimeSpan.on(LocalDate.of(2025, 3, 12), LocalTime.of(10, 30),
                LocalTime.of(12, 30), SARAJEVO))
            .series(SeriesId.of("village")).occurrence(1).build())
        .addReflectionMeetings(ReflectionMeeting.builder().id(EventId.of("refl"))
            .when(TimeSpan.on(LocalDate.of(2025, 11, 20), LocalTime.of(9, 0), LocalTime.of(17, 0),
                SARAJEVO)).venue(hall)
            .window(DateRange.of(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 15)))
            .addParticipants(Representation.builder().organization(o(0))
                .sector(Sector.CIVIL_SOCIETY).person(p(0)).build())
            .addThemes("trust").build())
        .addEvaluations(Evaluation.builder().id(EvaluationId.of("ev"))
            .subject(EvaluationSubject.of(EvaluationSubject.Kind.SESSION, "s1"))
            .respondent(p(5)).submittedOn(LocalDate.of(2025, 3, 4)).putRating("overall", 5)
            .comment("useful").build())
        .attributeSchema(attributeSchema())
        .build();
  }

  /**
   * The custom attributes the rich directory's people carry, declared with every field of a
   * definition, and one more that nobody has (neither required nor personal data only).
   */
  static AttributeSchema attributeSchema() {
    return AttributeSchema.builder()
        .addDefinitions(AttributeDefinition.builder().key("languageLevel").label("Language level")
            .type(AttributeType.CHOICE).addChoices("B1", "B2", "C1").required(true)
            .sensitivity(Sensitivity.PERSONAL).build())
        .addDefinitions(AttributeDefinition.builder().key("years").label("Years in service")
            .type(AttributeType.NUMBER).build())
        .addDefinitions(AttributeDefinition.builder().key("since").label("Member since")
            .type(AttributeType.DATE).build())
        .addDefinitions(AttributeDefinition.builder().key("health").label("Health – zdravlje")
            .type(AttributeType.TEXT).sensitivity(Sensitivity.SPECIAL_CATEGORY).build())
        .build();
  }
}
