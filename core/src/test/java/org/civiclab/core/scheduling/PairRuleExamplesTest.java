package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civiclab.core.scheduling.spi.Rule;
import org.junit.jupiter.api.Test;

/**
 * The rules about two events, on hand-made cases at their edges: module order (a group's
 * order and {@code after}), travel time when the second event starts the moment the first
 * ends, less travel with no travel times given, and the attendee overlap of travel days. Each
 * penalty is written down by hand for every start of one event; the score must equal the
 * violations' penalties, so a scorer that disagrees with its own explanation fails too.
 *
 * <p>The grid: Monday 24 March 2025 at 9, 10, 11, 13 and 14 o'clock, Tuesday at 9, 10, 11 and
 * 13 (grains 0 to 8), hours.
 */
class PairRuleExamplesTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);

  private static SchedulingProblem.Builder problem() {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int h : new int[] {9, 10, 11, 13, 14}) {
      starts.add(MONDAY.atTime(h, 0));
    }
    for (int h : new int[] {9, 10, 11, 13}) {
      starts.add(MONDAY.plusDays(1).atTime(h, 0));
    }
    return SchedulingProblem.builder().name("pairs")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1)).grainStarts(starts)
            .build())
        .addParticipant(Participant.builder().id("ana").name("Ana").build())
        .addLocation(Location.builder().id("hall").capacity(30).site("north").build())
        .addLocation(Location.builder().id("lab").capacity(30).site("south").build());
  }

  /** The penalty with {@code moving} at each start and the others where {@code fixed} says. */
  private static List<Long> penalties(Rule rule, SchedulingProblem p, String moving,
      Map<String, Placement> fixed) {
    List<Long> out = new ArrayList<>();
    for (int s = 0; s < p.grid().size(); s++) {
      Schedule sc = evaluate(rule, p, fixed, moving, s);
      out.add(sc.violations().stream().mapToLong(Violation::penalty).sum());
    }
    return out;
  }

  private static Schedule evaluate(Rule rule, SchedulingProblem p,
      Map<String, Placement> fixed, String moving, int start) {
    Map<String, Placement> plan = new HashMap<>(fixed);
    plan.put(moving, Placement.of(start, fixed.get(moving).location().orElseThrow()));
    Schedule sc = Scheduler.builder().rules(List.of(rule)).build().evaluate(p, plan);
    long explained = sc.violations().stream().mapToLong(Violation::penalty).sum();
    assertEquals(-sc.score().at(rule.level()), explained,
        () -> rule + " with " + moving + " at " + start + ": " + sc);
    return sc;
  }

  private static List<Long> longs(long... values) {
    List<Long> out = new ArrayList<>();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  private static String at(SchedulingProblem p, String label, int start, int duration) {
    return "'" + label + "' at " + p.grid().span(start, duration);
  }

  private static SchedulingProblem course() {
    return problem()
        .addDemand(Demand.builder().id("intro").label("Intro").durationGrains(2)
            .sequenceGroup("course").sequenceOrder(1).build())
        .addDemand(Demand.builder().id("deep").label("Deep").durationGrains(1)
            .sequenceGroup("course").sequenceOrder(2).build())
        .addDemand(Demand.builder().id("peer").label("Peer").durationGrains(1)
            .sequenceGroup("course").sequenceOrder(2).build())
        .addDemand(Demand.builder().id("wrap").label("Wrap").durationGrains(1)
            .addAfter("intro").build())
        .build();
  }

  @Test
  void moduleOrderCountsTheGrainsALaterEventStartsTooEarly() {
    SchedulingProblem p = course();
    Rule r = Rules.moduleOrder();
    Map<String, Placement> fixed = Map.of("intro", Placement.of(3, "hall"),
        "deep", Placement.of(8, "hall"), "peer", Placement.of(8, "hall"),
        "wrap", Placement.of(8, "hall"));
    // the intro ends at grain 5: a later event starting at s overlaps it by 5 - s grains
    assertEquals(longs(5, 4, 3, 2, 1, 0, 0, 0, 0), penalties(r, p, "deep", fixed));
    assertEquals(longs(5, 4, 3, 2, 1, 0, 0, 0, 0), penalties(r, p, "wrap", fixed));
    // the intro moved later: from grain 6 it ends after deep starts, from 7 after all three
    assertEquals(longs(0, 0, 0, 0, 0, 0, 1, 4, 7), penalties(r, p, "intro", Map.of(
        "intro", Placement.of(0, "hall"), "deep", Placement.of(7, "hall"),
        "peer", Placement.of(8, "hall"), "wrap", Placement.of(8, "hall"))));
    // the same order twice: no order between deep and peer, even when they overlap; only the
    // intro, which ends at grain 2, holds the peer back
    assertEquals(longs(2, 1, 0, 0, 0, 0, 0, 0, 0), penalties(r, p, "peer", Map.of(
        "intro", Placement.of(0, "hall"), "deep", Placement.of(3, "hall"),
        "peer", Placement.of(3, "hall"), "wrap", Placement.of(8, "hall"))));

    Schedule sc = evaluate(r, p, fixed, "wrap", 4);
    assertEquals(1, sc.violations().size());
    Violation v = sc.violations().get(0);
    assertEquals(List.of("intro", "wrap"), v.demands());
    assertEquals(at(p, "Wrap", 4, 1) + " starts before " + at(p, "Intro", 3, 2)
        + " ends, but must come after it", v.message());
    Violation g = evaluate(r, p, fixed, "deep", 2).violations().get(0);
    assertEquals(3, g.penalty());
    assertEquals(List.of("intro", "deep"), g.demands());
    assertEquals(at(p, "Deep", 2, 1) + " starts before " + at(p, "Intro", 3, 2)
        + " ends, but comes after it in course", g.message());
  }

  private static SchedulingProblem twoSites(boolean withTravel) {
    SchedulingProblem.Builder b = problem()
        .addDemand(Demand.builder().id("intro").label("Intro").durationGrains(1)
            .addRequiredAttendee("ana").build())
        .addDemand(Demand.builder().id("lab").label("Lab").durationGrains(1)
            .addRequiredAttendee("ana").build());
    if (withTravel) {
      b.addTravelTime(Travel.of("north", "south", 3));
    }
    return b.build();
  }

  @Test
  void travelTimeCountsTheMissingGrainsEvenRightAfterTheFirstEvent() {
    SchedulingProblem p = twoSites(true);
    Map<String, Placement> fixed = Map.of("intro", Placement.of(1, "hall"),
        "lab", Placement.of(0, "lab"));
    // lab just before the intro, at its start, just after it, then one and two grains later;
    // Tuesday is another day
    assertEquals(longs(3, 0, 3, 2, 1, 0, 0, 0, 0), penalties(Rules.travelTime(), p, "lab",
        fixed));
    // less travel: the travel time between the sites, on the same day
    assertEquals(longs(3, 3, 3, 3, 3, 0, 0, 0, 0), penalties(Rules.lessTravel(), p, "lab",
        fixed));
    // without travel times, less travel still counts one per change of site
    assertEquals(longs(1, 1, 1, 1, 1, 0, 0, 0, 0), penalties(Rules.lessTravel(), twoSites(false),
        "lab", fixed));
    assertEquals(longs(0, 0, 0, 0, 0, 0, 0, 0, 0), penalties(Rules.travelTime(), twoSites(false),
        "lab", fixed));
  }

  @Test
  void attendeeOverlapSaysWhenTravelDaysAreIncluded() {
    // a visit on Tuesday with a travel day before it, and an event on Monday
    SchedulingProblem before = problem()
        .addDemand(Demand.builder().id("visit").label("Visit").durationGrains(4).wholeDays(true)
            .travelDaysBefore(1).addRequiredAttendee("ana").build())
        .addDemand(Demand.builder().id("prep").label("Prep").durationGrains(1)
            .addRequiredAttendee("ana").build())
        .build();
    Map<String, Placement> tuesday = Map.of("visit", Placement.of(5, "hall"),
        "prep", Placement.of(1, "lab"));
    assertEquals(longs(1, 1, 1, 1, 1, 1, 1, 1, 1), penalties(Rules.attendeeOverlap(), before,
        "prep", tuesday));
    Violation v = evaluate(Rules.attendeeOverlap(), before, tuesday, "prep", 1).violations()
        .get(0);
    assertEquals("Ana must attend both " + at(before, "Visit", 5, 4) + " and "
        + at(before, "Prep", 1, 1) + ", which overlap (travel days included)", v.message());
    assertEquals(List.of("ana"), v.subjects());

    // the other way round: the event first, the visit on Monday with a travel day after it
    SchedulingProblem after = problem()
        .addDemand(Demand.builder().id("prep").label("Prep").durationGrains(1)
            .addRequiredAttendee("ana").build())
        .addDemand(Demand.builder().id("visit").label("Visit").durationGrains(5).wholeDays(true)
            .travelDaysAfter(1).addRequiredAttendee("ana").build())
        .build();
    Map<String, Placement> monday = Map.of("visit", Placement.of(0, "hall"),
        "prep", Placement.of(6, "lab"));
    assertEquals("Ana must attend both " + at(after, "Prep", 6, 1) + " and "
        + at(after, "Visit", 0, 5) + ", which overlap (travel days included)",
        evaluate(Rules.attendeeOverlap(), after, monday, "prep", 6).violations().get(0)
            .message());

    // no travel days: the plain sentence
    SchedulingProblem plain = problem()
        .addDemand(Demand.builder().id("a").label("A").durationGrains(2)
            .addRequiredAttendee("ana").build())
        .addDemand(Demand.builder().id("b").label("B").durationGrains(1)
            .addRequiredAttendee("ana").build())
        .build();
    Map<String, Placement> both = Map.of("a", Placement.of(2, "hall"), "b", Placement.of(3,
        "lab"));
    assertEquals(longs(0, 0, 1, 1, 0, 0, 0, 0, 0), penalties(Rules.attendeeOverlap(), plain, "b",
        both));
    assertEquals("Ana must attend both " + at(plain, "A", 2, 2) + " and " + at(plain, "B", 3, 1)
        + ", which overlap", evaluate(Rules.attendeeOverlap(), plain, both, "b", 3)
            .violations().get(0).message());
  }

  @Test
  void sharedCapacityNamesTheRunOfGrainsOverCapacityAndTheEventsThere() {
    SchedulingProblem p = problem()
        .addLocation(Location.builder().id("market").name("Market").capacity(1).shared(true)
            .build())
        .addDemand(Demand.builder().id("x").label("X").durationGrains(3).capacityNeed(1).build())
        .addDemand(Demand.builder().id("y").label("Y").durationGrains(2).capacityNeed(1).build())
        .build();
    Map<String, Placement> plan = Map.of("x", Placement.of(0, "market"),
        "y", Placement.of(1, "market"));
    Schedule sc = evaluate(Rules.sharedCapacity(), p, plan, "y", 1);
    assertEquals(1, sc.violations().size(), sc::toString);
    Violation v = sc.violations().get(0);
    // grains 1 and 2 (10:00 to 12:00) hold two people, one seat too many each
    assertEquals(2, v.penalty());
    assertEquals(List.of("x", "y"), v.demands());
    assertEquals(List.of("market"), v.subjects());
    assertEquals("Market takes 1 at a time but 2 are there from " + MONDAY.atTime(10, 0)
        + " to " + MONDAY.atTime(12, 0) + " (Europe/Belgrade): " + at(p, "X", 0, 3) + ", "
        + at(p, "Y", 1, 2), v.message());
    // y moved along: over capacity while the two overlap
    assertEquals(longs(2, 2, 1, 0, 0, 0, 0, 0, 0), penalties(Rules.sharedCapacity(), p, "y",
        plan));
  }

  @Test
  void preferredAttendeeOverlapCountsTheGrainsAPreferredPersonIsWantedTwice() {
    SchedulingProblem p = problem()
        .addDemand(Demand.builder().id("a").label("A").durationGrains(2)
            .addRequiredAttendee("ana").build())
        .addDemand(Demand.builder().id("b").label("B").durationGrains(1)
            .addPreferredAttendee("ana").build())
        .addDemand(Demand.builder().id("c").label("C").durationGrains(1)
            .addPreferredAttendee("ana").build())
        .build();
    Rule r = Rules.preferredAttendeeOverlap();
    Map<String, Placement> plan = Map.of("a", Placement.of(2, "hall"),
        "b", Placement.of(0, "lab"), "c", Placement.of(8, "lab"));
    // b overlaps a (required) at 2 and 3, and c (preferred) at 8
    assertEquals(longs(0, 0, 1, 1, 0, 0, 0, 0, 1), penalties(r, p, "b", plan));
    Violation v = evaluate(r, p, plan, "b", 3).violations().get(0);
    assertEquals(Level.MEDIUM, v.level());
    assertEquals(List.of("a", "b"), v.demands());
    assertEquals("Ana is wanted at both " + at(p, "A", 2, 2) + " and " + at(p, "B", 3, 1)
        + ", which overlap", v.message());
  }
}
