package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.model.Gender;
import org.civiclab.core.model.Person;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.store.DirectorySnapshot;
import org.junit.jupiter.api.Test;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.Target;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.ResultsGenerator;
import org.civiclab.core.testing.SurveyGenerator;

/**
 * Follow-up analyses and computed indicator actuals against naive computations over the same
 * generated programs.
 */
class CommitmentsAndResultsPropertiesTest {

  private static Program program(long seed, int size) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    return ResultsGenerator.withResults(SurveyGenerator.withSurveys(g.program(), seed), seed);
  }

  /** The naive status on a day: scan every change, keep the latest not after the day. */
  private static ActionStatus naiveStatus(Action a, LocalDate day) {
    ActionStatus s = ActionStatus.OPEN;
    LocalDate best = null;
    for (StatusChange c : a.history()) {
      if (!c.on().isAfter(day) && (best == null || !c.on().isBefore(best))) {
        best = c.on();
        s = c.status();
      }
    }
    return s;
  }

  @Property(tries = 60)
  void overdueFollowUpsAsOfADayMatchANaiveFilter(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size,
      @ForAll @IntRange(min = -30, max = 400) int offset) {
    Program p = program(seed, size);
    LocalDate day = p.period().start().plusDays(offset);
    List<String> naive = new ArrayList<>();
    for (Commitment c : p.commitments()) {
      for (Action a : c.actions()) {
        ActionStatus s = naiveStatus(a, day);
        if (a.due().isPresent() && day.isAfter(a.due().get()) && s != ActionStatus.DONE
            && s != ActionStatus.DROPPED) {
          naive.add(c.id() + "/" + a.id());
        }
      }
    }
    List<String> got = new ArrayList<>();
    CommitmentAnalyses.overdue(List.of(p), day)
        .forEach(i -> got.add(i.commitment().id() + "/" + i.action().id()));
    assertEquals(naive, got);
    Table t = CommitmentAnalyses.actions(List.of(p), day);
    assertEquals(CommitmentAnalyses.items(List.of(p)).size(), t.size());
  }

  @Property(tries = 40)
  void computedActualsEqualANaiveCount(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = ResultsGenerator.withResults(SurveyGenerator.withSurveys(g.program(), seed),
        seed);
    PersonAttributes attrs = PersonAttributes.of(g.directory());
    for (Indicator ind : p.resultsFramework().orElseThrow().indicators()) {
      for (Target t : ind.targets()) {
        Optional<Target> actual = ResultsTable.actual(p, ind, t.period(), attrs);
        if (ind.formula().isEmpty()) {
          assertEquals(ind.actuals().stream().filter(a -> a.period().equals(t.period()))
              .findFirst(), actual);
          continue;
        }
        FormulaKind k = ind.formula().get().kind();
        Set<PersonId> people = new HashSet<>();
        long completions = 0;
        for (Edition e : p.editions()) {
          boolean overlaps = !e.period().end().isBefore(t.period().start())
              && !e.period().start().isAfter(t.period().end());
          for (Enrollment en : e.enrollments()) {
            if (overlaps && en.holdsPlace()) {
              people.add(en.person());
            }
            if (!e.period().end().isBefore(t.period().start())
                && !e.period().end().isAfter(t.period().end())
                && en.status() == EnrollmentStatus.COMPLETED) {
              completions++;
            }
          }
        }
        OptionalDouble expected;
        if (k == FormulaKind.PARTICIPANTS) {
          expected = OptionalDouble.of(people.size());
        } else if (k == FormulaKind.COMPLETIONS) {
          expected = OptionalDouble.of(completions);
        } else if (k == FormulaKind.SHARE_WITH_ATTRIBUTE) {
          long de = people.stream().filter(x -> attrs.value(x, "country")
              .equals(Optional.of("DE"))).count();
          expected = people.isEmpty() ? OptionalDouble.empty()
              : OptionalDouble.of(100.0 * de / people.size());
        } else if (k == FormulaKind.FOLLOW_UPS_ON_TIME) {
          long due = 0;
          long onTime = 0;
          for (Commitment c : p.commitments()) {
            for (Action a : c.actions()) {
              if (a.due().isPresent() && t.period().contains(a.due().get())) {
                due++;
                StatusChange last = a.history().isEmpty() ? null
                    : a.history().get(a.history().size() - 1);
                if (last != null && last.status() == ActionStatus.DONE
                    && !last.on().isAfter(a.due().get())) {
                  onTime++;
                }
              }
            }
          }
          expected = due == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * onTime / due);
        } else if (k == FormulaKind.RATIO) {
          // the generator's ratio is completions over participants, in percent
          expected = people.isEmpty() ? OptionalDouble.empty()
              : OptionalDouble.of(100.0 * completions / people.size());
        } else {
          continue;
        }
        assertEquals(expected.isPresent(), actual.isPresent(), ind.id().value());
        if (expected.isPresent()) {
          assertEquals(expected.getAsDouble(), actual.get().value().orElseThrow(), 1e-9,
              ind.id().value());
        }
      }
    }
    Table table = ResultsTable.of(p, attrs, p.period().end());
    int targets = p.resultsFramework().orElseThrow().indicators().stream()
        .mapToInt(i -> i.targets().size()).sum();
    assertEquals(targets, table.size());
    for (int row = 0; row < table.size(); row++) {
      assertTrue(Set.of("met", "on track", "off track", "not started", "no data")
          .contains(table.text(row, "status")), table.text(row, "status"));
    }
  }

  @Test
  void theShareOfWomenCountsGenderFromTheDirectory() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(11, 3);
    DirectorySnapshot.Builder d = DirectorySnapshot.builder();
    g.directory().organizations().values().forEach(d::addOrganization);
    int i = 0;
    for (Person person : g.directory().people().values()) {
      d.addPerson(person.withGender(Gender.of(i++ % 3 == 0 ? Gender.Kind.WOMAN
          : Gender.Kind.MAN)));
    }
    DirectorySnapshot directory = d.build();
    Indicator women = Indicator.builder().id(org.civiclab.core.model.IndicatorId.of("women"))
        .title(org.civiclab.core.model.LocalizedText.of("en", "Women trained"))
        .level(IndicatorLevel.OUTPUT).measure(Measure.PERCENTAGE)
        .formula(Formula.builder().kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("gender")
            .value("woman").build()).addTargets(Target.of(g.program().period(), 50)).build();
    Program p = g.program().withResultsFramework(ResultsFramework.builder()
        .addIndicators(women).build());
    Set<PersonId> people = new HashSet<>();
    p.editions().forEach(e -> e.enrollments().stream().filter(Enrollment::holdsPlace)
        .forEach(en -> people.add(en.person())));
    long w = people.stream().filter(x -> directory.person(x).flatMap(Person::gender)
        .map(Gender::key).equals(Optional.of("woman"))).count();
    Optional<Target> actual = ResultsTable.actual(p, women, p.period(),
        PersonAttributes.of(directory));
    assertEquals(100.0 * w / people.size(), actual.orElseThrow().value().orElseThrow(), 1e-9);
    assertTrue(w > 0);
  }
}
