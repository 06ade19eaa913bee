package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Each reference check of {@link SchedulingProblem} with its exact path and message: ids used
 * twice, unknown required and preferred attendees and quorum members, unknown allowed
 * locations, an in-person demand without any location, pins outside the grid or at a location
 * that is unknown or not allowed, unknown {@code after} demands, a cycle in the order (named
 * from the first demand on it), and a previous plan for an unknown demand; every problem is
 * reported at once; and the default name.
 */
class SchedulingProblemChecksTest {
  private static final TimeGrid GRID = TimeGrid.daily(ZoneId.of("Europe/Sofia"),
      DateRange.day(LocalDate.of(2025, 3, 24)), d -> true, LocalTime.of(9, 0),
      LocalTime.of(11, 0), Duration.ofMinutes(30));

  /** Two rooms, three people and nothing to place yet; the grid has four grains. */
  private static SchedulingProblem.Builder base() {
    return SchedulingProblem.builder().grid(GRID)
        .addLocations(Location.of("hall", 20), Location.of("annex", 8))
        .addParticipants(Participant.of("ana"), Participant.of("bo"), Participant.of("cy"));
  }

  private static Demand.Builder demand(String id) {
    return Demand.builder().id(id).durationGrains(1).addRequiredAttendees("ana");
  }

  @Test
  void aProblemIsNamedScheduleUnlessNamed() {
    assertEquals("schedule", base().build().name());
    assertEquals("spring", base().name("spring").build().name());
  }

  @Test
  void aValidProblemKeepsEverythingItWasGiven() {
    Demand a = demand("a").addPreferredAttendees("bo").addQuorums(Quorum.of("board", "bo", "cy"))
        .addAllowedLocations("annex").pinned(Placement.of(3, "annex")).build();
    Demand b = demand("b").addAfter("a").pinned(Placement.of(0, "hall")).build();
    SchedulingProblem p = base().addDemands(a, b)
        .putPreviousPlan("a", Placement.of(3, "annex")).build();
    assertEquals(List.of(a, b), p.demands());
    assertEquals(Map.of("a", Placement.of(3, "annex")), p.previousPlan());
    // an online demand needs no location in the problem
    assertEquals(1, SchedulingProblem.builder().grid(GRID).addParticipants(Participant.of("ana"))
        .addDemands(demand("call").online(true).build()).build().demands().size());
  }

  @Test
  void idsAreUniqueAmongLocationsParticipantsAndDemands() {
    rejects(b -> b.addLocations(Location.of("hall", 3)), "locations[2].id",
        "location id 'hall' is used twice");
    rejects(b -> b.addParticipants(Participant.of("bo")), "participants[3].id",
        "participant id 'bo' is used twice");
    rejects(b -> b.addDemands(demand("a").build(), demand("b").build(), demand("a").build()),
        "demands[2].id", "demand id 'a' is also used by demands[0]");
  }

  @Test
  void everyPersonADemandNamesIsAParticipant() {
    rejects(b -> b.addDemands(demand("a").addRequiredAttendees("bo", "zed").build()),
        "demands[0].requiredAttendees[2]", "unknown participant 'zed'");
    rejects(b -> b.addDemands(demand("a").build(), demand("b")
        .addPreferredAttendees("bo", "cy", "yan").build()),
        "demands[1].preferredAttendees[2]", "unknown participant 'yan'");
    rejects(b -> b.addDemands(demand("a").addQuorums(Quorum.of("board", "bo"),
        Quorum.of("town", "cy", "xi")).build()),
        "demands[0].quorums[1].members", "unknown participant 'xi'");
  }

  @Test
  void everyLocationADemandNamesExistsAndInPersonDemandsNeedOne() {
    rejects(b -> b.addDemands(demand("a").addAllowedLocations("hall", "attic").build()),
        "demands[0].allowedLocations", "unknown location 'attic'");
    InvalidInputException e = assertThrows(InvalidInputException.class, () ->
        SchedulingProblem.builder().grid(GRID).addParticipants(Participant.of("ana"))
            .addDemands(demand("call").online(true).build(), demand("talk").build()).build());
    assertEquals(List.of(Problem.at("demands[1].online",
        "an in-person demand needs at least one location in the problem")), e.problems());
  }

