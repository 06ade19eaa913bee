package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.AnalysesTest.assertRow;
import static org.civiclab.core.analysis.Fixtures.edition;
import static org.civiclab.core.analysis.Fixtures.enrol;
import static org.civiclab.core.model.EnrollmentStatus.CANCELLED;
import static org.civiclab.core.model.EnrollmentStatus.COMPLETED;
import static org.civiclab.core.model.EnrollmentStatus.CONFIRMED;
import static org.civiclab.core.model.EnrollmentStatus.REGISTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link ResultsTable} with exact values on a hand-made two-year program: which editions
 * count for participants (overlapping), completions (ending in the period) and alumni (ending
 * by its end), shares, ratios with a missing operand, disaggregations of other kinds, the
 * status at every boundary of a period, and how actuals are shown.
 */
class ResultsValuesTest {
  private static final DateRange Y23 = DateRange.of(LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 12, 31));
  private static final DateRange Y24 = DateRange.of(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 12, 31));

  private static Indicator.Builder indicator(String id, Measure measure) {
    return Indicator.builder().id(IndicatorId.of(id)).title(LocalizedText.of("en", "T " + id))
        .level(IndicatorLevel.OUTPUT).measure(measure);
  }

  private static Indicator counting(String id, FormulaKind kind) {
    return indicator(id, Measure.UNIT).formula(Formula.of(kind)).addTargets(Target.of(Y24, 3))
        .build();
  }

  /** 2023: a and b complete, c cancels; 2024: a and d complete, e holds a place. */
  static Program program() {
    return Fixtures.program("p", Y23.start(), Y24.end())
        .addEdition(edition("e23", 2023).addEnrollments(enrol("a", COMPLETED, 0,
            Optional.empty()), enrol("b", COMPLETED, 1, Optional.empty()),
            enrol("c", CANCELLED, 2, Optional.empty())).build())
        .addEdition(edition("e24", 2024).addEnrollments(enrol("a", COMPLETED, 0,
            Optional.of("t")), enrol("d", COMPLETED, 1, Optional.empty()),
            enrol("e", REGISTERED, 2, Optional.empty()), enrol("f", CONFIRMED, 3,
            Optional.empty())).addTracks(AnalysesTest.track("t")).build())
        .build();
  }

  private static PersonAttributes attributes() {
    return PersonAttributes.of(DirectorySnapshot.of(List.of(
        Fixtures.person("a", "SE", Optional.empty()), Fixtures.person("b", "GE",
            Optional.empty()), Fixtures.person("d", "GE", Optional.empty()),
        Fixtures.person("f", "GE", Optional.empty())), List.of()));
  }

  private static double actual(Program p, Indicator ind, DateRange period) {
    return ResultsTable.actual(p, ind, period, attributes()).orElseThrow().value()
        .orElseThrow();
  }

  @Test
  void eachCountingKindPicksItsEditions() {
    Program p = program();
    Indicator people = counting("people", FormulaKind.PARTICIPANTS);
    Indicator done = counting("done", FormulaKind.COMPLETIONS);
    Indicator alumni = counting("alumni", FormulaKind.ALUMNI);
    assertEquals(2, actual(p, people, Y23));
    assertEquals(4, actual(p, people, Y24));
    assertEquals(2, actual(p, done, Y23));
    assertEquals(2, actual(p, done, Y24));
    assertEquals(2, actual(p, alumni, Y23));
    assertEquals(3, actual(p, alumni, Y24), "a, b from 2023 and d; a once");
    DateRange both = DateRange.of(Y23.start(), Y24.end());
    assertEquals(4, actual(p, done, both), "completions count enrolments");
    assertEquals(3, actual(p, alumni, both));
    assertEquals(5, actual(p, people, both));
    DateRange spring23 = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28));
    assertEquals(0, actual(p, people, spring23), "no edition overlaps");
    assertEquals(0, actual(p, alumni, spring23));
  }

  @Test
  void aShareCountsParticipantsWithTheValue() {
    Indicator ge = indicator("ge", Measure.PERCENTAGE).formula(Formula.builder()
        .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("country").value("GE").build())
        .build();
    assertEquals(50.0, actual(program(), ge, Y24), 1e-12, "d and f of a, d, e, f");
    assertEquals(50.0, actual(program(), ge, Y23), 1e-12);
    assertTrue(ResultsTable.actual(program(), ge, DateRange.of(LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 1, 2)), attributes()).isEmpty(), "nobody to count");
  }

  @Test
  void aRatioWithoutAnOperandsActualHasNone() {
    Indicator done = counting("done", FormulaKind.COMPLETIONS);
    Indicator people = counting("people", FormulaKind.PARTICIPANTS);
    Indicator entered = indicator("entered", Measure.UNIT).addActuals(Target.builder()
        .period(Y23).value(8.0).source("register").build()).build();
    Indicator rate = indicator("rate", Measure.PERCENTAGE)
        .formula(Formula.ratio(done.id(), people.id())).build();
    Indicator over = indicator("over", Measure.PERCENTAGE)
        .formula(Formula.ratio(done.id(), entered.id())).build();
    Indicator under = indicator("under", Measure.PERCENTAGE)
        .formula(Formula.ratio(entered.id(), people.id())).build();
    Program p = program().withResultsFramework(ResultsFramework.builder()
        .addIndicators(done, people, entered, rate, over, under).build());
    assertEquals(50.0, actual(p, rate, Y24), 1e-12);
    assertEquals(25.0, actual(p, over, Y23), 1e-12);
    assertEquals(400.0, actual(p, under, Y23), 1e-12);
    assertTrue(ResultsTable.actual(p, over, Y24, attributes()).isEmpty(), "no denominator");
    assertTrue(ResultsTable.actual(p, under, Y24, attributes()).isEmpty(), "no numerator");
    // a ratio outside any framework finds no operands
    assertTrue(ResultsTable.actual(program(), rate, Y24, attributes()).isEmpty());
    assertEquals(Optional.of(8.0), ResultsTable.actual(p, entered, Y23, attributes())
        .flatMap(Target::value));
    assertTrue(ResultsTable.actual(p, entered, Y24, attributes()).isEmpty());
  }

  @Test
  void disaggregationsOfOtherKindsAreEmpty() {
    Program p = program();
    Indicator people = counting("people", FormulaKind.PARTICIPANTS);
    assertEquals(List.of("SE", "GE", "(unknown)"), List.copyOf(ResultsTable
        .disaggregate(p, people, Y24, attributes(), "country").keySet()));
    assertEquals(Map.of("SE", 1L, "GE", 2L, "(unknown)", 1L), ResultsTable
        .disaggregate(p, people, Y24, attributes(), "country"));
    assertEquals(Map.of("SE", 1L, "GE", 1L), ResultsTable.disaggregate(p,
        counting("alumni", FormulaKind.ALUMNI), Y23, attributes(), "country"));
    assertEquals(Map.of("SE", 1L, "GE", 2L), ResultsTable.disaggregate(p,
        counting("alumni", FormulaKind.ALUMNI), Y24, attributes(), "country"));
    assertEquals(Map.of("SE", 1L, "GE", 1L), ResultsTable.disaggregate(p,
        counting("done", FormulaKind.COMPLETIONS), Y23, attributes(), "country"));
    assertEquals(Map.of("t", 1L, "(no track)", 1L), ResultsTable.disaggregate(p,
        counting("done", FormulaKind.COMPLETIONS), Y24, attributes(), "track"));
    assertEquals(Map.of("(no track)", 2L), ResultsTable.disaggregate(p,
        counting("done", FormulaKind.COMPLETIONS), Y23, attributes(), "track"));
    assertEquals(Map.of("t", 1L, "(no track)", 3L), ResultsTable.disaggregate(p,
        counting("alumni", FormulaKind.ALUMNI), Y24, attributes(), "track"));
    Indicator share = indicator("ge", Measure.PERCENTAGE).formula(Formula.builder()
        .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("country").value("GE").build())
        .build();
    Indicator entered = indicator("entered", Measure.UNIT).build();
    for (String by : List.of("country", "track", "audience")) {
      assertEquals(Map.of(), ResultsTable.disaggregate(p, share, Y24, attributes(), by), by);
      assertEquals(Map.of(), ResultsTable.disaggregate(p, entered, Y24, attributes(), by), by);
    }
  }

  private static Target target(DateRange period, double value) {
    return Target.of(period, value);
  }

  private static Optional<Target> got(double value) {
    return Optional.of(Target.builder().period(Y24).value(value).source("x").build());
  }

  @Test
  void statusAtEveryBoundaryOfAPeriod() {
    DateRange ten = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10));
    Indicator unit = indicator("u", Measure.UNIT).build();
    Target goal = target(ten, 100);
    assertEquals("not started", ResultsTable.status(unit, goal, got(500),
        LocalDate.of(2023, 12, 31)));
    assertEquals("no data", ResultsTable.status(unit, goal, Optional.empty(),
        LocalDate.of(2024, 1, 1)));
    assertEquals("met", ResultsTable.status(unit, goal, got(100), LocalDate.of(2024, 1, 1)));
    assertEquals("met", ResultsTable.status(unit, goal, got(100), LocalDate.of(2024, 2, 1)));
    // day 1 of 10: 10% gone
    assertEquals("on track", ResultsTable.status(unit, goal, got(10), LocalDate.of(2024, 1, 1)));
    assertEquals("off track", ResultsTable.status(unit, goal, got(9.99),
        LocalDate.of(2024, 1, 1)));
    // day 5 of 10: half gone
    assertEquals("on track", ResultsTable.status(unit, goal, got(50), LocalDate.of(2024, 1, 5)));
    assertEquals("off track", ResultsTable.status(unit, goal, got(49.9),
        LocalDate.of(2024, 1, 5)));
    assertEquals("off track", ResultsTable.status(unit, goal, got(99.9),
        LocalDate.of(2024, 1, 10)));
    assertEquals("off track", ResultsTable.status(unit, goal, got(99.9),
        LocalDate.of(2024, 1, 11)));
    Indicator words = indicator("w", Measure.QUALITATIVE).build();
    Target byLaw = Target.builder().period(ten).text("a by-law").build();
    assertEquals("met", ResultsTable.status(words, byLaw, Optional.of(Target.builder()
        .period(ten).text("drafted").source("minutes").build()), LocalDate.of(2024, 1, 2)));
    assertEquals("no data", ResultsTable.status(words, byLaw, Optional.empty(),
        LocalDate.of(2024, 1, 2)));
  }

  @Test
  void theTableShowsValuesSourcesAndStatuses() {
    Indicator people = indicator("people", Measure.UNIT).formula(Formula.of(
        FormulaKind.PARTICIPANTS)).baseline(target(Y23, 1.5)).addTargets(target(Y23, 2),
        target(Y24, 5)).build();
    Indicator ge = indicator("ge", Measure.PERCENTAGE).formula(Formula.builder()
        .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("country").value("GE").build())
        .addTargets(target(Y23, 33.333)).build();
    Indicator big = indicator("big", Measure.UNIT).addTargets(target(Y24, 1e15))
        .addActuals(Target.builder().period(Y24).value(-2.0).source("register").build())
        .build();
    Indicator words = indicator("words", Measure.QUALITATIVE).addTargets(Target.builder()
        .period(Y24).text("a by-law").build()).build();
    Program p = program().withResultsFramework(ResultsFramework.builder()
        .addIndicators(people, ge, big, words).build());
    Table t = ResultsTable.of(p, attributes(), LocalDate.of(2024, 6, 30));
    assertEquals("results framework of p", t.title());
    assertEquals(5, t.size(), t::render);
    assertRow(t, 0, "indicator", "people", "title", "T people", "level", "OUTPUT",
        "measure", "UNIT", "period", Y23.toString(), "baseline", "1.5", "target", "2",
        "actual", "2", "source", "computed", "status", "met");
    assertRow(t, 1, "period", Y24.toString(), "target", "5", "actual", "4",
        "status", "on track");
    assertRow(t, 2, "indicator", "ge", "baseline", "", "target", "33.33", "actual", "50",
        "source", "computed", "status", "met");
    assertRow(t, 3, "indicator", "big", "target", "1.0E15", "actual", "-2",
        "source", "register", "status", "off track");
    assertRow(t, 4, "indicator", "words", "target", "a by-law", "actual", "", "source", "",
        "status", "no data");
    Table none = ResultsTable.of(program(), attributes(), LocalDate.of(2024, 6, 30));
    assertEquals(0, none.size());
    assertEquals(10, none.columns().size());
  }
}
