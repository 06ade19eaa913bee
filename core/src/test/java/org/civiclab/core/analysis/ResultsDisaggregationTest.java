package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Counting indicators broken down by the enrolment's track and audience equal a naive count
 * over the editions, and the two names are accepted where unknown attributes are not.
 */
class ResultsDisaggregationTest {

  private static Indicator counting(FormulaKind kind, DateRange period) {
    return Indicator.builder().id(IndicatorId.of(kind.name().toLowerCase(Locale.ROOT)))
        .title(LocalizedText.of("en", kind.name())).level(IndicatorLevel.OUTPUT)
        .measure(Measure.UNIT).formula(Formula.of(kind))
        .addDisaggregations(ResultsTable.TRACK, ResultsTable.AUDIENCE)
        .addTargets(Target.of(period, 1)).build();
  }

  private static String value(Enrollment en, String dimension) {
    return dimension.equals("track") ? en.track().map(t -> t.value()).orElse("(no track)")
        : en.audience().name().toLowerCase(Locale.ROOT);
  }

  /** People (or, for completions, enrolments) per value, counted the slow way. */
  private static Map<String, Long> naive(Program p, FormulaKind kind, DateRange period,
      String dimension) {
    Map<String, Set<String>> people = new HashMap<>();
    Map<String, Long> completions = new HashMap<>();
    for (Edition e : p.editions()) {
      boolean overlaps = !e.period().end().isBefore(period.start())
          && !e.period().start().isAfter(period.end());
      boolean endsIn = !e.period().end().isBefore(period.start())
          && !e.period().end().isAfter(period.end());
      boolean endsBy = !e.period().end().isAfter(period.end());
      for (Enrollment en : e.enrollments()) {
        String v = value(en, dimension);
        PersonId who = en.person();
        if (kind == FormulaKind.PARTICIPANTS && overlaps && en.holdsPlace()) {
          people.computeIfAbsent(v, x -> new HashSet<>()).add(who.value());
        } else if (kind == FormulaKind.ALUMNI && endsBy && Alumnus.completes(en)) {
          people.computeIfAbsent(v, x -> new HashSet<>()).add(who.value());
        } else if (kind == FormulaKind.COMPLETIONS && endsIn && Alumnus.completes(en)) {
          completions.merge(v, 1L, Long::sum);
        }
      }
    }
    if (kind == FormulaKind.COMPLETIONS) {
      return completions;
    }
    Map<String, Long> out = new HashMap<>();
    people.forEach((k, v) -> out.put(k, (long) v.size()));
    return out;
  }

  @Property(tries = 40)
  void byTrackAndAudienceEqualANaiveCount(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = g.program();
    PersonAttributes attrs = PersonAttributes.of(g.directory());
    for (FormulaKind kind : new FormulaKind[] {FormulaKind.PARTICIPANTS,
        FormulaKind.COMPLETIONS, FormulaKind.ALUMNI}) {
      Indicator ind = counting(kind, p.period());
      for (String d : ind.disaggregations()) {
        Map<String, Long> got = ResultsTable.disaggregate(p, ind, p.period(), attrs, d);
        assertEquals(naive(p, kind, p.period(), d), new HashMap<>(got), kind + " by " + d);
      }
      // completions are enrolments: their audiences add up to the actual exactly
      if (kind == FormulaKind.COMPLETIONS) {
        long sum = ResultsTable.disaggregate(p, ind, p.period(), attrs, "audience").values()
            .stream().mapToLong(Long::longValue).sum();
        assertEquals(ResultsTable.actual(p, ind, p.period(), attrs).orElseThrow().value()
            .orElseThrow(), (double) sum);
      }
    }
  }

  @Test
  void trackAndAudienceAreKnownWhereAnUnknownAttributeIsNot() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(5, 3);
    Program p = g.program();
    Indicator ok = counting(FormulaKind.PARTICIPANTS, p.period());
    Program fine = p.withResultsFramework(ResultsFramework.builder().addIndicators(ok)
        .build());
    assertEquals(1, ResultsTable.of(fine, PersonAttributes.of(g.directory()), p.period()
        .end()).size());
    Program bad = p.withResultsFramework(ResultsFramework.builder().addIndicators(ok
        .withDisaggregations("track", "tracks")).build());
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> ResultsTable.of(bad,
            PersonAttributes.of(g.directory()), p.period().end()));
    assertEquals("resultsFramework.indicators[0].disaggregations[1]",
        e.problems().get(0).path());
    assertEquals("unknown attribute 'tracks'", e.problems().get(0).message());
  }
}
