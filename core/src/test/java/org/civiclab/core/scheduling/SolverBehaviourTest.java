package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.scheduling.internal.CadenceExpander;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.WorkingHours;
import org.junit.jupiter.api.Test;

/** Infeasibility explanations, pinning, re-planning, cancellation and progress. */
class SolverBehaviourTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final DateRange SPRING = DateRange.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6,
      5));

  static TimeGrid weekdays(DateRange days) {
    return TimeGrid.daily(ZONE, days, d -> d.getDayOfWeek().getValue() <= 5, LocalTime.of(8, 0),
        LocalTime.of(18, 0), Duration.ofHours(1));
  }

  @Test
  void aPairWithoutACommonFreeSlotIsNamedWithItsTermAndDates() {
    AcademicCalendar cal = AcademicCalendar.builder().name("2025")
        .addTerm(Term.of("spring term", SPRING)).build();
    Demand template = Demand.builder().id("pair3").label("pair 3").durationGrains(1)
        .online(true).addRequiredAttendees("mentor3", "mentee3").build();
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(weekdays(SPRING))
        .addParticipant(Participant.builder().id("mentor3").name("the mentor").workingHours(
            WorkingHours.of(ZONE, LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))).build())
        .addParticipant(Participant.builder().id("mentee3").name("the mentee").workingHours(
            WorkingHours.of(ZONE, LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY))).build());
    CadenceExpander.expand(Cadence.perTerm(1), SPRING, Optional.of(cal),
        HolidayCalendar.none("none")).forEach(o -> b.addDemand(o.toDemand(template)));
    SchedulingResult r = Scheduler.builder().stepLimit(1_000).build().solve(b.build());
    assertFalse(r.isFeasible());
    Infeasibility inf = r.infeasibility().orElseThrow();
    assertTrue(inf.proven());
    assertEquals(1, inf.conflicts().size());
    Conflict c = inf.conflicts().get(0);
    assertEquals(List.of("pair3#1"), c.demands());
    assertEquals("pair 3, spring term, meeting 1: the mentor and the mentee share no free slot"
        + " between 2025-01-15 and 2025-06-05", c.message());
    assertTrue(c.rules().contains("working-hours"));
  }

  @Test
  void oneUnavailablePersonIsNamedAlone() {
    HolidayCalendar leave = HolidayCalendar.builder().name("leave").holidays(
        SPRING.days().collect(com.google.common.collect.ImmutableSortedMap.toImmutableSortedMap(
            java.util.Comparator.naturalOrder(), d -> d, d -> "parental leave"))).build();
    SchedulingProblem p = SchedulingProblem.builder().grid(weekdays(SPRING))
        .addParticipant(Participant.of("mentor"))
        .addParticipant(Participant.builder().id("mentee").name("Mira").holidays(leave).build())
        .addDemand(Demand.builder().id("m").label("pair 1, spring").durationGrains(1).online(true)
            .addRequiredAttendees("mentor", "mentee").window(SPRING).build())
        .build();
    Conflict c = Scheduler.builder().stepLimit(100).build().solve(p).infeasibility()
        .orElseThrow().conflicts().get(0);
    assertEquals("pair 1, spring: Mira has no free slot between 2025-01-15 and 2025-06-05",
        c.message());
  }

  @Test
  void hoursThatKeepSomeoneFromEverySlotAreNamedInTheConflict() {
    // a weekday planning period and someone who works weekends only
    SchedulingProblem p = SchedulingProblem.builder().grid(weekdays(SPRING))
        .addParticipant(Participant.of("mentor"))
        .addParticipant(Participant.builder().id("mentee").name("Mira").workingHours(
            WorkingHours.of(java.time.ZoneId.of("Europe/Vilnius"), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(14, 0), java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY,
                    java.time.DayOfWeek.SUNDAY))).build())
        .addDemand(Demand.builder().id("m").label("pair 1, spring").durationGrains(1).online(true)
            .addRequiredAttendees("mentor", "mentee").window(SPRING).build())
        .build();
    Conflict c = Scheduler.builder().stepLimit(100).build().solve(p).infeasibility()
        .orElseThrow().conflicts().get(0);
    assertEquals("pair 1, spring: Mira (working hours Sat\u2013Sun 10:00\u201314:00"
        + " (Europe/Vilnius)) has no free slot between 2025-01-15 and 2025-06-05", c.message());
  }

  @Test
  void tooManyMeetingsForOnePersonNameTheClashingDemandsAndTheRule() {
    TimeGrid grid = weekdays(DateRange.day(LocalDate.of(2025, 3, 3)));
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(grid)
        .addParticipant(Participant.of("ana"));
    for (int i = 0; i < 11; i++) {
      b.addDemand(Demand.builder().id("d" + i).durationGrains(1).online(true)
          .addRequiredAttendee("ana").build());
    }
    SchedulingResult r = Scheduler.builder().stepLimit(5_000).build().solve(b.build());
    assertFalse(r.isFeasible());
    Infeasibility inf = r.infeasibility().orElseThrow();
    assertFalse(inf.proven());
    // first the minimal conflict, found by deletion filtering: all eleven, in ana's name
    assertTrue(inf.minimal());
    assertEquals(2, inf.conflicts().size());
    assertEquals(11, inf.conflicts().get(0).demands().size());
    assertEquals("eleven sessions of 1 h for ana fit in no 10-hour day on 3 March",
        inf.conflicts().get(0).message());
    // then what the best schedule shows
    assertEquals(2, inf.conflicts().get(1).demands().size());
    assertTrue(inf.conflicts().get(1).rules().contains("attendee-overlap"));
    assertTrue(inf.conflicts().get(1).message().contains("ana must attend both"));
  }

  static SchedulingProblem week(int demands, Map<String, Placement> previous,
      Optional<Placement> pinFirst) {
    SchedulingProblem.Builder b = SchedulingProblem.builder()
        .grid(weekdays(DateRange.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7))))
        .addLocation(Location.of("hall", 30)).addLocation(Location.of("room", 8))
        .previousPlan(previous);
    for (int i = 0; i < 6; i++) {
      b.addParticipant(Participant.builder().id("p" + i).workingHours(WorkingHours
          .officeHours(ZONE)).build());
    }
    for (int i = 0; i < demands; i++) {
      Demand.Builder d = Demand.builder().id("d" + i).durationGrains(2)
          .addRequiredAttendees("p" + i % 6, "p" + (i + 1) % 6);
      if (i == 0) {
        pinFirst.ifPresent(d::pinned);
      }
      b.addDemand(d.build());
    }
    return b.build();
  }

  @Test
  void pinnedDemandsStayPutAndAReplanMovesLittle() {
    Scheduler s = Scheduler.builder().seed(3).stepLimit(20_000).build();
    Schedule first = s.solve(week(20, Map.of(), Optional.empty())).schedule();
    assertTrue(first.isFeasible());
    // the agreed first demand is pinned elsewhere: its old place is taken, the rest should stay
    Placement old = first.placements().get("d0");
    Placement pin = Placement.of((old.startGrain() + 20) % 40, "hall");
    Schedule again = s.solve(week(20, first.placements(), Optional.of(pin))).schedule();
    assertTrue(again.isFeasible());
    assertEquals(pin, again.placements().get("d0"));
    List<String> moved = new ArrayList<>();
    first.placements().forEach((id, p) -> {
      if (!again.placements().get(id).equals(p)) {
        moved.add(id);
      }
    });
    assertTrue(moved.size() <= 3, () -> "moved " + moved);
  }

  @Test
  void cancellingReturnsTheBestSoFarAndProgressIsReported() {
    AtomicInteger bests = new AtomicInteger();
    AtomicInteger feasible = new AtomicInteger();
    // as-early-as-possible keeps the score below zero, so only cancelling stops the search
    SchedulingResult r = Scheduler.builder().stepLimit(1_000_000).cancelWhen(() -> true)
        .rules(com.google.common.collect.ImmutableList.<Rule>builder().addAll(Rules.hard())
            .add(Rules.asEarlyAsPossible()).build())
        .listener(new SolverListener() {
          @Override
          public void newBest(Score score, long step, Duration elapsed) {
            bests.incrementAndGet();
          }

          @Override
          public void firstFeasible(Duration elapsed) {
            feasible.incrementAndGet();
          }
        }).build().solve(week(10, Map.of(), Optional.empty()));
    assertTrue(r.stats().cancelled());
    assertEquals(0, r.stats().steps());
    assertEquals(10, r.schedule().placements().size());
    assertTrue(bests.get() >= 1);
    assertEquals(r.isFeasible() ? 1 : 0, feasible.get());
  }

  @Test
  void evaluatingAPlanWithAMissingDemandSaysWhichOne() {
    SchedulingProblem p = week(3, Map.of(), Optional.empty());
    Map<String, Placement> plan = new LinkedHashMap<>();
    plan.put("d0", Placement.of(0, "hall"));
    plan.put("d1", Placement.of(2, "nowhere"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Scheduler.builder().build().evaluate(p, plan));
    assertTrue(e.getMessage().contains("placements[d2]"), e.getMessage());
    assertTrue(e.getMessage().contains("placements[d1]"), e.getMessage());
  }

  @Test
  void aDanglingReferenceIsReportedWithItsPath() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SchedulingProblem.builder().grid(weekdays(SPRING)).addLocation(Location.of("a", 3))
            .addDemand(Demand.builder().id("x").durationGrains(1).addRequiredAttendee("ghost")
                .build()).build());
    assertTrue(e.getMessage().contains("demands[0].requiredAttendees[0]"), e.getMessage());
  }

  @Test
  void inPersonHoursAreReadWhereTheEventIsAndAgreedTimesAreReportedNotPrevented() {
    ZoneId brussels = ZoneId.of("Europe/Brussels");
    TimeGrid grid = TimeGrid.daily(brussels, DateRange.day(LocalDate.of(2025, 10, 22)),
        d -> true, LocalTime.of(7, 0), LocalTime.of(19, 0), Duration.ofHours(1));
    Participant sofia = Participant.builder().id("sofia").workingHours(
        WorkingHours.officeHours(ZoneId.of("Europe/Sofia"))).build();
    SchedulingProblem p = SchedulingProblem.builder().grid(grid).addParticipant(sofia)
        .addLocation(Location.of("hall", 10))
        // on site in Brussels: Sofia's 09-17 is read as 09-17 Brussels time
        .addDemand(Demand.builder().id("workshop").durationGrains(8)
            .addRequiredAttendee("sofia").attendanceZone(brussels).build())
        // agreed at 17:00-18:00 Brussels, 18:00-19:00 in Sofia: reported, not prevented
        .addDemand(Demand.builder().id("call").durationGrains(1).online(true)
            .addRequiredAttendee("sofia").pinned(Placement.online(10)).agreed(true).build())
        .build();
    SchedulingResult r = Scheduler.builder().stepLimit(2_000).build().solve(p);
    assertTrue(r.isFeasible(), () -> r.schedule().violations().toString());
    assertEquals(2, r.schedule().placements().get("workshop").startGrain());
    Violation v = r.schedule().violations().stream()
        .filter(x -> x.ruleId().equals("agreed-availability")).findFirst().orElseThrow();
    assertEquals(Level.SOFT, v.level());
    assertEquals(List.of("call"), v.demands());
  }
}
