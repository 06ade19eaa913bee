package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  static final LocalDate BASE = LocalDate.of(2024, 2, 25);

  static DateRange range(int from, int length) {
    return DateRange.of(BASE.plusDays(from), BASE.plusDays(from + length));
  }

  /** Naive oracle: the days of a range, listed one by one from the start. */
  static Set<LocalDate> daysOf(DateRange r) {
    Set<LocalDate> out = new java.util.HashSet<>();
    for (LocalDate d = r.start(); !d.isAfter(r.end()); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  // contains, overlaps and lengthInDays agree with the set of days enumerated one by one
  @Property
  void agreesWithItsDays(@ForAll @IntRange(min = 0, max = 8) int a,
      @ForAll @IntRange(min = 0, max = 5) int la, @ForAll @IntRange(min = 0, max = 8) int b,
      @ForAll @IntRange(min = 0, max = 5) int lb, @ForAll @IntRange(min = -1, max = 15) int d) {
    DateRange x = range(a, la);
    DateRange y = range(b, lb);
    Set<LocalDate> xs = daysOf(x);
    Set<LocalDate> ys = daysOf(y);
    LocalDate day = BASE.plusDays(d);
    assertEquals(xs.contains(day), x.contains(day));
    assertEquals(xs.containsAll(ys), x.contains(y));
    assertEquals(xs.stream().anyMatch(ys::contains), x.overlaps(y));
    assertEquals(xs.size(), x.lengthInDays());
    List<LocalDate> listed = x.days().collect(Collectors.toList());
    assertEquals(xs.size(), listed.size());
    assertEquals(x.start(), listed.get(0));
    assertEquals(x.end(), listed.get(listed.size() - 1));
  }

  // both ends are included: the first and the last day belong, the days beside them do not
  @Test
  void endsAreIncluded() {
    DateRange r = DateRange.of(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1));
    assertTrue(r.contains(LocalDate.of(2024, 2, 28)));
    assertTrue(r.contains(LocalDate.of(2024, 3, 1)));
    assertFalse(r.contains(LocalDate.of(2024, 2, 27)));
    assertFalse(r.contains(LocalDate.of(2024, 3, 2)));
    assertEquals(3, r.lengthInDays());
    assertTrue(r.overlaps(DateRange.day(LocalDate.of(2024, 3, 1))));
    assertTrue(r.overlaps(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28))));
    assertFalse(r.overlaps(DateRange.day(LocalDate.of(2024, 3, 2))));
    assertFalse(r.overlaps(DateRange.day(LocalDate.of(2024, 2, 27))));
    assertEquals(List.of(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29),
        LocalDate.of(2024, 3, 1)), r.days().collect(Collectors.toList()));
  }

  // a one-day range is its start and end, has length 1 and prints as that day
  @Test
  void oneDay() {
    DateRange d = DateRange.day(LocalDate.of(2024, 5, 1));
    assertEquals(LocalDate.of(2024, 5, 1), d.start());
    assertEquals(LocalDate.of(2024, 5, 1), d.end());
    assertEquals(1, d.lengthInDays());
    assertEquals("2024-05-01", d.toString());
    assertEquals("2024-05-01..2024-05-03",
        DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3)).toString());
  }

  // an end before the start is rejected on the end, with both days in the message
  @Test
  void endBeforeStartIsRejected() {
    assertEquals(List.of("end: end 2024-01-01 is before start 2024-01-02"),
        Problems.of(() -> DateRange.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1))));
  }
}
