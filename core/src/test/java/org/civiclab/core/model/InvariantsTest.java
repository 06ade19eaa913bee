package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Values refuse to exist in a broken state, and say which field and which value. */
class InvariantsTest {
  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  private static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 12, 31));

  private static List<Problem> problems(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems();
  }

  @Test
  void endMustFollowStart() {
    List<Problem> p = problems(() -> TimeSpan.of(LocalDateTime.of(2024, 3, 13, 17, 0),
        LocalDateTime.of(2024, 3, 13, 10, 0), SOFIA));
    assertEquals("end", p.get(0).path());
    assertTrue(p.get(0).message().contains("2024-03-13T10:00"), p.get(0).message());
    assertEquals("end", problems(() -> DateRange.of(LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 1, 1))).get(0).path());
  }

  @Test
  void aPersonCannotMentorThemselves() {
    PersonId same = PersonId.of("manager-1");
    List<Problem> p = problems(() -> MentorPairing.builder().id(PairingId.of("pair-1"))
        .mentor(same).mentee(same).direction(PairingDirection.REVERSE)
        .cadence(Cadence.perTerm(2)).period(YEAR).build());
    assertEquals("mentee", p.get(0).path());
    assertTrue(p.get(0).message().contains("manager-1"));
  }

  @Test
  void circleSizeAndMixAreCheckedTogether() {
    List<Problem> p = problems(() -> LearningCircle.builder().id(CircleId.of("c1")).name("Circle")
        .composition(CircleComposition.ofSize(3, 5)).cadence(Cadence.everyWeeks(3)).period(YEAR)
        .addMember(CircleMember.of(PersonId.of("a"), ExperienceLevel.NOVICE))
        .addMember(CircleMember.of(PersonId.of("b"), ExperienceLevel.NOVICE))
        .build());
    List<String> paths = p.stream().map(Problem::path).collect(Collectors.toList());
    assertTrue(paths.contains("members"), paths.toString());
    assertTrue(paths.contains("facilitators"), paths.toString());
    assertTrue(p.stream().anyMatch(x -> x.message().contains("2 members")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.message().contains("0 experienced")), p.toString());
  }

  @Test
  void moduleMustLieInsideItsEdition() {
    Module m = Module.builder().id(ModuleId.of("m1")).title(LocalizedText.of("bs", "Modul 1"))
        .window(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)))
        .mode(DeliveryMode.ON_SITE).build();
    List<Problem> p = problems(() -> Edition.builder().id(EditionId.of("e")).label("2024")
        .period(YEAR).addModule(m).build());
    assertEquals("modules[0].window", p.get(0).path());
    assertTrue(p.get(0).message().contains("2025-01-01"));
  }

  @Test
  void sessionsDescribeTheirModeConsistently() {
    List<Problem> p = problems(() -> Session.builder().id(EventId.of("s")).title(
        LocalizedText.of("en", "Talk")).format(SessionFormat.LECTURE).mode(DeliveryMode.ONLINE)
        .venue(VenueId.of("hall")).onlineLink(URI.create("ftp://x")).build());
    List<String> paths = p.stream().map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of("duration", "venue", "onlineLink"), paths, "every problem, not the first");
    List<Problem> unplanned = problems(() -> Session.builder().id(EventId.of("s"))
        .title(LocalizedText.of("en", "Talk")).format(SessionFormat.LECTURE)
        .mode(DeliveryMode.ONLINE).build());
    assertEquals("duration", unplanned.get(0).path());
    Session planned = Session.builder().id(EventId.of("s")).title(LocalizedText.of("en", "Day 1"))
        .format(SessionFormat.WORKSHOP).mode(DeliveryMode.ONLINE)
        .when(TimeSpan.on(LocalDate.of(2024, 3, 13), LocalTime.of(10, 0), LocalTime.of(17, 0),
            ZoneId.of("Europe/Brussels"))).build();
    assertEquals(Duration.ofHours(7), planned.duration());
  }

  @Test
  void idsAndTextsAreChecked() {
    assertEquals("value", problems(() -> PersonId.of("")).get(0).path());
    assertEquals("texts.en", problems(() -> LocalizedText.of("en", "  ")).get(0).path());
    assertEquals("original", problems(() -> LocalizedText.of("not a tag", "x")).get(0).path());
    assertEquals("country", problems(() -> Organization.builder()
        .id(OrganizationId.of("o")).name(LocalizedText.of("sv", "Digg"))
        .sector(Sector.GOVERNMENT).country("Sweden").build()).get(0).path());
  }

  @Test
  void followUpsMustAnswerAFindingOfTheirMeeting() {
    List<Problem> p = problems(() -> OutreachMeeting.builder().id(EventId.of("o1"))
        .community("Village").country("GE").addLeader(PersonId.of("l"))
        .when(TimeSpan.on(LocalDate.of(2024, 5, 1), LocalTime.NOON, LocalTime.of(14, 0),
            ZoneId.of("Asia/Tbilisi")))
        .addFollowUp(FollowUpAction.builder().finding(FindingId.of("f9"))
            .partner(OrganizationId.of("p")).action("Call").status(ActionStatus.OPEN).build())
        .build());
    assertEquals("followUps[0].finding", p.get(0).path());
  }

  @Test
  void aModuleServesItsTracksOrEveryoneWhenItNamesNone() {
    Module forAll = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("sv", "M"))
        .window(YEAR).mode(DeliveryMode.ONLINE).build();
    Module balkans = Module.builder().from(forAll).addTrack(TrackId.of("wb")).build();
    Enrollment inBalkans = Enrollment.builder().person(PersonId.of("a"))
        .status(EnrollmentStatus.CONFIRMED).audience(Audience.EXTERNAL)
        .track(TrackId.of("wb")).sequence(0).build();
    Enrollment inBaltic = Enrollment.builder().from(inBalkans).track(TrackId.of("bsr")).build();
    Enrollment noTrack = Enrollment.builder().from(inBalkans).track(java.util.Optional.empty())
        .build();
    assertTrue(forAll.serves(inBalkans) && forAll.serves(inBaltic) && forAll.serves(noTrack));
    assertTrue(balkans.serves(inBalkans));
    assertTrue(!balkans.serves(inBaltic) && !balkans.serves(noTrack));
  }

  @Test
  void eventIdsAreUniqueAcrossTheProgram() {
    Meeting m = Meeting.builder().id(EventId.of("dup")).mode(DeliveryMode.ONLINE)
        .when(TimeSpan.on(LocalDate.of(2024, 2, 1), LocalTime.of(9, 0), LocalTime.of(10, 0),
            SOFIA)).build();
    MentorPairing a = MentorPairing.builder().id(PairingId.of("a")).mentor(PersonId.of("x"))
        .mentee(PersonId.of("y")).direction(PairingDirection.PEER).cadence(Cadence.perYear(4))
        .period(YEAR).addMeeting(m).build();
    MentorPairing b = MentorPairing.builder().from(a).id(PairingId.of("b")).build();
    List<Problem> p = problems(() -> Program.builder().id(ProgramId.of("prog"))
        .title(LocalizedText.of("en", "P")).organizer(OrganizationId.of("o")).zone(SOFIA)
        .period(YEAR).addPairings(a, b).build());
    assertEquals("pairings[1].meetings[0].id", p.get(0).path());
  }
}
