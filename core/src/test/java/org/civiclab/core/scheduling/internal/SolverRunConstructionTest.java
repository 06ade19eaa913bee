package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.SolverListener;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.spi.PerDemandRule;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * The construction heuristic alone (step limit 0): which start and room each demand gets, what
 * it keeps from a previous plan and a pin, in which order demands are placed; and what a run
 * reports: its steps, its new best scores, its first feasible schedule and its times.
 */
class SolverRunConstructionTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  /** Ten one-hour grains, 08:00 to 18:00, on one Monday: grains 0 to 9. */
  static TimeGrid oneDay() {
    return TimeGrid.daily(ZONE, DateRange.day(MONDAY), d -> true, LocalTime.of(8, 0),
        LocalTime.of(18, 0), Duration.ofHours(1));
  }

  /** Hours from 08:00 on weekdays, in the grid's zone. */
  static WorkingHours hoursUntil(int hour) {
    return WorkingHours.of(ZONE, LocalTime.of(8, 0), LocalTime.of(hour, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  static SchedulingResult construct(SchedulingProblem p, List<? extends Rule> rules) {
    return Scheduler.builder().rules(rules).stepLimit(0).build().solve(p);
  }

  static Placement placement(SchedulingResult r, String demand) {
    return r.schedule().placements().get(demand);
  }

  /** One demand of some need in rooms of the given capacities, named r0, r1, ... in order. */
  static SchedulingProblem inRooms(int need, int... capacities) {
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(oneDay());
    for (int i = 0; i < capacities.length; i++) {
      b.addLocation(Location.of("r" + i, capacities[i]));
    }
    return b.addDemand(Demand.builder().id("talk").durationGrains(2).capacityNeed(need).build())
        .build();
  }

  // ---------------------------------------------------------------- start and room

  /** Rules that score every room alike: the room a demand gets is its default room. */
  static final List<Rule> NO_CAPACITY = List.of(Rules.gridFit(), Rules.venueDoubleBooked());

  @Test
  void aDemandGoesToTheSmallestRoomThatSeatsItWhereverThatRoomIsListed() {
    assertEquals(Placement.of(0, "r2"), placement(construct(inRooms(10, 30, 8, 12),
        NO_CAPACITY), "talk"));
    assertEquals(Placement.of(0, "r0"), placement(construct(inRooms(10, 10, 30),
        NO_CAPACITY), "talk"));
    assertEquals(Placement.of(0, "r1"), placement(construct(inRooms(10, 30, 10),
        NO_CAPACITY), "talk"));
    assertEquals(Placement.of(0, "r1"), placement(construct(inRooms(10, 8, 12),
        NO_CAPACITY), "talk"));
    // of two rooms of one size, the first
    assertEquals(Placement.of(0, "r0"), placement(construct(inRooms(10, 12, 12),
        NO_CAPACITY), "talk"));
    // with the capacity rule too, since every room that seats it scores the same
    assertEquals(Placement.of(0, "r2"), placement(construct(inRooms(10, 30, 8, 12),
        Rules.hard()), "talk"));
  }

  @Test
  void aDemandNoRoomSeatsGoesToTheLargestRoom() {
    assertEquals(Placement.of(0, "r1"), placement(construct(inRooms(40, 8, 30, 12),
        NO_CAPACITY), "talk"));
    assertEquals(Placement.of(0, "r1"), placement(construct(inRooms(40, 12, 30, 8),
        NO_CAPACITY), "talk"));
    assertEquals(Placement.of(0, "r0"), placement(construct(inRooms(40, 12, 12),
        NO_CAPACITY), "talk"));
    // and with it, the largest room is also the one that costs least
    assertEquals(Placement.of(0, "r1"), placement(construct(inRooms(40, 8, 30, 12),
        Rules.hard()), "talk"));
  }

  @Test
  void theBestStartInTheDefaultRoomWinsOverAnEqualStartElsewhere() {
    // the small room is the default; it is booked all day but at 17:00, when the hall is
    // booked. The hall is free at 08:00, which scores the same as the small room at 17:00:
    // starts are ranked in the default room, and another room must do strictly better
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("hall", 30)).addLocation(Location.of("small", 8));
    for (int g = 0; g < 9; g++) {
      b.addDemand(Demand.builder().id("booked" + g).durationGrains(1).capacityNeed(0)
          .pinned(Placement.of(g, "small")).build());
    }
    b.addDemand(Demand.builder().id("hallBooked").durationGrains(1).capacityNeed(0)
        .pinned(Placement.of(9, "hall")).build());
    SchedulingProblem p = b.addDemand(Demand.builder().id("talk").durationGrains(1)
        .capacityNeed(5).build()).build();
    SchedulingResult r = construct(p, Rules.hard());
    assertTrue(r.isFeasible(), () -> r.schedule().violations().toString());
    assertEquals(Placement.of(9, "small"), placement(r, "talk"));
  }

  @Test
  void theOtherRoomsAreTriedAtTheBestStartsOfTheDefaultRoom() {
    // the default room (small) is booked all day: every start in it costs the same, so the
    // first starts are the best ones, and there the hall is free
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("hall", 30)).addLocation(Location.of("small", 8));
    for (int g = 0; g < 10; g++) {
      b.addDemand(Demand.builder().id("booked" + g).durationGrains(1).capacityNeed(0)
          .pinned(Placement.of(g, "small")).build());
    }
    b.addDemand(Demand.builder().id("hallBooked").durationGrains(1).capacityNeed(0)
        .pinned(Placement.of(0, "hall")).build());
    SchedulingProblem p = b.addDemand(Demand.builder().id("talk").durationGrains(1)
        .capacityNeed(5).build()).build();
    SchedulingResult r = construct(p, Rules.hard());
    assertTrue(r.isFeasible(), () -> r.schedule().violations().toString());
    assertEquals(Placement.of(1, "hall"), placement(r, "talk"));
  }

  @Test
  void anOnlineDemandGetsNoRoom() {
    SchedulingProblem p = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("hall", 30))
        .addDemand(Demand.builder().id("call").durationGrains(2).online(true).build()).build();
    assertEquals(Placement.online(0), placement(construct(p, Rules.hard()), "call"));
  }

  /** A soft penalty of the distance from one grain. */
  static Rule near(int grain) {
    return new PerDemandRule("near-" + grain, Level.SOFT, 1) {
      @Override
      protected long penalty(ProblemView problem, int demand, int start, int location) {
        return Math.abs(start - grain);
      }

      @Override
      protected String message(ProblemView problem, int demand, int start, int location) {
        return "away from grain " + grain;
      }
    };
  }

  @Test
  void upToTwoHundredFiftySixStartsAreAllTried() {
    // 32 days of eight grains: exactly 256 starts, and the best one in the middle
    TimeGrid grid = TimeGrid.daily(ZONE, DateRange.of(MONDAY, MONDAY.plusDays(31)), d -> true,
        LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofHours(1));
    SchedulingProblem p = SchedulingProblem.builder().grid(grid)
        .addDemand(Demand.builder().id("call").durationGrains(1).online(true).build()).build();
    assertEquals(256, grid.size());
    for (long seed = 0; seed < 10; seed++) {
      SchedulingResult r = Scheduler.builder().rules(List.of(Rules.gridFit(), near(137)))
          .seed(seed).stepLimit(0).build().solve(p);
      assertEquals(Placement.online(137), placement(r, "call"), "seed " + seed);
    }
  }

  @Test
  void moreStartsAreSampledFromTheDemandsOwnStarts() {
    // 40 days of ten grains; the attendee works 09:00 to 18:00 on weekdays: 270 starts
    TimeGrid grid = TimeGrid.daily(ZONE, DateRange.of(MONDAY, MONDAY.plusDays(39)), d -> true,
        LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofHours(1));
    SchedulingProblem p = SchedulingProblem.builder().grid(grid)
        .addParticipant(Participant.builder().id("ana").workingHours(WorkingHours.of(ZONE,
            LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY))).build())
        .addDemand(Demand.builder().id("call").durationGrains(1).online(true)
            .addRequiredAttendee("ana").build()).build();
    for (long seed = 0; seed < 5; seed++) {
      SchedulingResult r = Scheduler.builder().rules(List.of(Rules.gridFit(),
          Rules.workingHours())).seed(seed).stepLimit(0).build().solve(p);
      assertTrue(r.isFeasible(), "seed " + seed + ": " + r.schedule().violations());
    }
  }

  // ---------------------------------------------------------------- previous plan and pins

  /** Rooms big (index 0) and small (index 1); demands that the small room seats. */
  static SchedulingProblem.Builder bigAndSmall() {
    return SchedulingProblem.builder().grid(oneDay()).addLocation(Location.of("big", 30))
        .addLocation(Location.of("small", 8))
        .addParticipant(Participant.builder().id("early").workingHours(hoursUntil(12)).build());
  }

  @Test
  void aPreviousPlacementIsKeptEvenAtGrainZeroInTheFirstRoom() {
    Map<String, Placement> previous = new LinkedHashMap<>();
    previous.put("a", Placement.of(0, "big"));
    previous.put("b", Placement.of(7, "small"));
    previous.put("c", Placement.online(4));
    SchedulingProblem p = bigAndSmall().previousPlan(previous)
        .addDemand(Demand.builder().id("a").durationGrains(1).capacityNeed(5).build())
        .addDemand(Demand.builder().id("b").durationGrains(1).capacityNeed(5).build())
        .addDemand(Demand.builder().id("c").durationGrains(1).online(true).build())
        .build();
    SchedulingResult r = construct(p, Rules.hard());
    assertEquals(previous, r.schedule().placements());
  }

  @Test
  void aPreviousPlacementTheDemandMayNotTakeIsNotKept() {
    Map<String, Placement> previous = new LinkedHashMap<>();
    // outside its attendee's hours, past the grid, in a room it may not use, in a room that
    // is gone, and a room for an online demand
    previous.put("hours", Placement.of(6, "big"));
    previous.put("past", Placement.of(10, "big"));
    previous.put("notAllowed", Placement.of(4, "big"));
    previous.put("gone", Placement.of(4, "annex"));
    previous.put("online", Placement.of(4, "big"));
    SchedulingProblem p = bigAndSmall().previousPlan(previous)
        .addDemand(Demand.builder().id("hours").durationGrains(1).capacityNeed(1)
            .addRequiredAttendee("early").build())
        .addDemand(Demand.builder().id("past").durationGrains(1).capacityNeed(5).build())
        .addDemand(Demand.builder().id("notAllowed").durationGrains(1).capacityNeed(5)
            .addAllowedLocations("small").build())
        .addDemand(Demand.builder().id("gone").durationGrains(1).capacityNeed(5).build())
        .addDemand(Demand.builder().id("online").durationGrains(1).online(true).build())
        .build();
    SchedulingResult r = construct(p, List.of(Rules.gridFit(), Rules.workingHours()));
    // each placed afresh: the first start, in the small room that seats it
    Map<String, Placement> expected = new LinkedHashMap<>();
    expected.put("hours", Placement.of(0, "small"));
    expected.put("past", Placement.of(0, "small"));
    expected.put("notAllowed", Placement.of(0, "small"));
    expected.put("gone", Placement.of(0, "small"));
    expected.put("online", Placement.online(0));
    assertEquals(expected, r.schedule().placements());
  }

  @Test
  void aPinnedDemandKeepsItsStartAndRoomEvenAtGrainZeroInTheFirstRoom() {
    SchedulingProblem p = bigAndSmall()
        .addDemand(Demand.builder().id("a").durationGrains(1).capacityNeed(5)
            .pinned(Placement.of(0, "big")).build())
        .addDemand(Demand.builder().id("b").durationGrains(1).capacityNeed(5)
            .pinned(Placement.of(8, "big")).build())
        .addDemand(Demand.builder().id("c").durationGrains(1).online(true)
            .pinned(Placement.online(5)).build())
        .build();
    SchedulingResult r = construct(p, Rules.hard());
    assertEquals(Map.of("a", Placement.of(0, "big"), "b", Placement.of(8, "big"),
        "c", Placement.online(5)), r.schedule().placements());
  }

  // ---------------------------------------------------------------- order

  @Test
  void theDemandWithTheMostPersonGrainsIsPlacedFirst() {
    // one room for both: the first placed takes the morning. The workshop has no attendee and
    // three grains, (0 + 1) x 3 = 3; the call has one attendee and one grain, (1 + 1) x 1 = 2,
    // and fewer starts (its attendee works until 13:00), which would put it first on a tie
    SchedulingProblem p = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("room", 10))
        .addParticipant(Participant.builder().id("bea").workingHours(hoursUntil(13)).build())
        .addDemand(Demand.builder().id("call").durationGrains(1).addRequiredAttendee("bea")
            .build())
        .addDemand(Demand.builder().id("workshop").durationGrains(3).build())
        .build();
    SchedulingResult r = construct(p, Rules.hard());
    assertEquals(Placement.of(0, "room"), placement(r, "workshop"));
    assertEquals(Placement.of(3, "room"), placement(r, "call"));
  }

  @Test
  void ofEqualDemandsTheOneWithFewerStartsIsPlacedFirst() {
    SchedulingProblem p = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("room", 10))
        .addParticipant(Participant.of("cy"))
        .addParticipant(Participant.builder().id("di").workingHours(hoursUntil(12)).build())
        .addDemand(Demand.builder().id("free").durationGrains(1).addRequiredAttendee("cy")
            .build())
        .addDemand(Demand.builder().id("busy").durationGrains(1).addRequiredAttendee("di")
            .build())
        .build();
    SchedulingResult r = construct(p, Rules.hard());
    assertEquals(Placement.of(0, "room"), placement(r, "busy"));
    assertEquals(Placement.of(1, "room"), placement(r, "free"));
  }

  @Test
  void aParallelMateStartsWithTheMateAlreadyPlacedInTheRoomThatCostsLeast() {
    // without the parallel-start rule nothing but the construction puts them together; a soft
    // pull towards 08:00 + 3 h shows where a demand would go on its own
    List<Rule> rules = ImmutableList.<Rule>builder().addAll(Rules.hard().stream()
        .filter(r -> !r.id().equals("parallel-start")).toList()).add(near(3)).build();
    // r1 and r3 are booked at 13:00, r2 is free: the least cost is neither first nor last
    SchedulingProblem p = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("r1", 10)).addLocation(Location.of("r2", 10))
        .addLocation(Location.of("r3", 10))
        .addDemand(Demand.builder().id("r3booked").durationGrains(1)
            .pinned(Placement.of(5, "r3")).build())
        .addDemand(Demand.builder().id("a").durationGrains(1).parallelGroup("g")
            .pinned(Placement.of(5, "r1")).build())
        .addDemand(Demand.builder().id("b").durationGrains(1).parallelGroup("g").build())
        .addDemand(Demand.builder().id("c").durationGrains(1).parallelGroup("g").online(true)
            .build())
        .addDemand(Demand.builder().id("e").durationGrains(1).parallelGroup("h")
            .pinned(Placement.of(0, "r1")).build())
        .addDemand(Demand.builder().id("f").durationGrains(1).parallelGroup("h").build())
        .addDemand(Demand.builder().id("alone").durationGrains(1).build())
        .build();
    SchedulingResult r = construct(p, rules);
    Map<String, Placement> expected = new LinkedHashMap<>();
    expected.put("r3booked", Placement.of(5, "r3"));
    expected.put("a", Placement.of(5, "r1"));
    expected.put("b", Placement.of(5, "r2"));
    expected.put("c", Placement.online(5));
    expected.put("e", Placement.of(0, "r1"));
    expected.put("f", Placement.of(0, "r2"));
    expected.put("alone", Placement.of(3, "r1"));
    assertEquals(expected, r.schedule().placements());
    // placed for real: the score counts every demand's pull
    assertEquals(Scheduler.builder().rules(rules).build().evaluate(p, expected).score(),
        r.schedule().score());
  }

  @Test
  void aDemandWithoutAGoodStartStillGetsOneThatFitsTheGrid() {
    // its one day is closed to it, at 100 a grain: every start that fits costs 200, while a
    // start that runs past the day's end costs 100 for its one closed grain plus 10 for the
    // grid; but the starts left to a demand that no start suits are the ones that fit
    List<Rule> rules = List.of(Rules.gridFit(), Rules.closedDays().weighted(Level.HARD, 100));
    SchedulingProblem p = SchedulingProblem.builder().grid(oneDay())
        .addDemand(Demand.builder().id("visit").durationGrains(2).online(true)
            .addClosedDays(MONDAY).build())
        .build();
    for (long steps : new long[] {0, 2_000}) {
      SchedulingResult r = Scheduler.builder().rules(rules).stepLimit(steps).build().solve(p);
      assertEquals(Score.of(-200, 0, 0), r.schedule().score(), r.schedule()::toString);
      assertTrue(r.infeasibility().orElseThrow().proven());
    }
  }

  @Test
  void aDemandLongerThanEveryDayMayStartAnywhere() {
    SchedulingProblem p = SchedulingProblem.builder().grid(oneDay())
        .addDemand(Demand.builder().id("long").durationGrains(12).online(true).build())
        .build();
    SchedulingResult r = construct(p, Rules.hard());
    // the least bad start is the first: it runs past the grid by the fewest grains
    assertEquals(Placement.online(0), placement(r, "long"));
    assertTrue(r.infeasibility().orElseThrow().proven());
  }

  // ---------------------------------------------------------------- what a run reports

  /** Three one-hour meetings of one person in a two-hour day: never feasible, never done. */
  static SchedulingProblem overfull() {
    TimeGrid grid = TimeGrid.daily(ZONE, DateRange.day(MONDAY), d -> true, LocalTime.of(9, 0),
        LocalTime.of(11, 0), Duration.ofHours(1));
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(grid)
        .addParticipant(Participant.of("ana"));
    for (int i = 1; i <= 3; i++) {
      b.addDemand(Demand.builder().id("m" + i).durationGrains(1).online(true)
          .addRequiredAttendee("ana").build());
    }
    return b.build();
  }

  /** Remembers what a listener hears. */
  static final class Heard implements SolverListener {
    final List<Score> scores = new ArrayList<>();
    final List<Long> steps = new ArrayList<>();
    final List<Duration> times = new ArrayList<>();
    final List<Duration> feasible = new ArrayList<>();

    @Override
    public void newBest(Score score, long step, Duration elapsed) {
      scores.add(score);
      steps.add(step);
      times.add(elapsed);
    }

    @Override
    public void firstFeasible(Duration elapsed) {
      feasible.add(elapsed);
    }
  }

  @Test
  void constructionAloneTakesNoStepAndReportsItsScoreOnce() {
    Heard heard = new Heard();
    SchedulingResult r = Scheduler.builder().stepLimit(0).listener(heard).build()
        .solve(overfull());
    assertEquals(0, r.stats().steps());
    assertFalse(r.stats().cancelled());
    assertEquals(List.of(0L), heard.steps);
    assertEquals(List.of(r.schedule().score()), heard.scores);
  }

  @Test
  void exactlyTheStepLimitIsRun() {
    for (long limit : new long[] {1, 1_023, 1_024, 1_025, 3_000}) {
      SchedulingResult r = Scheduler.builder().stepLimit(limit).build().solve(overfull());
      assertEquals(limit, r.stats().steps());
    }
  }

  @Test
  void aFeasibleConstructionIsReportedAsTheFirstFeasibleSchedule() {
    Heard heard = new Heard();
    SchedulingResult r = Scheduler.builder().stepLimit(0).listener(heard).build()
        .solve(inRooms(5, 8));
    assertTrue(r.isFeasible());
    assertEquals(List.of(r.stats().firstFeasible().orElseThrow()), heard.feasible);
    assertTrue(r.stats().firstFeasible().get().compareTo(r.stats().elapsed()) <= 0);
  }

  @Test
  void anInfeasibleResultHasNoFirstFeasibleTime() {
    Heard heard = new Heard();
    SchedulingResult r = Scheduler.builder().stepLimit(2_000).listener(heard).build()
        .solve(overfull());
    assertFalse(r.isFeasible());
    assertTrue(r.stats().firstFeasible().isEmpty());
    assertEquals(List.of(), heard.feasible);
  }

  @Test
  void timesLieWithinTheSolveAndInOrder() {
    // four meetings of one person stacked at grain 0: feasible only after some steps
    Map<String, Placement> stacked = new LinkedHashMap<>();
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(oneDay())
        .addParticipant(Participant.of("ana"));
    for (int i = 0; i < 4; i++) {
      b.addDemand(Demand.builder().id("m" + i).durationGrains(2).online(true)
          .addRequiredAttendee("ana").build());
      stacked.put("m" + i, Placement.online(0));
    }
    SchedulingProblem p = b.previousPlan(stacked).build();
    Heard heard = new Heard();
    long before = System.nanoTime();
    SchedulingResult r = Scheduler.builder().stepLimit(5_000).listener(heard).build().solve(p);
    Duration wall = Duration.ofNanos(System.nanoTime() - before);
    assertTrue(r.isFeasible());
    Duration construction = r.stats().construction();
    Duration elapsed = r.stats().elapsed();
    Duration feasible = r.stats().firstFeasible().orElseThrow();
    assertFalse(construction.isNegative());
    assertTrue(construction.compareTo(elapsed) <= 0, construction + " " + elapsed);
    assertTrue(elapsed.compareTo(wall) <= 0, elapsed + " " + wall);
    assertTrue(feasible.compareTo(construction) >= 0, feasible + " " + construction);
    assertTrue(feasible.compareTo(elapsed) <= 0, feasible + " " + elapsed);
    assertEquals(List.of(feasible), heard.feasible);
    for (Duration t : heard.times) {
      assertTrue(!t.isNegative() && t.compareTo(elapsed) <= 0, t + " " + elapsed);
    }
  }

  @Test
  void newBestScoresRiseStrictlyAtRisingStepsAndEndAtTheResult() {
    Map<String, Placement> stacked = new LinkedHashMap<>();
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(oneDay())
        .addLocation(Location.of("r1", 10)).addLocation(Location.of("r2", 10));
    for (int i = 0; i < 4; i++) {
      b.addParticipant(Participant.of("p" + i));
    }
    for (int i = 0; i < 8; i++) {
      b.addDemand(Demand.builder().id("d" + i).durationGrains(1 + i % 2)
          .addRequiredAttendees("p" + i % 4, "p" + (i + 1) % 4).build());
      stacked.put("d" + i, Placement.of(0, "r1"));
    }
    SchedulingProblem p = b.previousPlan(stacked).build();
    Heard heard = new Heard();
    List<Rule> rules = ImmutableList.<Rule>builder().addAll(Rules.hard())
        .add(Rules.asEarlyAsPossible(), Rules.breakBetween()).build();
    SchedulingResult r = Scheduler.builder().rules(rules).seed(4).stepLimit(20_000)
        .listener(heard).build().solve(p);
    assertTrue(heard.scores.size() > 2, heard.scores::toString);
    assertEquals(0L, heard.steps.get(0));
    for (int i = 1; i < heard.scores.size(); i++) {
      assertTrue(heard.scores.get(i).compareTo(heard.scores.get(i - 1)) > 0, heard.scores::toString);
      assertTrue(heard.steps.get(i) > heard.steps.get(i - 1), heard.steps::toString);
      assertTrue(heard.steps.get(i) <= r.stats().steps(), heard.steps::toString);
    }
    assertEquals(heard.scores.get(heard.scores.size() - 1), r.schedule().score());
    assertEquals(r.schedule().score(), Scheduler.builder().rules(rules).build()
        .evaluate(p, r.schedule().placements()).score());
  }
}