  @Test
  void aPinLiesInTheGridAtAKnownAllowedLocation() {
    rejects(b -> b.addDemands(demand("a").pinned(Placement.of(4, "hall")).build()),
        "demands[0].pinned.startGrain", "grain 4 is outside the grid of 4 grains");
    rejects(b -> b.addDemands(demand("a").online(true).pinned(Placement.online(9)).build()),
        "demands[0].pinned.startGrain", "grain 9 is outside the grid of 4 grains");
    rejects(b -> b.addDemands(demand("a").pinned(Placement.of(0, "attic")).build()),
        "demands[0].pinned.location", "location 'attic' is unknown or not allowed");
    rejects(b -> b.addDemands(demand("a").addAllowedLocations("annex")
        .pinned(Placement.of(0, "hall")).build()),
        "demands[0].pinned.location", "location 'hall' is unknown or not allowed");
    // the last grain, at any location when none is named, or at an allowed one
    assertEquals(3, base().addDemands(demand("a").pinned(Placement.of(3, "hall")).build(),
        demand("b").addAllowedLocations("hall", "annex").pinned(Placement.of(3, "annex"))
            .build()).build().demands().get(1).pinned().orElseThrow().startGrain());
  }

  @Test
  void everyDemandADemandComesAfterExists() {
    rejects(b -> b.addDemands(demand("a").build(), demand("b").addAfter("a", "ghost").build()),
        "demands[1].after[1]", "unknown demand 'ghost'");
    rejects(b -> b.addDemands(demand("a").addAfter("ghost").build()),
        "demands[0].after[0]", "unknown demand 'ghost'");
  }

  @Test
  void theOrderHasNoCycleAndACycleIsNamedFromItsFirstDemand() {
    rejects(b -> b.addDemands(demand("a").addAfter("b").build(),
        demand("b").addAfter("a").build()),
        "demands[0].after", "the order has a cycle: a comes after b comes after a");
    // x leads into the cycle without being on it; the cycle is reported from a, demands[1]
    rejects(b -> b.addDemands(demand("x").addAfter("a").build(),
        demand("a").addAfter("b").build(), demand("b").addAfter("c").build(),
        demand("c").addAfter("a").build()),
        "demands[1].after", "the order has a cycle: a comes after b comes after c comes after a");
  }

  @Test
  void aPreviousPlanPlacesOnlyKnownDemands() {
    rejects(b -> b.addDemands(demand("a").build()).putPreviousPlan("a", Placement.of(0, "hall"))
        .putPreviousPlan("gone", Placement.of(1, "hall")),
        "previousPlan[gone]", "unknown demand 'gone'");
  }

  @Test
  void everyProblemIsReportedAtOnceInTheOrderFound() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> base()
        .addDemands(demand("a").addRequiredAttendees("zed").addAfter("ghost").build(),
            demand("a").addAllowedLocations("attic").build())
        .putPreviousPlan("gone", Placement.of(0, "hall")).build());
    assertEquals(List.of(
        Problem.at("demands[0].requiredAttendees[1]", "unknown participant 'zed'"),
        Problem.at("demands[1].id", "demand id 'a' is also used by demands[0]"),
        Problem.at("demands[1].allowedLocations", "unknown location 'attic'"),
        Problem.at("demands[0].after[0]", "unknown demand 'ghost'"),
        Problem.at("previousPlan[gone]", "unknown demand 'gone'")), e.problems());
    assertEquals(Optional.empty(), base().build().holidays());
  }

  private static void rejects(UnaryOperator<SchedulingProblem.Builder> with, String path,
      String message) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> with.apply(base()).build());
    assertEquals(List.of(Problem.at(path, message)), e.problems(), e::getMessage);
  }
}
