package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.scheduling.internal.CadenceExpander;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;
import org.junit.jupiter.api.Test;

/** Local date-times with zones: across a DST change, without DST, and across two zones. */
class TimeZoneSchedulingTest {
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  // Sweden moves to summer time on Sunday 30 March 2025; Georgia keeps UTC+4 all year
  static final DateRange TWO_WEEKS = DateRange.of(LocalDate.of(2025, 3, 24),
      LocalDate.of(2025, 4, 6));

  static Scheduler solver() {
    return Scheduler.builder().rules(com.google.common.collect.ImmutableList.<Rule>builder()
        .addAll(Rules.hard())
        .add(Rules.asEarlyAsPossible()).build()).stepLimit(5_000).seed(2).build();
  }

  /** A weekly online meeting of a Stockholm and a Tbilisi participant on a grid in a zone. */
  static List<TimeSpan> weekly(ZoneId gridZone, LocalTime from, LocalTime to,
      WorkingHours stockholm, WorkingHours tbilisi) {
    TimeGrid grid = TimeGrid.daily(gridZone, TWO_WEEKS, d -> d.getDayOfWeek() == DayOfWeek.MONDAY,
        from, to, Duration.ofHours(1));
    Demand template = Demand.builder().id("weekly").durationGrains(1)
        .addRequiredAttendees("sthlm", "tbs").online(true).build();
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(grid)
        .addParticipant(Participant.builder().id("sthlm").workingHours(stockholm).build())
        .addParticipant(Participant.builder().id("tbs").workingHours(tbilisi).build());
    CadenceExpander.expand(Cadence.everyWeeks(1), TWO_WEEKS, Optional.empty(),
        HolidayCalendar.none("none")).forEach(o -> b.addDemand(o.toDemand(template)));
    SchedulingProblem p = b.build();
    SchedulingResult r = solver().solve(p);
    assertTrue(r.isFeasible(), () -> r.infeasibility().toString());
    return p.demands().stream().map(d -> grid.span(r.schedule().placements().get(d.id())
        .startGrain(), 1)).toList();
  }

  @Test
  void aStockholmGridKeepsWallClockTimesAcrossTheDstChange() {
    // Tbilisi 12:00-14:00 is 09:00-11:00 in Stockholm before 30 March, 10:00-12:00 after
    List<TimeSpan> spans = weekly(STOCKHOLM, LocalTime.of(8, 0), LocalTime.of(13, 0),
        WorkingHours.of(STOCKHOLM, LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS),
        WorkingHours.of(TBILISI, LocalTime.of(12, 0), LocalTime.of(14, 0), WEEKDAYS));
    assertEquals(LocalDateTime.of(2025, 3, 24, 9, 0), spans.get(0).start());
    assertEquals(LocalDateTime.of(2025, 3, 31, 10, 0), spans.get(1).start());
    // the same moment in Tbilisi both weeks
    assertEquals(LocalTime.of(12, 0), spans.get(0).in(TBILISI).start().toLocalTime());
    assertEquals(LocalTime.of(12, 0), spans.get(1).in(TBILISI).start().toLocalTime());
    // a Stockholm hour is one hour long even on the grid after the change
    assertEquals(Duration.ofHours(1), spans.get(1).duration());
  }

  @Test
  void aTbilisiGridWithoutDstSeesStockholmMoveAnHourEarlier() {
    // Stockholm 09:00 is 12:00 in Tbilisi before the change and 11:00 after it
    List<TimeSpan> spans = weekly(TBILISI, LocalTime.of(9, 0), LocalTime.of(14, 0),
        WorkingHours.of(STOCKHOLM, LocalTime.of(9, 0), LocalTime.of(17, 0), WEEKDAYS),
        WorkingHours.of(TBILISI, LocalTime.of(9, 0), LocalTime.of(18, 0), WEEKDAYS));
    assertEquals(LocalDateTime.of(2025, 3, 24, 12, 0), spans.get(0).start());
    assertEquals(LocalDateTime.of(2025, 3, 31, 11, 0), spans.get(1).start());
    assertEquals(LocalTime.of(9, 0), spans.get(1).in(STOCKHOLM).start().toLocalTime());
  }

  @Test
  void anOnlineSessionForBrusselsAndSofiaSitsInsideBothWorkingDays() {
    // office hours 09-17 in each zone overlap 09:00-16:00 Brussels time
    TimeGrid grid = TimeGrid.daily(BRUSSELS, DateRange.day(LocalDate.of(2025, 10, 22)),
        d -> true, LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofMinutes(30));
    WorkingHours brussels = WorkingHours.officeHours(BRUSSELS);
    WorkingHours sofia = WorkingHours.officeHours(SOFIA);
    SchedulingProblem p = SchedulingProblem.builder().grid(grid)
        .addParticipant(Participant.builder().id("ana").workingHours(brussels).build())
        .addParticipant(Participant.builder().id("boris").workingHours(sofia).build())
        .addDemand(Demand.builder().id("online").durationGrains(6).online(true)
            .addRequiredAttendees("ana", "boris").preferredEarliestStart(LocalTime.of(14, 0))
            .build())
        .build();
    SchedulingResult r = Scheduler.builder().rules(Rules.standard()).stepLimit(2_000).build()
        .solve(p);
    TimeSpan when = grid.span(r.schedule().placements().get("online").startGrain(), 6);
    // the latest three hours both can attend: 13:00-16:00 in Brussels, 14:00-17:00 in Sofia
    assertEquals(LocalTime.of(13, 0), when.start().toLocalTime());
    assertTrue(brussels.contains(when));
    assertTrue(sofia.contains(when));
    assertEquals(LocalTime.of(17, 0), when.in(SOFIA).end().toLocalTime());
  }
}
