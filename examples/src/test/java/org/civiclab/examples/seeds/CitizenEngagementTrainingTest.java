package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.enrolment.Roster;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

class CitizenEngagementTrainingTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final SeedProgram seed = Planned.of(CitizenEngagementTraining.build());
  private final Program program = seed.program();
  private final Edition edition =
      program.edition(CitizenEngagementTraining.EDITION).orElseThrow();

  @Test
  void isValidAgainstItsDirectory() {
    assertEquals(List.of(), seed.validate().problems());
  }

  @Test
  void titleAndDescriptionInEnglishAndBulgarian() {
    assertEquals("en", program.title().original());
    assertEquals("On-line Training on Citizen Engagement in Policy Making",
        program.title().text());
    String bg = program.title().in("bg").orElseThrow();
    assertTrue(bg.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.CYRILLIC), bg);
    assertTrue(program.description().orElseThrow().in("bg").isPresent());
  }

  @Test
  void firstDayThirteenthOfMarchTenToFive() {
    TimeSpan day = dayOf(edition.modules().get(0));
    assertEquals(LocalDateTime.of(2024, 3, 13, 10, 0), day.start());
    assertEquals(LocalDateTime.of(2024, 3, 13, 17, 0), day.end());
    assertEquals(Instant.parse("2024-03-13T09:00:00Z"), day.startInstant());
  }

  @Test
  void secondDayTwentiethOfMarchTenToOne() {
    TimeSpan day = dayOf(edition.modules().get(1));
    assertEquals(LocalDateTime.of(2024, 3, 20, 10, 0), day.start());
    assertEquals(LocalDateTime.of(2024, 3, 20, 13, 0), day.end());
  }

  @Test
  void heldOnlineInTheOrganisersZone() {
    assertEquals(BRUSSELS, program.zone());
    assertEquals(2, edition.modules().size());
    for (Session s : program.sessions()) {
      assertEquals(DeliveryMode.ONLINE, s.mode(), s.id().value());
      assertEquals(BRUSSELS, s.when().orElseThrow().zone());
    }
  }

  @Test
  void networkingAndGroupWork() {
    Set<SessionFormat> formats = program.sessions().stream().map(Session::format)
        .collect(Collectors.toSet());
    assertTrue(formats.contains(SessionFormat.NETWORKING));
    assertTrue(formats.contains(SessionFormat.GROUP_WORK));
  }

  @Test
  void openToStaffAndExternalWithLimitedPlaces() {
    var policy = edition.enrollmentPolicy().orElseThrow();
    assertEquals(CitizenEngagementTraining.CAPACITY, policy.capacity());
    assertEquals(Set.of(Audience.STAFF, Audience.EXTERNAL), policy.audiences());
    long held = edition.enrollments().stream().filter(Enrollment::holdsPlace).count();
    assertEquals(policy.capacity(), held, "every place is taken");
    Set<Audience> holding = edition.enrollments().stream().filter(Enrollment::holdsPlace)
        .map(Enrollment::audience).collect(Collectors.toSet());
    assertEquals(Set.of(Audience.STAFF, Audience.EXTERNAL), holding);
    assertTrue(count(EnrollmentStatus.WAITLISTED) > 0, "more registrations than places");
  }

  @Test
  void waitingListIsServedInRegistrationOrder() {
    Roster roster = Roster.of(edition.enrollmentPolicy().orElseThrow(), edition.enrollments());
    List<Enrollment> waiting = roster.waitingList();
    Enrollment firstWaiting = waiting.stream().min(Comparator.comparingLong(
        Enrollment::sequence)).orElseThrow();
    Enrollment someone = roster.withStatus(EnrollmentStatus.CONFIRMED).get(0);
    Roster after = roster.cancel(someone.person());
    assertEquals(EnrollmentStatus.REGISTERED,
        after.find(firstWaiting.person()).orElseThrow().status());
    assertEquals(waiting.size() - 1, after.waitingList().size());
    long promotedEarlier = edition.enrollments().stream()
        .filter(e -> e.status() == EnrollmentStatus.CANCELLED).count();
    assertEquals(2, promotedEarlier, "two cancellations in the seed");
  }

  private long count(EnrollmentStatus status) {
    return edition.enrollments().stream().filter(e -> e.status() == status).count();
  }

  private static TimeSpan dayOf(Module module) {
    TimeSpan first = module.sessions().stream().map(s -> s.when().orElseThrow())
        .min(Comparator.naturalOrder()).orElseThrow();
    TimeSpan last = module.sessions().stream().map(s -> s.when().orElseThrow())
        .max(Comparator.comparing(TimeSpan::endInstant)).orElseThrow();
    return TimeSpan.of(first.start(), last.end(), first.zone());
  }
}
