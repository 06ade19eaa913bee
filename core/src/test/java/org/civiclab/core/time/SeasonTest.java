package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeasonTest {

  /**
   * Naive oracle: the days of the leap year 2000 walked one by one from the first to the last,
   * going round from 31 December to 1 January. The walk stays in that one year: walking on into
   * 2001 would miss 29 February there and run on to 2004, collecting every day of the year.
   */
  static Set<MonthDay> walk(Season s) {
    Set<MonthDay> out = new HashSet<>();
    LocalDate d = s.first().atYear(2000);
    while (true) {
      MonthDay md = MonthDay.from(d);
      out.add(md);
      if (md.equals(s.last())) {
        return out;
      }
      d = d.getDayOfYear() == 366 ? LocalDate.of(2000, 1, 1) : d.plusDays(1);
    }
  }

  // contains, wraps and isAllYear agree with walking the season's days in a leap year
  @Property
  void agreesWithAWalk(@ForAll @IntRange(min = 0, max = 365) int first,
      @ForAll @IntRange(min = 0, max = 365) int last,
      @ForAll @IntRange(min = 0, max = 365 * 4) int day) {
    LocalDate leap = LocalDate.of(2000, 1, 1);
    Season s = Season.of(MonthDay.from(leap.plusDays(first)), MonthDay.from(leap.plusDays(last)));
    Set<MonthDay> days = walk(s);
    LocalDate probe = LocalDate.of(2023, 1, 1).plusDays(day);
    assertEquals(days.contains(MonthDay.from(probe)), s.contains(probe), s + " " + probe);
    assertEquals(s.last().isBefore(s.first()), s.wraps());
    assertEquals(days.size() == 366, s.isAllYear(), s.toString());
  }

  // all year holds 1 January and 31 December; a season over New Year holds both sides of it
  @Test
  void edges() {
    Season all = Season.allYear();
    assertTrue(all.isAllYear());
    assertFalse(all.wraps());
    assertTrue(all.contains(LocalDate.of(2023, 1, 1)));
    assertTrue(all.contains(LocalDate.of(2023, 12, 31)));
    assertEquals("1 January to 31 December", all.toString());

    Season winter = Season.of(MonthDay.of(11, 1), MonthDay.of(3, 31));
    assertTrue(winter.wraps());
    assertFalse(winter.isAllYear());
    assertTrue(winter.contains(LocalDate.of(2023, 11, 1)));
    assertTrue(winter.contains(LocalDate.of(2024, 1, 15)));
    assertTrue(winter.contains(LocalDate.of(2024, 3, 31)));
    assertFalse(winter.contains(LocalDate.of(2024, 4, 1)));
    assertFalse(winter.contains(LocalDate.of(2023, 10, 31)));
    assertEquals("1 November to 31 March", winter.toString());

    Season one = Season.of(MonthDay.of(6, 1), MonthDay.of(6, 1));
    assertFalse(one.wraps());
    assertFalse(one.isAllYear());
    assertTrue(one.contains(LocalDate.of(2023, 6, 1)));
    assertFalse(one.contains(LocalDate.of(2023, 6, 2)));
    assertFalse(one.contains(LocalDate.of(2023, 5, 31)));

    assertTrue(Season.of(MonthDay.of(3, 1), MonthDay.of(2, 29)).isAllYear());
    // found by agreesWithAWalk once its walk stopped running on past a year without 29 February
    assertFalse(Season.of(MonthDay.of(3, 2), MonthDay.of(2, 29)).isAllYear());
    assertEquals(365, walk(Season.of(MonthDay.of(3, 2), MonthDay.of(2, 29))).size());
    assertFalse(Season.of(MonthDay.of(3, 1), MonthDay.of(2, 28)).isAllYear());
    assertFalse(Season.of(MonthDay.of(1, 2), MonthDay.of(12, 31)).isAllYear());
    assertFalse(Season.of(MonthDay.of(1, 1), MonthDay.of(12, 30)).isAllYear());
  }

  // a season starting on 29 February starts on 1 March in a year without that day
  @Test
  void leapDay() {
    Season s = Season.of(MonthDay.of(2, 29), MonthDay.of(4, 30));
    assertTrue(s.contains(LocalDate.of(2023, 3, 1)));
    assertFalse(s.contains(LocalDate.of(2023, 2, 28)));
    assertTrue(s.contains(LocalDate.of(2024, 2, 29)));
    Season e = Season.of(MonthDay.of(1, 1), MonthDay.of(2, 29));
    assertTrue(e.contains(LocalDate.of(2023, 2, 28)));
    assertFalse(e.contains(LocalDate.of(2023, 3, 1)));
  }
}
