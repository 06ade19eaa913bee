package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.validation.ProgramValidator;
import org.junit.jupiter.api.Test;

/**
 * The checks of an outreach series, of a visit that names one, of a program's series and of
 * its seasons: each fault is reported at its path.
 */
class OutreachSeriesTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 1, 1),
      LocalDate.of(2026, 12, 31));

  static OutreachSeries.Builder omalo() {
    return OutreachSeries.builder().id(SeriesId.of("omalo")).community("Omalo").country("GE")
        .cadence(Cadence.perYear(2)).length(Duration.ofHours(3)).addLeaders(PersonId.of("nino"))
        .season(Season.of(MonthDay.of(6, 1), MonthDay.of(9, 30)));
  }

  static OutreachMeeting.Builder visit(String id) {
    LocalDate day = LocalDate.of(2026, 7, 1);
    return OutreachMeeting.builder().id(EventId.of(id)).community("Omalo").country("GE")
        .addLeaders(PersonId.of("nino"))
        .when(TimeSpan.on(day, LocalTime.of(11, 0), LocalTime.of(14, 0), ZONE));
  }

  static Program.Builder program() {
    return Program.builder().id(ProgramId.of("p")).title(LocalizedText.of("en", "P"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(YEAR);
  }

  static List<String> paths(Supplier<?> build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::get);
    return e.problems().stream().map(Problem::path).toList();
  }

  @Test
  void aValidSeriesBuilds() {
    OutreachSeries s = omalo().preferredStart(LocalTime.of(11, 0))
        .travelFromBase(Duration.ofHours(3)).region("Tusheti").build();
    assertTrue(s.reachable(LocalDate.of(2026, 6, 1)));
    assertFalse(s.reachable(LocalDate.of(2026, 10, 1)));
    assertTrue(omalo().season(java.util.Optional.empty()).build()
        .reachable(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void eachFaultOfASeriesIsNamedByItsField() {
    assertEquals(List.of("leaders"), paths(() -> omalo().leaders(List.of()).build()));
    assertEquals(List.of("length"), paths(() -> omalo().length(Duration.ZERO).build()));
    assertEquals(List.of("length"), paths(() -> omalo().length(Duration.ofHours(24)).build()));
    assertEquals(List.of("travelFromBase"),
        paths(() -> omalo().travelFromBase(Duration.ofHours(25)).build()));
    assertEquals(List.of("preferredStart"),
        paths(() -> omalo().preferredStart(LocalTime.of(22, 0)).build()));
    assertEquals(List.of("community", "country"),
        paths(() -> omalo().community(" ").country("Georgia").build()));
  }

  @Test
  void aVisitNamesItsOccurrenceExactlyWhenItNamesASeries() {
    assertEquals(List.of("occurrence"), paths(() -> visit("v").occurrence(1).build()));
    assertEquals(List.of("occurrence"),
        paths(() -> visit("v").series(SeriesId.of("omalo")).build()));
    assertEquals(List.of("occurrence"),
        paths(() -> visit("v").series(SeriesId.of("omalo")).occurrence(0).build()));
    assertEquals(3, visit("v").series(SeriesId.of("omalo")).occurrence(3).build().occurrence()
        .orElseThrow());
  }

  @Test
  void aProgramChecksItsSeriesAndTheVisitsThatNameThem() {
    OutreachSeries s = omalo().build();
    assertEquals(List.of("outreachSeries[1].id"),
        paths(() -> program().addOutreachSeries(s, s).build()));
    assertEquals(List.of("outreachSeries[0].period"), paths(() -> program().addOutreachSeries(
        omalo().period(DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1)))
            .build()).build()));
    assertEquals(List.of("outreachMeetings[0].series"), paths(() -> program()
        .addOutreachMeetings(visit("v").series(SeriesId.of("shatili")).occurrence(1).build())
        .build()));
    assertEquals(List.of("outreachMeetings[1].occurrence"), paths(() -> program()
        .addOutreachSeries(s)
        .addOutreachMeetings(visit("v1").series(s.id()).occurrence(2).build(),
            visit("v2").series(s.id()).occurrence(2).build())
        .build()));
    Program ok = program().addOutreachSeries(s)
        .addOutreachMeetings(visit("v1").series(s.id()).occurrence(1).build()).build();
    assertEquals(s, ok.outreachSeries(s.id()).orElseThrow());
    assertTrue(ok.referencedPeople().contains(PersonId.of("nino")));
  }

  @Test
  void theValidatorFindsASeriesLeaderWhoIsNotInTheDirectory() {
    Program p = program().addOutreachSeries(omalo().addLeaders(PersonId.of("ghost")).build())
        .build();
    DirectorySnapshot people = DirectorySnapshot.of(List.of(Person.builder()
        .id(PersonId.of("nino")).fullName("Nino").country("GE").homeZone(ZONE).build()),
        List.of(Organization.builder().id(OrganizationId.of("org")).name(LocalizedText.of("en", "Org"))
            .sector(Sector.CIVIL_SOCIETY).country("GE").build()));
    List<Problem> problems = ProgramValidator.validate(p, people).problems();
    assertEquals(List.of("outreachSeries[0].leaders[1]"),
        problems.stream().map(Problem::path).toList(), problems::toString);
  }

  @Test
  void seasonsRecurEveryYearAndMayWrapOverNewYear() {
    Season winter = Season.of(MonthDay.of(11, 1), MonthDay.of(3, 31));
    assertTrue(winter.wraps());
    assertTrue(winter.contains(LocalDate.of(2025, 12, 31)));
    assertTrue(winter.contains(LocalDate.of(2026, 1, 1)));
    assertTrue(winter.contains(LocalDate.of(2026, 3, 31)));
    assertFalse(winter.contains(LocalDate.of(2026, 4, 1)));
    assertFalse(winter.contains(LocalDate.of(2026, 10, 31)));
    assertEquals("1 November to 31 March", winter.toString());
    assertTrue(Season.allYear().isAllYear());
    assertTrue(Season.of(MonthDay.of(7, 1), MonthDay.of(6, 30)).isAllYear());
    assertFalse(winter.isAllYear());
    Season leapDay = Season.of(MonthDay.of(2, 29), MonthDay.of(3, 2));
    assertTrue(leapDay.contains(LocalDate.of(2025, 3, 1)), "from 1 March without 29 February");
    assertTrue(leapDay.contains(LocalDate.of(2024, 2, 29)));
    assertFalse(leapDay.contains(LocalDate.of(2025, 2, 28)));
  }
}
