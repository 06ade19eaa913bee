package org.civiclab.core.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.grouping.internal.FiniteField;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.matching.MatchingArbitraries;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupingsTest {

  static List<MatchCandidate> plain(int n) {
    List<MatchCandidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MatchCandidate.builder().id(PersonId.of(String.format("p%03d", i))).build());
    }
    return out;
  }

  /** Counts repeats straight from the groups, independently of the engine's own count. */
  static int repeats(Grouping g) {
    Map<String, Integer> met = new HashMap<>();
    for (Round r : g.rounds()) {
      for (Group x : r.groups()) {
        for (int i = 0; i < x.members().size(); i++) {
          for (int j = i + 1; j < x.members().size(); j++) {
            met.merge(x.members().get(i) + "|" + x.members().get(j), 1, Integer::sum);
          }
        }
      }
    }
    return met.values().stream().mapToInt(v -> v - 1).sum();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 7, 8})
  void resolvableCasesHaveNoRepeatedPair(int q) {
    Grouping g = Groupings.form(GroupingRequest.builder().people(plain(q * q)).minSize(q)
        .maxSize(q).rounds(q + 1).build());
    assertEquals(0, repeats(g), g.explain());
    assertEquals(0, g.repeatedPairs());
    assertEquals(0, g.lowerBound());
    assertTrue(g.method().startsWith("affine plane"), g.method());
    // in q + 1 rounds everyone meets everyone else exactly once
    assertEquals(q * q - 1, g.met(PersonId.of("p000")).size());
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 7, 8})
  void aFewMissingStillGiveNoRepeat(int q) {
    GroupingRequest.Builder b = GroupingRequest.builder().people(plain(q * q - 1))
        .minSize(q - 1).maxSize(q).rounds(q);
    b.putAbsent(2, PersonId.of("p005"));
    Grouping g = Groupings.form(b.build());
    assertEquals(0, repeats(g), g.explain());
    assertTrue(g.rounds().get(1).absent().contains(PersonId.of("p005")));
    g.rounds().get(1).groups().forEach(x -> assertTrue(!x.members()
        .contains(PersonId.of("p005"))));
  }

  @Test
  void fieldsAreFields() {
    for (int q : new int[] {2, 3, 4, 5, 7, 8, 9, 16}) {
      FiniteField f = FiniteField.of(q);
      for (int a = 0; a < q; a++) {
        for (int b = 0; b < q; b++) {
          for (int c = 0; c < q; c++) {
            assertEquals(f.times(a, f.plus(b, c)), f.plus(f.times(a, b), f.times(a, c)));
            assertEquals(f.times(a, f.times(b, c)), f.times(f.times(a, b), c));
          }
        }
      }
    }
  }

  @Test
  void noPartitionIsAnExplainedError() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Groupings.form(GroupingRequest.builder().people(plain(7)).minSize(4).maxSize(5)
            .rounds(2).build()));
    assertEquals("rounds[0]", e.problems().get(0).path());
    assertThrows(InvalidInputException.class, () -> GroupingRequest.builder()
        .people(plain(6)).minSize(3).maxSize(3).rounds(2).putAbsent(3, PersonId.of("p001"))
        .build());
  }

  @Test
  void elsewhereTheLowerBoundIsReportedAndRespected() {
    Grouping g = Groupings.form(GroupingRequest.builder().people(plain(49)).minSize(7)
        .maxSize(7).rounds(9).build());
    assertEquals(147, g.lowerBound());
    assertEquals(147, g.repeatedPairs(), "the design's classes reused meet the bound");
    assertEquals(repeats(g), g.repeatedPairs());
    assertTrue(g.explain(PersonId.of("p000")).startsWith("p000 met 48 people; twice: "),
        g.explain(PersonId.of("p000")));
  }

  @Test
  void searchGetsNearTheBoundWhereNoDesignExists() {
    Grouping g = Groupings.form(GroupingRequest.builder().people(plain(48)).minSize(6)
        .maxSize(6).rounds(5).build());
    assertEquals("local search", g.method());
    assertEquals(0, g.lowerBound());
    assertTrue(g.repeatedPairs() <= 6, g.explain());
  }

  @Provide
  Arbitrary<GroupingRequest> requests() {
    return Combinators.combine(MatchingArbitraries.people("p", 4, 24, false),
        Arbitraries.integers().between(2, 4), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 1), Arbitraries.longs())
        .as((people, min, spread, rounds, e, f, seed) -> GroupingRequest.builder()
            .people(people).minSize(min).maxSize(min + spread).rounds(rounds)
            .minExperienced(e).minFacilitators(f).facilitatorMode(FacilitatorMode.ROTATING)
            .stepsPerRound(5_000).seed(seed).build());
  }

  @Property(tries = 60)
  void hardMixRulesAreNeverBrokenWhenTheyCanBeKept(@ForAll("requests") GroupingRequest r) {
    Grouping g;
    try {
      g = Groupings.form(r);
    } catch (InvalidInputException e) {
      return; // the counts rule out any partition; explained with a path
    }
    for (Round round : g.rounds()) {
      Set<PersonId> seen = new HashSet<>();
      for (Group x : round.groups()) {
        assertTrue(x.members().size() >= r.minSize() && x.members().size() <= r.maxSize());
        x.members().forEach(m -> assertTrue(seen.add(m)));
        long facilitators = r.people().stream().filter(p -> x.members().contains(p.id())
            && p.facilitator()).count();
        long experienced = r.people().stream().filter(p -> x.members().contains(p.id())
            && p.isExperienced()).count();
        // with room for every role in every group, the counts checked up front suffice
        if (r.minSize() >= r.minExperienced() + r.minFacilitators() + r.minNovices()) {
          assertEquals(List.of(), g.brokenRules(), g.explain());
        }
        if (g.brokenRules().isEmpty()) {
          assertTrue(facilitators >= r.minFacilitators(), g.explain());
          assertTrue(experienced >= r.minExperienced(), g.explain());
        }
        x.facilitator().ifPresent(f -> assertTrue(x.members().contains(f)));
      }
      assertEquals(r.people().size(), seen.size());
    }
    assertEquals(repeats(g), g.repeatedPairs());
    assertTrue(g.repeatedPairs() >= g.lowerBound());
  }
}
