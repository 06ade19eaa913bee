package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
  static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);

  static LocalTime t(int h) {
    return LocalTime.of(h, 0);
  }

  // runs of days with equal hours are joined; a change of opening or of closing splits them
  @Test
  void describeJoinsRuns() {
    WorkingHours w = WorkingHours.builder().zone(ZoneOffset.UTC)
        .putOpeningTime(DayOfWeek.MONDAY, t(9)).putClosingTime(DayOfWeek.MONDAY, t(17))
        .putOpeningTime(DayOfWeek.TUESDAY, t(9)).putClosingTime(DayOfWeek.TUESDAY, t(17))
        .putOpeningTime(DayOfWeek.WEDNESDAY, t(9)).putClosingTime(DayOfWeek.WEDNESDAY, t(16))
        .putOpeningTime(DayOfWeek.THURSDAY, t(10)).putClosingTime(DayOfWeek.THURSDAY, t(16))
        .putOpeningTime(DayOfWeek.SATURDAY, t(10)).putClosingTime(DayOfWeek.SATURDAY, t(16))
        .putOpeningTime(DayOfWeek.SUNDAY, t(10)).putClosingTime(DayOfWeek.SUNDAY, t(16))
        .build();
    assertEquals("Mon–Tue 09:00–17:00, Wed 09:00–16:00, Thu 10:00–16:00, Sat–Sun 10:00–16:00"
        + " (Z)", w.describe());
  }

  // office hours, a single day and no day at all
  @Test
  void describeSimple() {
    assertEquals("Mon–Fri 09:00–17:00 (Europe/Sofia)", WorkingHours.officeHours(SOFIA).describe());
    assertEquals("Sun 10:00–12:00 (Europe/Brussels)", WorkingHours.of(BRUSSELS, t(10), t(12),
        EnumSet.of(DayOfWeek.SUNDAY)).describe());
    assertEquals("Mon 10:00–12:00, Wed 10:00–12:00 (Europe/Brussels)", WorkingHours.of(BRUSSELS,
        t(10), t(12), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)).describe());
    assertEquals("no working days (Europe/Sofia)", WorkingHours.builder().zone(SOFIA).build()
        .describe());
  }

  // a span is inside when it lies in the day's window as seen in the hours' own zone
  @Test
  void containsInOwnZone() {
    WorkingHours sofia = WorkingHours.officeHours(SOFIA);
    // 09:00-10:00 Brussels is 10:00-11:00 Sofia in June
    assertTrue(sofia.contains(TimeSpan.on(MONDAY, t(9), t(10), BRUSSELS)));
    // 08:00-09:00 Brussels is 09:00-10:00 Sofia: starts at opening
    assertTrue(sofia.contains(TimeSpan.on(MONDAY, t(8), t(9), BRUSSELS)));
    // 07:30 Brussels is 08:30 Sofia: before opening
    assertFalse(sofia.contains(TimeSpan.of(MONDAY.atTime(7, 30), MONDAY.atTime(9, 0),
        BRUSSELS)));
    // 16:00 Sofia is 15:00 Brussels: ends at closing
    assertTrue(sofia.contains(TimeSpan.on(MONDAY, t(14), t(16), BRUSSELS)));
    assertFalse(sofia.contains(TimeSpan.of(MONDAY.atTime(14, 0), MONDAY.atTime(16, 1),
        BRUSSELS)));
    // a Saturday has no window
    assertFalse(sofia.contains(TimeSpan.on(MONDAY.plusDays(5), t(10), t(11), SOFIA)));
    // over midnight is never inside
    WorkingHours all = WorkingHours.of(SOFIA, LocalTime.MIN, LocalTime.MAX,
        EnumSet.allOf(DayOfWeek.class));
    assertFalse(all.contains(TimeSpan.of(MONDAY.atTime(23, 0), MONDAY.plusDays(1).atTime(1, 0),
        SOFIA)));
    assertTrue(all.contains(TimeSpan.on(MONDAY, t(1), t(23), SOFIA)));
  }

  // working days are the days with a window
  @Test
  void workingDays() {
    assertEquals(EnumSet.of(DayOfWeek.TUESDAY), WorkingHours.of(SOFIA, t(9), t(10),
        EnumSet.of(DayOfWeek.TUESDAY)).workingDays());
  }

  // different day sets and a closing not after opening are reported on closingTimes
  @Test
  void invalid() {
    assertEquals(List.of("closingTimes: working days [MONDAY] differ from opening days"
        + " [MONDAY, TUESDAY]"), Problems.of(() -> WorkingHours.builder().zone(SOFIA)
        .putOpeningTime(DayOfWeek.MONDAY, t(9)).putOpeningTime(DayOfWeek.TUESDAY, t(9))
        .putClosingTime(DayOfWeek.MONDAY, t(17)).build()));
    assertEquals(List.of("closingTimes[MONDAY]: closing time 09:00 is not after opening time"
        + " 09:00", "closingTimes[WEDNESDAY]: closing time 08:00 is not after opening time"
        + " 09:00"), Problems.of(() -> WorkingHours.builder().zone(SOFIA)
        .putOpeningTime(DayOfWeek.MONDAY, t(9)).putClosingTime(DayOfWeek.MONDAY, t(9))
        .putOpeningTime(DayOfWeek.TUESDAY, t(9)).putClosingTime(DayOfWeek.TUESDAY, t(10))
        .putOpeningTime(DayOfWeek.WEDNESDAY, t(9)).putClosingTime(DayOfWeek.WEDNESDAY, t(8))
        .build()));
  }
}
