package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimeSpanTest {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  static final LocalDateTime T0 = LocalDateTime.of(2024, 6, 3, 9, 0);

  static TimeSpan minutes(int from, int length, ZoneId zone) {
    return TimeSpan.of(T0.plusMinutes(from), T0.plusMinutes(from + length), zone);
  }

  // overlap is a shared minute, found by trying every minute; order is by start then end
  @Property
  void overlapAndOrderAgreeWithMinutes(@ForAll @IntRange(min = 0, max = 12) int a,
      @ForAll @IntRange(min = 1, max = 6) int la, @ForAll @IntRange(min = 0, max = 12) int b,
      @ForAll @IntRange(min = 1, max = 6) int lb, @ForAll boolean otherZone) {
    TimeSpan x = minutes(a, la, BRUSSELS);
    TimeSpan y = minutes(b, lb, BRUSSELS);
    boolean shared = false;
    for (int m = 0; m < 20; m++) {
      shared |= a <= m && m < a + la && b <= m && m < b + lb;
    }
    TimeSpan yy = otherZone ? y.in(SOFIA) : y;
    assertEquals(shared, x.overlaps(yy));
    assertEquals(shared, yy.overlaps(x));
    int expected = a != b ? Integer.compare(a, b) : Integer.compare(a + la, b + lb);
    assertEquals(expected, Integer.signum(x.compareTo(yy)));
    assertEquals(Duration.ofMinutes(la), x.duration());
  }

  // touching spans do not overlap; a span overlaps itself
  @Test
  void touchingEnds() {
    TimeSpan morning = TimeSpan.on(LocalDate.of(2024, 6, 3), LocalTime.of(9, 0),
        LocalTime.of(12, 0), BRUSSELS);
    TimeSpan afternoon = TimeSpan.on(LocalDate.of(2024, 6, 3), LocalTime.of(12, 0),
        LocalTime.of(15, 0), BRUSSELS);
    assertFalse(morning.overlaps(afternoon));
    assertFalse(afternoon.overlaps(morning));
    assertTrue(morning.overlaps(morning));
    assertEquals(LocalDate.of(2024, 6, 3), afternoon.day());
  }

  // seen in another zone the moments stay, the wall-clock times move
  @Test
  void inAnotherZone() {
    TimeSpan b = TimeSpan.on(LocalDate.of(2024, 1, 10), LocalTime.of(10, 0), LocalTime.of(11, 30),
        BRUSSELS);
    TimeSpan s = b.in(SOFIA);
    assertEquals(LocalDateTime.of(2024, 1, 10, 11, 0), s.start());
    assertEquals(LocalDateTime.of(2024, 1, 10, 12, 30), s.end());
    assertEquals(SOFIA, s.zone());
    assertEquals(b.startInstant(), s.startInstant());
    assertEquals(b.endInstant(), s.endInstant());
    assertEquals(0, b.compareTo(s));
    assertEquals(java.time.Instant.parse("2024-01-10T09:00:00Z"), b.startInstant());
    assertEquals(java.time.Instant.parse("2024-01-10T10:30:00Z"), b.endInstant());
  }

  // a span started before the spring DST change lasts its length but ends an hour later
  @Test
  void startingAcrossDaylightSaving() {
    TimeSpan t = TimeSpan.starting(LocalDateTime.of(2024, 3, 31, 1, 30), Duration.ofHours(2),
        BRUSSELS);
    assertEquals(LocalDateTime.of(2024, 3, 31, 1, 30), t.start());
    assertEquals(LocalDateTime.of(2024, 3, 31, 4, 30), t.end());
    assertEquals(Duration.ofHours(2), t.duration());
    TimeSpan u = TimeSpan.starting(T0, Duration.ofMinutes(45), ZoneOffset.UTC);
    assertEquals(T0.plusMinutes(45), u.end());
  }

  // the end is shown as a time on the same day and in full on another day
  @Test
  void readsAsSaid() {
    assertEquals("2024-03-13T10:00–17:00 Europe/Brussels", TimeSpan.on(LocalDate.of(2024, 3, 13),
        LocalTime.of(10, 0), LocalTime.of(17, 0), BRUSSELS).toString());
    assertEquals("2024-03-13T22:00–2024-03-14T01:00 Z", TimeSpan.of(
        LocalDateTime.of(2024, 3, 13, 22, 0), LocalDateTime.of(2024, 3, 14, 1, 0),
        ZoneOffset.UTC).toString());
  }

  // an end at the start, or before it, is rejected on the end with the zone named
  @Test
  void endNotAfterStartIsRejected() {
    assertEquals(List.of("end: end 2024-06-03T09:00 is not after start 2024-06-03T09:00"
        + " (Europe/Brussels)"), Problems.of(() -> TimeSpan.of(T0, T0, BRUSSELS)));
    assertEquals(List.of("end: end 2024-06-03T08:59 is not after start 2024-06-03T09:00 (Z)"),
        Problems.of(() -> TimeSpan.of(T0, T0.minusMinutes(1), ZoneOffset.UTC)));
  }
}
