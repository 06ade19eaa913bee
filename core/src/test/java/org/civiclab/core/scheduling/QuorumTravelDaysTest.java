package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.time.DateRange;

/**
 * A visitor on the way to or from an exchange visit cannot stand for their sector at a
 * reflection meeting: the quorum rule counts travel days as busy. Ana is the government's only
 * representative and travels to a visit of one day; a brute force over the days of the
 * meeting's window, written here, says whether some day leaves her free, and the planner and
 * the naive checker agree.
 */
class QuorumTravelDaysTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  /** Monday; the grid runs seven days from it, 09:00 to 17:00 in hours. */
  static final LocalDate FIRST = LocalDate.of(2024, 10, 7);
  static final int HOURS = 8;

  /**
   * @param visitDay the visit's day, from 0 (Monday)
   * @param before travel days before it
   * @param after travel days after it
   * @param from the meeting window's first day
   * @param length the window's length in days
   */
  @Property(tries = 40)
  void theMeetingFallsOnADayTheRepresentativeIsNeitherVisitingNorTravelling(
      @ForAll @IntRange(min = 2, max = 4) int visitDay,
      @ForAll @IntRange(min = 0, max = 2) int before,
      @ForAll @IntRange(min = 0, max = 2) int after,
      @ForAll @IntRange(min = 0, max = 6) int from,
      @ForAll @IntRange(min = 1, max = 4) int length) {
    int to = Math.min(6, from + length - 1);
    SchedulingProblem p = problem(visitDay, before, after, from, to);
    SchedulingResult r = Scheduler.builder().seed(5).stepLimit(3_000).build().solve(p);
    boolean someDay = false;
    for (int day = from; day <= to; day++) {
      someDay |= day < visitDay - before || day > visitDay + after;
    }
    assertEquals(someDay, r.isFeasible(), () -> r.schedule().violations().toString());
    List<String> naive = new NaiveChecker(p).quorums(r.schedule().placements());
    boolean ruleSays = r.schedule().violations().stream()
        .anyMatch(v -> v.level() == Level.HARD && v.ruleId().equals("quorum"));
    assertEquals(!naive.isEmpty(), ruleSays, () -> naive + " / " + r.schedule().violations());
  }

  @Example
  void aMeetingOnlyOnTheTravelDayBeforeTheVisitSaysSheIsTravelling() {
    SchedulingProblem p = problem(3, 1, 0, 2, 2);
    SchedulingResult r = Scheduler.builder().seed(5).stepLimit(2_000).build().solve(p);
    assertFalse(r.isFeasible());
    Violation v = r.schedule().violations().stream().filter(x -> x.ruleId().equals("quorum"))
        .findFirst().orElseThrow();
    assertTrue(v.message().contains("Ana travelling to or from"), v::message);
    assertTrue(v.demands().contains("visit"), v::toString);
  }

  static SchedulingProblem problem(int visitDay, int before, int after, int from, int to) {
    TimeGrid grid = TimeGrid.daily(ZONE, DateRange.of(FIRST, FIRST.plusDays(6)), d -> true,
        LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofHours(1));
    Demand visit = Demand.builder().id("visit").label("study visit").durationGrains(HOURS)
        .addRequiredAttendee("ana").addAllowedLocation("host").wholeDays(true)
        .travelDaysBefore(before).travelDaysAfter(after)
        .pinned(Placement.of(visitDay * HOURS, "host")).agreed(true).build();
    Demand meeting = Demand.builder().id("reflection").label("reflection meeting")
        .durationGrains(2).online(true)
        .addQuorums(Quorum.builder().name("government").addMembers("ana").build())
        .addQuorums(Quorum.builder().name("civil society").addMembers("ben").build())
        .window(DateRange.of(FIRST.plusDays(from), FIRST.plusDays(to))).build();
    return SchedulingProblem.builder().name("quorum and travel").grid(grid)
        .addParticipant(Participant.builder().id("ana").name("Ana").build())
        .addParticipant(Participant.builder().id("ben").name("Ben").build())
        .addLocation(Location.builder().id("host").name("Host").capacity(5).site("Vilnius")
            .build())
        .addDemand(visit).addDemand(meeting).build();
  }
}
