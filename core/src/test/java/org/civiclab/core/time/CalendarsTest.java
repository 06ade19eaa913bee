package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.model.Texts;
import org.junit.jupiter.api.Test;

class CalendarsTest {
  static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);
  static final LocalDate MAY_DAY = LocalDate.of(2025, 5, 1);

  static Term term(String name, int m1, int d1, int m2, int d2, int y2) {
    return Term.of(name, DateRange.of(LocalDate.of(2024, m1, d1), LocalDate.of(y2, m2, d2)));
  }

  // a holiday is found by its day, with its name; other days are none
  @Test
  void holidays() {
    HolidayCalendar c = HolidayCalendar.builder().name("Sweden 2025")
        .putHoliday(MAY_DAY, "First of May").putHoliday(NEW_YEAR, "New Year").build();
    assertTrue(c.isHoliday(NEW_YEAR));
    assertFalse(c.isHoliday(NEW_YEAR.plusDays(1)));
    assertEquals(Optional.of("First of May"), c.holidayName(MAY_DAY));
    assertEquals(Optional.empty(), c.holidayName(MAY_DAY.minusDays(1)));
    assertEquals(List.of(NEW_YEAR, MAY_DAY), List.copyOf(c.holidays().keySet()));
    assertTrue(HolidayCalendar.none("empty").holidays().isEmpty());
    assertEquals("empty", HolidayCalendar.none("empty").name());
  }

  // a union holds both calendars' days; on a shared day the first calendar's name wins
  @Test
  void union() {
    HolidayCalendar a = HolidayCalendar.builder().name("A").putHoliday(NEW_YEAR, "Nyårsdagen")
        .build();
    HolidayCalendar b = HolidayCalendar.builder().name("B").putHoliday(NEW_YEAR, "New Year")
        .putHoliday(MAY_DAY, "May Day").build();
    HolidayCalendar u = a.union(b);
    assertEquals("A + B", u.name());
    assertEquals(Map.of(NEW_YEAR, "Nyårsdagen", MAY_DAY, "May Day"), u.holidays());
    assertEquals(Map.of(NEW_YEAR, "New Year", MAY_DAY, "May Day"), b.union(a).holidays());
  }

  // a blank calendar name and a holiday name out of the text domain are both reported
  @Test
  void invalidHolidayCalendar() {
    String bad = "New\u0001Year";
    assertEquals(List.of("name: must not be blank", "holidays.2025-01-01: "
        + Texts.problem(bad).orElseThrow()), Problems.of(() -> HolidayCalendar.builder()
        .name("  ").putHoliday(NEW_YEAR, bad).build()));
  }

  // a day falls in the term that holds it; a period overlaps the terms sharing a day with it
  @Test
  void academicCalendar() {
    Term autumn = term("autumn", 9, 1, 1, 10, 2025);
    Term spring = Term.of("spring", DateRange.of(LocalDate.of(2025, 1, 11),
        LocalDate.of(2025, 5, 31)));
    AcademicCalendar c = AcademicCalendar.builder().name("Mid Sweden 2024/25")
        .addTerms(autumn, spring).build();
    assertEquals(Optional.of(autumn), c.termOf(LocalDate.of(2025, 1, 10)));
    assertEquals(Optional.of(spring), c.termOf(LocalDate.of(2025, 1, 11)));
    assertEquals(Optional.empty(), c.termOf(LocalDate.of(2024, 8, 31)));
    assertEquals(List.of(autumn, spring), c.termsOverlapping(DateRange.of(
        LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 11))));
    assertEquals(List.of(spring), c.termsOverlapping(DateRange.day(LocalDate.of(2025, 5, 31))));
    assertEquals(List.of(), c.termsOverlapping(DateRange.day(LocalDate.of(2025, 6, 1))));
    assertEquals("autumn (2024-09-01..2025-01-10)", autumn.toString());
  }

  // a term must start after the previous one ends, and no name is used twice
  @Test
  void invalidAcademicCalendar() {
    Term autumn = term("autumn", 9, 1, 1, 10, 2025);
    Term touching = Term.of("spring", DateRange.of(LocalDate.of(2025, 1, 10),
        LocalDate.of(2025, 5, 31)));
    Term again = Term.of("autumn", DateRange.of(LocalDate.of(2025, 9, 1),
        LocalDate.of(2025, 12, 20)));
    assertEquals(List.of("terms[1].dates: term spring (2025-01-10..2025-05-31) does not start"
        + " after the previous term autumn (2024-09-01..2025-01-10) ends",
        "terms[2].name: term name 'autumn' is used twice"),
        Problems.of(() -> AcademicCalendar.builder().name("x").addTerms(autumn, touching, again)
            .build()));
    assertEquals(List.of("name: must not be blank", "terms: a calendar needs at least one term"),
        Problems.of(() -> AcademicCalendar.builder().name(" ").build()));
    assertEquals(List.of("name: must not be blank"),
        Problems.of(() -> Term.of("", DateRange.day(NEW_YEAR))));
  }
}
