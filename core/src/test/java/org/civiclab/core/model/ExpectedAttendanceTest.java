package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** Who is expected at a module's sessions: one rule per purpose, status by status. */
class ExpectedAttendanceTest {
  private static final DateRange SPRING = DateRange.of(LocalDate.of(2024, 3, 1),
      LocalDate.of(2024, 5, 31));
  private static final TrackId NORTH = TrackId.of("north");
  private static final TrackId SOUTH = TrackId.of("south");

  private static Module module(String id, TrackId... tracks) {
    return Module.builder().id(ModuleId.of(id)).title(LocalizedText.of("en", "Module " + id))
        .window(SPRING).mode(DeliveryMode.ONLINE).addTracks(tracks).build();
  }

  /** One enrolment per status and track (and one without a track), in a fixed order. */
  private static Edition edition(Module... modules) {
    List<Enrollment> enrollments = new ArrayList<>();
    long seq = 0;
    for (TrackId track : new TrackId[] {NORTH, SOUTH, null}) {
      for (EnrollmentStatus status : EnrollmentStatus.values()) {
        enrollments.add(Enrollment.builder()
            .person(PersonId.of(status.name().toLowerCase() + "-" + (track == null ? "none"
                : track.value())))
            .status(status).audience(Audience.EXTERNAL)
            .track(java.util.Optional.ofNullable(track)).sequence(seq++).build());
      }
    }
    return Edition.builder().id(EditionId.of("e")).label("2024").period(SPRING)
        .addModules(modules).enrollments(enrollments).build();
  }

  private static List<String> people(List<Enrollment> enrollments) {
    return enrollments.stream().map(en -> en.person().value()).toList();
  }

  @Test
  void planningExpectsRegisteredAndConfirmedOnly() {
    Module all = module("all");
    Edition e = edition(all);
    assertEquals(List.of("registered-north", "confirmed-north", "registered-south",
        "confirmed-south", "registered-none", "confirmed-none"),
        people(e.expectedAt(all, Expectation.PLANNING)));
  }

  @Test
  void theRollAlsoHoldsThoseWhoCompleted() {
    Module all = module("all");
    Edition e = edition(all);
    assertEquals(List.of("registered-north", "confirmed-north", "completed-north",
        "registered-south", "confirmed-south", "completed-south", "registered-none",
        "confirmed-none", "completed-none"), people(e.expectedAt(all, Expectation.ROLL)));
  }

  @Test
  void aModuleForSomeTracksExpectsOnlyTheirEnrolments() {
    Module north = module("n", NORTH);
    Edition e = edition(north);
    assertEquals(List.of("registered-north", "confirmed-north"),
        people(e.expectedAt(north, Expectation.PLANNING)));
    assertEquals(List.of("registered-north", "confirmed-north", "completed-north"),
        people(e.expectedAt(north, Expectation.ROLL)));
  }

  @Test
  void theRollIsWhoHoldsAPlaceAndPlanningLeavesOutWhoIsDone() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      assertEquals(Enrollment.holdsPlace(s), Expectation.ROLL.includes(s), s.name());
      assertEquals(Enrollment.holdsPlace(s) && s != EnrollmentStatus.COMPLETED,
          Expectation.PLANNING.includes(s), s.name());
    }
  }
}
