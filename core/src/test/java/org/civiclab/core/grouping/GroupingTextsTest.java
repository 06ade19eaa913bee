package org.civiclab.core.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.grouping.internal.AffinePlane;
import org.civiclab.core.grouping.internal.FiniteField;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Exact texts (explanations, refusals), facilitator choice per mode on a grouping worked out
 * by hand, and the finite fields and affine planes against direct arithmetic.
 */
class GroupingTextsTest {

  private static PersonId p(int i) {
    return PersonId.of(String.format("p%03d", i));
  }

  private static List<MatchCandidate> people(int n, boolean facilitators) {
    List<MatchCandidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MatchCandidate.builder().id(p(i)).facilitator(facilitators && i != 0).build());
    }
    return out;
  }

  private static GroupingRequest.Builder four(int rounds) {
    return GroupingRequest.builder().people(people(4, false)).minSize(2).maxSize(2)
        .rounds(rounds);
  }

  // GF(2) plane on four people: classes {0,2}{1,3}, {0,3}{1,2}, {0,1}{2,3}, then again
  @Test
  void explainListsRepeatsFirstWithTheirCounts() {
    Grouping g = Groupings.form(four(7).build());
    assertEquals("affine plane over GF(2)", g.method());
    assertEquals("p000 met 3 people; 3 times: p002; twice: p001, p003", g.explain(p(0)));
    assertEquals(8, g.repeatedPairs());
    assertEquals(8, g.lowerBound());
    Grouping once = Groupings.form(four(3).build());
    assertEquals("p000 met 3 people; once: p001, p002, p003", once.explain(p(0)));
    assertEquals("3 rounds by affine plane over GF(2); repeated pairs 0 (lower bound 0)\n"
        + "  round 1 group 1 [p000, p002]\n"
        + "  round 1 group 2 [p001, p003]\n"
        + "  round 2 group 1 [p000, p003]\n"
        + "  round 2 group 2 [p001, p002]\n"
        + "  round 3 group 1 [p000, p001]\n"
        + "  round 3 group 2 [p002, p003]\n", once.explain());
    Grouping four = Groupings.form(four(4).build());
    assertEquals("p000 met 3 people; twice: p002; once: p001, p003", four.explain(p(0)));
    assertEquals(2, four.repeatedPairs());
    assertEquals(2, four.lowerBound());
  }

  @Test
  void aPersonWhoMetNobodySaysSo() {
    Grouping g = Groupings.form(four(1).putAbsent(1, p(3)).minSize(3).maxSize(3).build());
    assertEquals("p003 met 0 people", g.explain(p(3)));
    assertEquals(List.of(p(3)), g.rounds().get(0).absent());
  }

  // a broken rule is listed in the explanation after the summary line
  @Test
  void brokenRulesAreExplainedAfterTheSummary() {
    Grouping g = Grouping.builder().method("hand").repeatedPairs(0).lowerBound(0)
        .addBrokenRule("round 1 group 1 has 0 facilitators, needs 1").build();
    assertEquals("0 rounds by hand; repeated pairs 0 (lower bound 0)\n"
        + "  broken: round 1 group 1 has 0 facilitators, needs 1\n", g.explain());
  }

  @Test
  void aGroupPrintsItsFacilitator() {
    Group g = Group.builder().number(2).addMember(p(1)).addMember(p(4)).facilitator(p(4)).build();
    assertEquals("group 2 [p001, p004] facilitated by p004", g.toString());
    assertEquals("group 2 [p001]", Group.builder().number(2).addMember(p(1)).build()
        .toString());
  }

  private static List<Optional<PersonId>> facilitators(FacilitatorMode mode) {
    Grouping g = Groupings.form(GroupingRequest.builder().people(people(4, true)).minSize(2)
        .maxSize(2).rounds(4).facilitatorMode(mode).build());
    List<Optional<PersonId>> out = new ArrayList<>();
    g.rounds().forEach(r -> r.groups().forEach(x -> out.add(x.facilitator())));
    return out;
  }

  // p000 cannot facilitate; groups {0,2}{1,3}, {0,3}{1,2}, {0,1}{2,3}, {0,2}{1,3}: in round 4
  // rotation gives {1,3} to p003 who led once, the fixed mode to p001 who led three times
  @Test
  void facilitatorsRotateOrStayByMode() {
    Optional<PersonId> none = Optional.empty();
    assertEquals(List.of(none, none, none, none, none, none, none, none),
        facilitators(FacilitatorMode.NONE));
    assertEquals(List.of(Optional.of(p(2)), Optional.of(p(1)), Optional.of(p(3)),
        Optional.of(p(1)), Optional.of(p(1)), Optional.of(p(2)), Optional.of(p(2)),
        Optional.of(p(3))), facilitators(FacilitatorMode.ROTATING));
    assertEquals(List.of(Optional.of(p(2)), Optional.of(p(1)), Optional.of(p(3)),
        Optional.of(p(1)), Optional.of(p(1)), Optional.of(p(2)), Optional.of(p(2)),
        Optional.of(p(1))), facilitators(FacilitatorMode.FIXED));
  }

  @Test
  void requestRefusalsNameTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> four(0).minFacilitators(3).stepsPerRound(-1).build());
    assertEquals(List.of(
        Problem.at("minFacilitators", "must be between 0 and maxSize 2, got 3"),
        Problem.at("rounds", "must be at least 1, got 0"),
        Problem.at("stepsPerRound", "must not be negative")), e.problems());
    InvalidInputException neg = assertThrows(InvalidInputException.class,
        () -> four(1).minFacilitators(-1).build());
    assertEquals(List.of(Problem.at("minFacilitators", "must be between 0 and maxSize 2, got"
        + " -1")), neg.problems());
    List<MatchCandidate> twice = new ArrayList<>(people(2, false));
    twice.add(MatchCandidate.builder().id(p(1)).build());
    InvalidInputException dup = assertThrows(InvalidInputException.class,
        () -> GroupingRequest.builder().people(twice).minSize(2).maxSize(2).rounds(2)
            .putAbsent(0, p(0)).putAbsent(3, p(1)).putAbsent(2, p(9)).build());
    assertEquals(List.of(
        Problem.at("people[2]", "duplicate person p001"),
        Problem.at("absent.0", "round 0 is not between 1 and 2"),
        Problem.at("absent.3", "round 3 is not between 1 and 2"),
        Problem.at("absent.2", "absent person p009 is not among the people")), dup.problems());
    // the limits themselves are fine
    four(2).minFacilitators(2).stepsPerRound(0).putAbsent(1, p(0)).putAbsent(2, p(1))
        .minSize(2).build();
  }

  @Test
  void primePowersAreRecognised() {
    assertEquals(OptionalInt.empty(), FiniteField.primeOf(0));
    assertEquals(OptionalInt.empty(), FiniteField.primeOf(1));
    assertEquals(OptionalInt.of(2), FiniteField.primeOf(2));
    assertEquals(OptionalInt.of(3), FiniteField.primeOf(3));
    assertEquals(OptionalInt.of(2), FiniteField.primeOf(8));
    assertEquals(OptionalInt.of(3), FiniteField.primeOf(27));
    assertEquals(OptionalInt.empty(), FiniteField.primeOf(6));
    assertEquals(OptionalInt.empty(), FiniteField.primeOf(12));
    assertEquals(OptionalInt.of(7), FiniteField.primeOf(49));
    IllegalArgumentException notPower = assertThrows(IllegalArgumentException.class,
        () -> FiniteField.of(10));
    assertEquals("10 is no prime power", notPower.getMessage());
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
        () -> FiniteField.of(512));
    assertEquals("fields up to 256 elements, got 512", big.getMessage());
    assertEquals(256, FiniteField.of(256).size());
  }

  // identities, inverses, no zero divisors, and for primes plain modular arithmetic
  @Test
  void fieldsHaveIdentitiesAndInversesAndPrimeFieldsAreModular() {
    for (int q : new int[] {2, 3, 4, 5, 7, 8, 9, 11, 16, 25, 27}) {
      FiniteField f = FiniteField.of(q);
      assertEquals(q, f.size());
      assertEquals(FiniteField.primeOf(q).getAsInt(), f.characteristic());
      boolean prime = FiniteField.primeOf(q).getAsInt() == q;
      for (int a = 0; a < q; a++) {
        assertEquals(a, f.plus(a, 0));
        assertEquals(a, f.times(a, 1));
        assertEquals(0, f.times(a, 0));
        int inverses = 0;
        int negatives = 0;
        for (int b = 0; b < q; b++) {
          inverses += f.times(a, b) == 1 ? 1 : 0;
          negatives += f.plus(a, b) == 0 ? 1 : 0;
          assertEquals(f.plus(a, b), f.plus(b, a));
          assertEquals(f.times(a, b), f.times(b, a));
          if (a != 0 && b != 0) {
            assertEquals(true, f.times(a, b) != 0, q + ": " + a + "*" + b);
          }
          if (prime) {
            assertEquals((a + b) % q, f.plus(a, b));
            assertEquals(a * b % q, f.times(a, b));
          }
        }
        assertEquals(a == 0 ? 0 : 1, inverses, q + ": inverses of " + a);
        assertEquals(1, negatives);
      }
    }
  }

  // every class splits the q^2 points into q lines of q; two points share exactly one line
  @Test
  void affinePlanesAreResolvableDesigns() {
    for (int q : new int[] {2, 3, 4, 5, 7, 8, 9}) {
      FiniteField f = FiniteField.of(q);
      int[][] line = new int[q + 1][];
      for (int c = 0; c <= q; c++) {
        line[c] = AffinePlane.lines(f, c);
        int[] size = new int[q];
        for (int v : line[c]) {
          size[v]++;
        }
        for (int s : size) {
          assertEquals(q, s);
        }
      }
      for (int a = 0; a < q * q; a++) {
        for (int b = a + 1; b < q * q; b++) {
          int shared = 0;
          for (int c = 0; c <= q; c++) {
            shared += line[c][a] == line[c][b] ? 1 : 0;
          }
          assertEquals(1, shared, q + ": points " + a + " and " + b);
        }
      }
      if (FiniteField.primeOf(q).getAsInt() == q) {
        for (int x = 0; x < q; x++) {
          for (int y = 0; y < q; y++) {
            assertEquals(x, line[q][x * q + y]);
            for (int m = 0; m < q; m++) {
              assertEquals(Math.floorMod(y - m * x, q), line[m][x * q + y]);
            }
          }
        }
      }
    }
  }

  @Test
  void refusalsExplainWhatIsShort() {
    InvalidInputException few = assertThrows(InvalidInputException.class,
        () -> Groupings.form(GroupingRequest.builder().people(people(3, false)).minSize(4)
            .maxSize(5).rounds(1).build()));
    assertEquals(List.of(Problem.at("rounds[0]", "the 3 people present in round 1 cannot form"
        + " groups of 4 to 5: fewer people than the smallest group")), few.problems());
    InvalidInputException roles = assertThrows(InvalidInputException.class,
        () -> Groupings.form(GroupingRequest.builder().people(people(6, true)).minSize(3)
            .maxSize(3).rounds(1).minFacilitators(2).putAbsent(1, p(1)).putAbsent(1, p(2)).build()));
    assertEquals(List.of(Problem.at("rounds[0]", "the 4 people present in round 1 cannot form"
        + " groups of 3 to 3: 2 groups need 4 facilitators, only 3 present")), roles.problems());
  }

  private static String method(int n, int min, int max, int rounds, int facilitators) {
    return Groupings.form(GroupingRequest.builder().people(people(n, true).subList(0, n))
        .minSize(min).maxSize(max).rounds(rounds).minFacilitators(facilitators).build())
        .method();
  }

  // the plane is used only with fewer than q missing points, lines no smaller than minSize and
  // every line keeping the mix rules; otherwise the search
  @Test
  void thePlaneIsUsedExactlyWhenItKeepsTheBoundsAndRules() {
    assertEquals("affine plane over GF(3)", method(7, 2, 3, 3, 0));
    // q^2 - n = q: six people are too few for GF(3)
    assertEquals("local search", method(6, 2, 3, 3, 0));
    // the fourth class (x = c) leaves p006 alone on a line
    assertEquals("local search", method(7, 2, 3, 4, 0));
    // q above maxSize
    assertEquals("local search", method(16, 2, 3, 1, 0));
    assertEquals("affine plane over GF(4)", method(16, 2, 4, 1, 0));
    assertEquals("affine plane over GF(3)", method(9, 3, 3, 4, 0));
    // p000 cannot facilitate: every line of GF(2) still holds a facilitator
    assertEquals("affine plane over GF(2)", method(4, 2, 2, 3, 1));
    // only p001 and p002 facilitate: class 1 puts p000 with p003, a group without one
    List<MatchCandidate> two = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      two.add(MatchCandidate.builder().id(p(i)).facilitator(i == 1 || i == 2).build());
    }
    GroupingRequest.Builder b = GroupingRequest.builder().people(two).minSize(2).maxSize(2)
        .minFacilitators(1);
    assertEquals("affine plane over GF(2)", Groupings.form(b.rounds(1).build()).method());
    Grouping searched = Groupings.form(b.rounds(2).build());
    assertEquals("local search", searched.method());
    assertEquals(List.of(), searched.brokenRules());
  }
}
