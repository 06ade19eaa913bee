package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.Problem;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.time.DateRange;

/**
 * The validator reports an exchange visit whose travel days cannot stay inside the program's
 * period, at {@code exchangeVisits[i].travelDays}, exactly when trying every start day of its
 * window (the naive validator's brute force) finds none that keeps them inside.
 */
class ExchangeTravelInsidePeriodTest {
  static final LocalDate START = LocalDate.of(2024, 3, 1);
  static final DateRange PERIOD = DateRange.of(START, START.plusDays(29));

  @Property(tries = 200)
  void reportedExactlyWhenNoStartInTheWindowKeepsTheTravelInside(
      @ForAll @IntRange(min = 0, max = 29) int at, @ForAll @IntRange(min = 1, max = 6) int days,
      @ForAll @IntRange(min = 0, max = 7) int travel, @ForAll boolean windowed,
      @ForAll @IntRange(min = -5, max = 29) int windowAt,
      @ForAll @IntRange(min = 0, max = 10) int slack) {
    int first = Math.min(at, 30 - days);
    DateRange period = DateRange.of(START.plusDays(first), START.plusDays(first + days - 1));
    Optional<DateRange> window = windowed ? Optional.of(DateRange.of(START.plusDays(windowAt),
        START.plusDays(windowAt + days - 1 + slack))) : Optional.empty();
    Program p = program(visit(period, window, travel));
    List<Problem> found = ProgramValidator.validateStructure(p).problems().stream()
        .filter(x -> x.path().equals("exchangeVisits[0].travelDays")).toList();
    ExchangeVisit v = p.exchangeVisits().get(0);
    boolean fits = travel == 0 || NaiveProgramValidator.travelFitsSomewhere(v, PERIOD);
    assertEquals(fits ? 0 : 1, found.size(), () -> v + " " + found);
    assertEquals(NaiveProgramValidator.validateStructure(p),
        ProgramValidator.validateStructure(p).problems());
  }

  @Example
  void aStudyVisitOnTheProgramsFirstDaysLeavesNoRoomForTheJourneyThere() {
    Program p = program(visit(DateRange.of(START, START.plusDays(4)), Optional.empty(), 1));
    List<Problem> problems = ProgramValidator.validateStructure(p).problems();
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("exchangeVisits[0].travelDays", problems.get(0).path());
    assertEquals("1 travel day(s) before and after the visit's 5 day(s) on "
        + DateRange.of(START, START.plusDays(4)) + " fall outside the program's period "
        + PERIOD, problems.get(0).message());
  }

  static ExchangeVisit visit(DateRange period, Optional<DateRange> window, int travel) {
    return ExchangeVisit.builder().id(VisitId.of("v1"))
        .kind(ExchangeKind.INTERNATIONAL_STUDY_VISIT).addVisitors(PersonId.of("p1"))
        .host(OrganizationId.of("host")).city("Vilnius").country("LT").period(period)
        .window(window).travelDays(travel).build();
  }

  static Program program(ExchangeVisit v) {
    return Program.builder().id(ProgramId.of("p")).title(LocalizedText.of("en", "P"))
        .organizer(OrganizationId.of("org")).zone(ZoneId.of("Europe/Vilnius")).period(PERIOD)
        .addExchangeVisits(v).build();
  }
}
