package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Occurrence;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.junit.jupiter.api.Test;

class CadenceExpanderTest {
  static final AcademicCalendar CAL = AcademicCalendar.builder().name("2024/25")
      .addTerm(Term.of("autumn", DateRange.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 12,
          20))))
      .addTerm(Term.of("spring", DateRange.of(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 6,
          5))))
      .build();
  static final HolidayCalendar NONE = HolidayCalendar.none("none");
  static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));

  @Test
  void twoPerTermSplitsEachTermIntoConsecutiveHalves() {
    List<Occurrence> os = CadenceExpander.expand(Cadence.perTerm(2), YEAR, Optional.of(CAL),
        NONE);
    assertEquals(4, os.size());
    assertEquals(List.of("autumn", "autumn", "spring", "spring"),
        os.stream().map(Occurrence::period).toList());
    assertEquals(LocalDate.of(2024, 9, 2), os.get(0).window().start());
    assertEquals(os.get(0).window().end().plusDays(1), os.get(1).window().start());
    assertEquals(LocalDate.of(2024, 12, 20), os.get(1).window().end());
    assertEquals(LocalDate.of(2025, 6, 5), os.get(3).window().end());
    for (int i = 0; i < os.size(); i++) {
      assertEquals(i + 1, os.get(i).number());
    }
  }

  @Test
  void holidaysAreTrimmedFromWindowEdges() {
    HolidayCalendar h = HolidayCalendar.builder().name("h").holidays(ImmutableSortedMap.of(
        LocalDate.of(2024, 9, 2), "first day off", LocalDate.of(2024, 9, 3), "second day off"))
        .build();
    List<Occurrence> os = CadenceExpander.expand(Cadence.perTerm(1), YEAR, Optional.of(CAL), h);
    assertEquals(LocalDate.of(2024, 9, 4), os.get(0).window().start());
  }

  @Test
  void everyThreeWeeksGivesOneWindowPerThreeWeeks() {
    DateRange half = DateRange.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 8, 29));
    List<Occurrence> os = CadenceExpander.expand(Cadence.everyWeeks(3), half, Optional.empty(),
        NONE);
    // 180 days: 8 full windows of 21 days and a last one of 12 days (over half of 21)
    assertEquals(9, os.size());
    os.subList(0, 8).forEach(o -> assertEquals(21, o.window().lengthInDays()));
    assertEquals(half.end(), os.get(8).window().end());
  }

  @Test
  void perYearAndYearlyCountFromThePeriodStart() {
    DateRange twoYears = DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2026, 8, 31));
    assertEquals(8, CadenceExpander.expand(Cadence.perYear(4), twoYears, Optional.empty(), NONE)
        .size());
    List<Occurrence> yearly = CadenceExpander.expand(Cadence.yearly(), twoYears,
        Optional.empty(), NONE);
    assertEquals(List.of("year 1", "year 2"), yearly.stream().map(Occurrence::period).toList());
    assertTrue(yearly.get(1).window().contains(LocalDate.of(2026, 8, 31)));
  }

  @Test
  void perTermWithoutACalendarIsRejectedWithItsPath() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CadenceExpander.expand(Cadence.perTerm(2), YEAR, Optional.empty(), NONE));
    assertTrue(e.getMessage().contains("calendar"), e.getMessage());
  }

  @Test
  void anOccurrenceBecomesADemandWithItsWindow() {
    Demand template = Demand.builder().id("pair3").label("pair 3").durationGrains(2)
        .addRequiredAttendees("mentor", "mentee").online(true).build();
    Occurrence o = CadenceExpander.expand(Cadence.perTerm(2), YEAR, Optional.of(CAL), NONE)
        .get(2);
    Demand d = o.toDemand(template);
    assertEquals("pair3#3", d.id());
    assertEquals("pair 3, spring, meeting 3", d.label());
    assertEquals(Optional.of(o.window()), d.window());
  }
}
