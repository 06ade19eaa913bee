package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.DateRange;

/**
 * An exchange visit's travel days are checked at construction and named by their path; a
 * host's availability admits exactly the days in an open window on an open weekday (counted
 * here from the calendar, apart from the model's own method).
 */
class ExchangeVisitTravelDaysTest {
  static ExchangeVisit.Builder visit() {
    return ExchangeVisit.builder().id(VisitId.of("v1")).kind(ExchangeKind.INTERNATIONAL_STUDY_VISIT)
        .addVisitors(PersonId.of("p1")).host(OrganizationId.of("h1")).city("Warsaw")
        .country("PL").period(DateRange.of(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10)));
  }

  @Example
  void travelDaysDefaultToNone() {
    assertEquals(0, visit().build().travelDays());
    assertTrue(visit().build().hostAvailability().isEmpty());
  }

  @Property(tries = 20)
  void travelDaysFromZeroToSevenAreKept(@ForAll @IntRange(min = 0, max = 7) int days) {
    assertEquals(days, visit().travelDays(days).build().travelDays());
  }

  @Property(tries = 20)
  void travelDaysOutsideZeroToSevenAreRejectedAtTheirPath(
      @ForAll @IntRange(min = -50, max = 60) int days) {
    if (days >= 0 && days <= 7) {
      return;
    }
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> visit().travelDays(days).build());
    assertEquals(List.of(Problem.at("travelDays", "travel days must be between 0 and 7, got "
        + days)), e.problems());
  }

  @Example
  void aVisitWithTooManyTravelDaysFailsWhereItIsMade() {
    ExchangeVisit good = visit().build();
    Program p = Program.builder().id(ProgramId.of("p")).title(LocalizedText.of("en", "P"))
        .organizer(OrganizationId.of("org")).zone(java.time.ZoneId.of("Asia/Tbilisi"))
        .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .addExchangeVisits(good).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> p.withExchangeVisits(List.of(good, good.withId(VisitId.of("v2")).withTravelDays(8))));
    assertTrue(e.problems().stream().anyMatch(x -> x.path().endsWith("travelDays")),
        e::getMessage);
  }

  @Property(tries = 50)
  void hostAvailabilityAdmitsOpenWeekdaysInOpenWindows(
      @ForAll @IntRange(min = 0, max = 127) int weekdays,
      @ForAll @IntRange(min = 0, max = 60) int from, @ForAll @IntRange(min = 0, max = 60) int len,
      @ForAll @IntRange(min = -10, max = 130) int probe) {
    LocalDate first = LocalDate.of(2024, 1, 1);
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int k = 0; k < 7; k++) {
      if ((weekdays >> k & 1) != 0) {
        days.add(DayOfWeek.of(k + 1));
      }
    }
    HostAvailability a = HostAvailability.builder().weekdays(days)
        .addOpen(DateRange.of(first.plusDays(from), first.plusDays(from + len))).build();
    LocalDate day = first.plusDays(probe);
    boolean inWindow = probe >= from && probe <= from + len;
    boolean onWeekday = weekdays == 0 || (weekdays >> (day.getDayOfWeek().getValue() - 1) & 1) != 0;
    assertEquals(inWindow && onWeekday, a.admits(day), a + " on " + day);
  }

  @Example
  void overlappingOpenWindowsAreRejected() {
    DateRange spring = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
    DateRange may = DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> HostAvailability.builder().addOpen(spring, may).build());
    assertEquals("open[1]", e.problems().get(0).path());
    assertFalse(HostAvailability.onWeekdays(EnumSet.of(DayOfWeek.MONDAY))
        .admits(LocalDate.of(2024, 3, 5)));
  }
}
