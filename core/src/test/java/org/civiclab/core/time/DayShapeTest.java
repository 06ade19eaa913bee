package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayShapeTest {
  static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);
  static final DailyBreak LUNCH = DailyBreak.of("lunch", LocalTime.of(12, 30),
      LocalTime.of(13, 30));

  static DayShape office() {
    return DayShape.builder().from(DayShape.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)))
        .addBreaks(LUNCH).build();
  }

  static Optional<String> misfit(DayShape d, LocalDate day, int h1, int m1, int h2, int m2) {
    return d.misfit(day.atTime(h1, m1), day.atTime(h2, m2));
  }

  // an event inside the hours and beside the break fits, also when it touches their edges
  @Test
  void fitsUpToTheEdges() {
    DayShape d = office();
    assertEquals(Optional.empty(), misfit(d, MONDAY, 9, 0, 12, 30));
    assertEquals(Optional.empty(), misfit(d, MONDAY, 13, 30, 17, 0));
    assertTrue(d.admits(MONDAY.atTime(9, 0), MONDAY.atTime(12, 0)));
    assertEquals(Optional.empty(), misfit(d, MONDAY.plusDays(4), 10, 0, 11, 0));
  }

  // each reason is named in the coordinator's words
  @Test
  void reasons() {
    DayShape d = office();
    assertEquals(Optional.of("falls on a saturday, not a working day [MONDAY, TUESDAY,"
        + " WEDNESDAY, THURSDAY, FRIDAY]"), misfit(d, MONDAY.plusDays(5), 10, 0, 11, 0));
    assertEquals(Optional.of("runs into the next day"),
        d.misfit(MONDAY.atTime(16, 0), MONDAY.plusDays(1).atTime(10, 0)));
    assertEquals(Optional.of("starts before the day starts at 09:00"),
        misfit(d, MONDAY, 8, 59, 10, 0));
    assertEquals(Optional.of("ends after the day ends at 17:00"),
        misfit(d, MONDAY, 16, 0, 17, 1));
    assertEquals(Optional.of("crosses the lunch 12:30–13:30 break"),
        misfit(d, MONDAY, 12, 29, 12, 31));
    assertEquals(Optional.of("crosses the lunch 12:30–13:30 break"),
        misfit(d, MONDAY, 13, 29, 14, 0));
    assertFalse(d.admits(MONDAY.atTime(12, 0), MONDAY.atTime(14, 0)));
  }

  // the second break is checked too, not only the first
  @Test
  void everyBreakCounts() {
    DayShape d = DayShape.builder().from(office())
        .addBreaks(DailyBreak.of("coffee", LocalTime.of(15, 0), LocalTime.of(15, 15))).build();
    assertEquals(Optional.of("crosses the coffee 15:00–15:15 break"),
        misfit(d, MONDAY, 14, 0, 15, 5));
  }

  // a weekend shape works on Saturday and Sunday only
  @Test
  void weekend() {
    DayShape d = DayShape.of(LocalTime.of(10, 0), LocalTime.of(16, 0),
        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    assertTrue(d.admits(MONDAY.plusDays(6).atTime(10, 0), MONDAY.plusDays(6).atTime(16, 0)));
    assertEquals(Optional.of("falls on a monday, not a working day [SATURDAY, SUNDAY]"),
        misfit(d, MONDAY, 10, 0, 11, 0));
  }

  // a break may start when the day starts and end when it ends, not beyond
  @Test
  void breaksInsideTheDay() {
    DayShape edge = DayShape.builder().from(DayShape.weekdays(LocalTime.of(9, 0),
        LocalTime.of(17, 0))).addBreaks(DailyBreak.of("a", LocalTime.of(9, 0),
        LocalTime.of(9, 30)), DailyBreak.of("b", LocalTime.of(16, 30), LocalTime.of(17, 0)))
        .build();
    assertEquals(2, edge.breaks().size());
    assertEquals(List.of("breaks[1]: break early 08:30–09:30 is outside the day 09:00–17:00",
        "breaks[2]: break late 16:30–17:01 is outside the day 09:00–17:00"),
        Problems.of(() -> DayShape.builder().from(office())
            .addBreaks(DailyBreak.of("early", LocalTime.of(8, 30), LocalTime.of(9, 30)),
                DailyBreak.of("late", LocalTime.of(16, 30), LocalTime.of(17, 1))).build()));
  }

  // no working day and an end not after the start are both reported at once
  @Test
  void invalidShape() {
    assertEquals(List.of("workingDays: a day shape needs a working day",
        "dayEnd: the day ends at 09:00, not after its start 09:00"),
        Problems.of(() -> DayShape.of(LocalTime.of(9, 0), LocalTime.of(9, 0), Set.of())));
    assertEquals(LocalTime.of(9, 1), DayShape.of(LocalTime.of(9, 0), LocalTime.of(9, 1),
        Set.of(DayOfWeek.MONDAY)).dayEnd());
  }

  // the day's hours become working hours on its working days in the zone given
  @Test
  void asWorkingHours() {
    WorkingHours w = office().asWorkingHours(ZoneId.of("Europe/Sofia"));
    assertEquals(ZoneId.of("Europe/Sofia"), w.zone());
    assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), w.workingDays());
    assertEquals("Mon–Fri 09:00–17:00 (Europe/Sofia)", w.describe());
  }
}
