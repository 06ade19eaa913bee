package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DailyBreakTest {

  // an event overlaps the break when some minute lies in both, found by trying every minute
  @Property
  void overlapIsASharedMinute(@ForAll @IntRange(min = 0, max = 10) int from,
      @ForAll @IntRange(min = 1, max = 5) int length) {
    DailyBreak b = DailyBreak.of("coffee", LocalTime.of(10, 3), LocalTime.of(10, 6));
    boolean shared = false;
    for (int m = 0; m < 20; m++) {
      shared |= from <= m && m < from + length && 3 <= m && m < 6;
    }
    assertEquals(shared, b.overlaps(LocalTime.of(10, from), LocalTime.of(10, from + length)));
  }

  // a break reads as its name and times
  @Test
  void readsAsSaid() {
    DailyBreak b = DailyBreak.of("lunch", LocalTime.of(12, 30), LocalTime.of(13, 30));
    assertEquals("lunch 12:30–13:30", b.toString());
    assertEquals("lunch", b.name());
  }

  // a blank name and an end not after the start are both reported
  @Test
  void invalid() {
    assertEquals(List.of("name: must not be blank",
        "end: break ends at 12:00, not after its start 12:00"),
        Problems.of(() -> DailyBreak.of(" ", LocalTime.of(12, 0), LocalTime.of(12, 0))));
    assertEquals(List.of("end: break ends at 11:00, not after its start 12:00"),
        Problems.of(() -> DailyBreak.of("x", LocalTime.of(12, 0), LocalTime.of(11, 0))));
  }
}
