package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.internal.Simplex;
import org.junit.jupiter.api.Test;

class SelectionsTest {

  static Applicant applicant(String id, String gender, String country, double score) {
    return Applicant.builder().id(PersonId.of(id)).putAttribute("gender", gender)
        .putAttribute("country", country).score(score).build();
  }

  /** A tiny random instance: up to 8 applicants, two attributes, random quotas. */
  static SelectionRequest instance(long seed, SelectionMethod method) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 3 + r.nextInt(6);
    List<Applicant> applicants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      applicants.add(applicant("p" + i, r.nextInt(3) == 0 ? "b" : "a",
          String.valueOf("xyz".charAt(r.nextInt(3))), r.nextInt(10)));
    }
    int panel = 1 + r.nextInt(n);
    List<Quota> quotas = new ArrayList<>();
    Map<String, Integer> mins = new HashMap<>();
    String[][] strata = {{"gender", "a"}, {"gender", "b"}, {"country", "x"}, {"country", "y"},
        {"country", "z"}};
    for (String[] s : strata) {
      if (r.nextBoolean()) {
        int min = r.nextInt(3);
        int max = min + r.nextInt(3);
        if (mins.getOrDefault(s[0], 0) + min <= panel) {
          mins.merge(s[0], min, Integer::sum);
          quotas.add(Quota.between(s[0], s[1], min, max));
        }
      }
    }
    return SelectionRequest.builder().applicants(applicants).panelSize(panel).quotas(quotas)
        .method(method).seed(seed).build();
  }

  /** Checks the quotas straight from the applicants' attributes. */
  static boolean keeps(SelectionRequest request, Set<PersonId> panel) {
    if (panel.size() != request.panelSize()) {
      return false;
    }
    for (Quota q : request.allQuotas()) {
      long n = request.applicants().stream().filter(a -> panel.contains(a.id())
          && q.stratum().value().equals(a.attributes().get(q.stratum().attribute()))).count();
      if (n < q.min() || n > q.max()) {
        return false;
      }
    }
    return true;
  }

  /** Every feasible panel, by enumerating all subsets of the applicants. */
  static List<Set<PersonId>> allPanels(SelectionRequest request) {
    List<Applicant> a = request.applicants();
    List<Set<PersonId>> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << a.size(); mask++) {
      if (Integer.bitCount(mask) != request.panelSize()) {
        continue;
      }
      Set<PersonId> panel = new HashSet<>();
      for (int i = 0; i < a.size(); i++) {
        if ((mask & 1 << i) != 0) {
          panel.add(a.get(i).id());
        }
      }
      if (keeps(request, panel)) {
        out.add(panel);
      }
    }
    return out;
  }

  /** The best smallest probability: a linear program over every feasible panel, per person. */
  static double bruteForceMaxMin(SelectionRequest request, List<Set<PersonId>> panels) {
    List<Applicant> a = request.applicants();
    int cols = panels.size() + 1;
    double[][] rows = new double[a.size() + 2][cols];
    double[] b = new double[a.size() + 2];
    for (int i = 0; i < a.size(); i++) {
      rows[i][panels.size()] = 1;
      for (int p = 0; p < panels.size(); p++) {
        rows[i][p] = panels.get(p).contains(a.get(i).id()) ? -1 : 0;
      }
    }
    for (int p = 0; p < panels.size(); p++) {
      rows[a.size()][p] = 1;
      rows[a.size() + 1][p] = -1;
    }
    b[a.size()] = 1;
    b[a.size() + 1] = -1;
    double[] c = new double[cols];
    c[panels.size()] = 1;
    return Simplex.maximize(rows, b, c).orElseThrow()[panels.size()];
  }

  @Property(tries = 80)
  void quotasHoldWheneverBruteForceFindsAPanel(@ForAll @LongRange(min = 0, max = 1L << 40)
      long seed) {
    for (SelectionMethod m : SelectionMethod.values()) {
      SelectionRequest request = instance(seed, m);
      boolean possible = !allPanels(request).isEmpty();
      Selection s = Selections.select(request);
      assertEquals(possible, s.feasible(), s.explain());
      if (possible) {
        assertTrue(keeps(request, new HashSet<>(s.selected())), s.explain());
        assertEquals(request.panelSize(), s.selected().size());
        assertEquals(request.applicants().size() - request.panelSize(), s.reserves().size());
      } else {
        assertTrue(s.selected().isEmpty());
        assertFalse(s.shortfalls().isEmpty());
      }
    }
  }

  @Property(tries = 80)
  void leximinMinimumEqualsBruteForce(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SelectionRequest request = instance(seed, SelectionMethod.FAIR_LOTTERY);
    List<Set<PersonId>> panels = allPanels(request);
    Selection s = Selections.select(request);
    if (panels.isEmpty()) {
      assertFalse(s.feasible());
      return;
    }
    double expected = bruteForceMaxMin(request, panels);
    assertEquals(expected, s.minProbability().orElseThrow(), 1e-5, s.explain());
    double sum = s.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(request.panelSize(), sum, 1e-6);
    s.probabilities().values().forEach(p -> assertTrue(p > -1e-9 && p < 1 + 1e-9));
    // a person in no feasible panel has probability 0; one in every feasible panel has 1
    for (Applicant a : request.applicants()) {
      long in = panels.stream().filter(p -> p.contains(a.id())).count();
      double p = s.probabilities().get(a.id());
      if (in == 0) {
        assertEquals(0, p, 1e-6);
      } else if (in == panels.size()) {
        assertEquals(1, p, 1e-6);
      }
    }
  }

  /**
   * With quotas over one attribute every panel composition within the quota bounds is
   * possible, so the leximin expected seats per region are a water level: region k gets
   * clamp(λ·size, low, high) seats for the λ at which the seats sum to the panel size. Found
   * here by bisection on λ, independently of the engine's linear programs, on pools of up to a
   * few hundred applicants where enumeration is out of reach.
   */
  @Property(tries = 60)
  void leximinOverOneAttributeIsTheWaterLevel(@ForAll @LongRange(min = 0, max = 1L << 40)
      long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int regions = 2 + r.nextInt(12);
    int[] size = new int[regions];
    int[] low = new int[regions];
    int[] high = new int[regions];
    List<Applicant> applicants = new ArrayList<>();
    List<Quota> quotas = new ArrayList<>();
    int lows = 0;
    int highs = 0;
    for (int k = 0; k < regions; k++) {
      size[k] = 1 + r.nextInt(40);
      for (int i = 0; i < size[k]; i++) {
        applicants.add(applicant("p" + k + "-" + i, "a", "c" + k, 0));
      }
      low[k] = r.nextInt(3) == 0 ? r.nextInt(Math.min(size[k], 4) + 1) : 0;
      high[k] = r.nextInt(3) == 0 ? low[k] + r.nextInt(4) : size[k];
      high[k] = Math.min(high[k], size[k]);
      if (low[k] > 0 || high[k] < size[k]) {
        quotas.add(Quota.between("country", "c" + k, low[k], high[k]));
      }
      lows += low[k];
      highs += high[k];
    }
    if (highs < Math.max(1, lows)) {
      return;
    }
    int panel = Math.max(1, lows) + r.nextInt(highs - Math.max(1, lows) + 1);
    SelectionRequest request = SelectionRequest.builder().applicants(applicants)
        .panelSize(panel).quotas(quotas).method(SelectionMethod.FAIR_LOTTERY).seed(seed).build();
    Selection s = Selections.select(request);
    assertTrue(s.feasible(), s.explain());
    double lo = 0;
    double hi = 1;
    for (int it = 0; it < 200; it++) {
      double mid = (lo + hi) / 2;
      double seats = 0;
      for (int k = 0; k < regions; k++) {
        seats += Math.min(high[k], Math.max(low[k], mid * size[k]));
      }
      if (seats < panel) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    for (int k = 0; k < regions; k++) {
      double expected = Math.min(high[k], Math.max(low[k], hi * size[k])) / size[k];
      double actual = s.probabilities().get(PersonId.of("p" + k + "-0"));
      assertEquals(expected, actual, 1e-6, "region c" + k + " of " + regions + ", panel "
          + panel + ": " + s.explain());
    }
  }

  @Property(tries = 60)
  void lotteryIsReproducibleBySeed(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    for (SelectionMethod m : List.of(SelectionMethod.LOTTERY, SelectionMethod.FAIR_LOTTERY)) {
      SelectionRequest request = instance(seed, m);
      Selection one = Selections.select(request);
      Selection two = Selections.select(SelectionRequest.builder().from(request).build());
      assertEquals(one.selected(), two.selected());
      assertEquals(one.reserves(), two.reserves());
      assertEquals(one.audit(), two.audit());
      if (one.feasible()) {
        assertEquals("seed: " + seed, one.audit().get(0));
      }
    }
  }

  @Property(tries = 60)
  void replacementKeepsQuotas(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SelectionRequest request = instance(seed, SelectionMethod.LOTTERY);
    Selection s = Selections.select(request);
    if (!s.feasible()) {
      return;
    }
    PersonId out = s.selected().get(0);
    Selection after = Selections.replace(request, s, out);
    assertFalse(after.selected().contains(out));
    if (after.feasible()) {
      assertTrue(keeps(request, new HashSet<>(after.selected())), after.explain());
      // the first reserve who keeps every quota is the one taken
      PersonId taken = after.selected().get(after.selected().size() - 1);
      for (PersonId r : s.reserves()) {
        if (r.equals(taken)) {
          break;
        }
        Set<PersonId> trial = new HashSet<>(s.selected());
        trial.remove(out);
        trial.add(r);
        assertFalse(keeps(request, trial), "an earlier reserve " + r + " keeps the quotas");
      }
    } else {
      for (PersonId r : s.reserves()) {
        Set<PersonId> trial = new HashSet<>(s.selected());
        trial.remove(out);
        trial.add(r);
        assertFalse(keeps(request, trial), "reserve " + r + " keeps the quotas");
      }
    }
  }

  @Test
  void drawnFrequenciesMatchTheProbabilities() {
    List<Applicant> applicants = new ArrayList<>();
    String[] g = {"a", "a", "a", "a", "b", "b", "a", "b"};
    String[] c = {"x", "x", "y", "y", "x", "z", "z", "y"};
    for (int i = 0; i < g.length; i++) {
      applicants.add(applicant("p" + i, g[i], c[i], 0));
    }
    SelectionRequest base = SelectionRequest.builder().applicants(applicants).panelSize(3)
        .addQuotas(Quota.between("gender", "b", 1, 1), Quota.atLeast("country", "x", 1))
        .build();
    Map<PersonId, Double> p = Selections.select(base).probabilities();
    Map<PersonId, Integer> count = new HashMap<>();
    int draws = 1000;
    for (int seed = 0; seed < draws; seed++) {
      Selections.select(base.withSeed(seed)).selected().forEach(id -> count.merge(id, 1,
          Integer::sum));
    }
    for (Applicant a : applicants) {
      double freq = count.getOrDefault(a.id(), 0) / (double) draws;
      // 1000 draws: a standard deviation of at most 0.016; five of them
      assertEquals(p.get(a.id()), freq, 0.08, a.id().toString());
    }
  }

  @Test
  void rankingTakesTheBestWhoKeepTheQuotas() {
    SelectionRequest r = SelectionRequest.builder().panelSize(2)
        .addApplicants(applicant("a", "man", "GE", 9), applicant("b", "man", "GE", 8),
            applicant("c", "woman", "AM", 1))
        .addQuotas(Quota.atLeast("gender", "woman", 1)).method(SelectionMethod.RANKING).build();
    Selection s = Selections.select(r);
    assertEquals(List.of(PersonId.of("a"), PersonId.of("c")), s.selected());
    assertEquals(List.of(PersonId.of("b")), s.reserves());
    assertTrue(s.audit().stream().anyMatch(l -> l.contains("b [") || l.contains("passed over")),
        s.explain());
  }

  @Test
  void shortStrataAreExplained() {
    SelectionRequest r = SelectionRequest.builder().panelSize(4)
        .addApplicants(applicant("a", "man", "GE", 0), applicant("b", "man", "GE", 0),
            applicant("c", "woman", "AM", 0), applicant("d", "man", "AM", 0),
            applicant("e", "man", "AM", 0))
        .addQuotas(Quota.atLeast("gender", "woman", 3)).build();
    Selection s = Selections.select(r);
    assertFalse(s.feasible());
    assertTrue(s.selected().isEmpty());
    Shortfall f = s.shortfalls().get(0);
    assertEquals(Optional.of(Stratum.of("gender", "woman")), f.stratum());
    assertEquals(2, f.missing());
    assertTrue(f.message().contains("2 short"), f.message());
  }

  @Test
  void quotasThatOnlyFailTogetherAreExplained() {
    SelectionRequest r = SelectionRequest.builder().panelSize(1)
        .addApplicants(applicant("a", "woman", "GE", 0), applicant("b", "man", "AM", 0))
        .addQuotas(Quota.atLeast("gender", "woman", 1), Quota.atLeast("country", "AM", 1))
        .build();
    Selection s = Selections.select(r);
    assertFalse(s.feasible());
    assertTrue(s.shortfalls().get(0).message().contains("all together"), s.explain());
  }

  @Test
  void badQuotasAreRejectedWithPaths() {
    InvalidInputException sum = assertThrows(InvalidInputException.class,
        () -> SelectionRequest.builder().panelSize(2)
            .addApplicants(applicant("a", "woman", "GE", 0))
            .addQuotas(Quota.atLeast("gender", "woman", 1), Quota.atLeast("gender", "man", 2))
            .build());
    assertEquals("quotas", sum.problems().get(0).path());
    InvalidInputException table = assertThrows(InvalidInputException.class,
        () -> SelectionRequest.builder().panelSize(2)
            .addApplicants(applicant("a", "woman", "GE", 0), applicant("b", "man", "AM", 0))
            .addPopulations(Population.table("country", Map.of("GE", 10L))).build());
    assertEquals("populations[0].counts", table.problems().get(0).path());
    assertTrue(table.getMessage().contains("AM"), table.getMessage());
  }

  @Test
  void populationTablesGiveProportionalQuotas() {
    List<Applicant> applicants = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      applicants.add(applicant("p" + i, i < 9 ? "man" : "woman", "GE", 0));
    }
    SelectionRequest r = SelectionRequest.builder().applicants(applicants).panelSize(4)
        .addPopulations(Population.table("gender", Map.of("man", 51L, "woman", 49L))).build();
    assertEquals(Set.of(Quota.between("gender", "man", 2, 3),
        Quota.between("gender", "woman", 1, 2)), Set.copyOf(r.allQuotas()));
    Selection s = Selections.select(r);
    assertTrue(keeps(r, new HashSet<>(s.selected())), s.explain());
    assertEquals(4, s.probabilities().values().stream().mapToDouble(Double::doubleValue)
        .sum(), 1e-6);
  }
}
