package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SelectionValuesTest {

  static List<String> problems(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems().stream()
        .map(Problem::toString).collect(Collectors.toList());
  }

  static Applicant person(String id, String gender) {
    return Applicant.builder().id(PersonId.of(id)).putAttribute("gender", gender).build();
  }

  // a quota reads as its stratum and bounds, with "any" for no maximum
  @Test
  void quotaReadsAsSaid() {
    assertEquals("gender=woman in [2, 5]", Quota.between("gender", "woman", 2, 5).toString());
    assertEquals("gender=woman in [2, any]", Quota.atLeast("gender", "woman", 2).toString());
    Quota most = Quota.atMost("country", "SE", 3);
    assertEquals(0, most.min());
    assertEquals(3, most.max());
    assertEquals(Integer.MAX_VALUE, Quota.atLeast("a", "b", 1).max());
    assertEquals(Quota.between("a", "b", 0, 0), Quota.atMost("a", "b", 0));
  }

  // a negative minimum and a maximum below the minimum are reported on their fields
  @Test
  void quotaBounds() {
    assertEquals(List.of("min: must not be negative, got -1", "max: must be at least min -1,"
        + " got -2"), problems(() -> Quota.between("a", "b", -1, -2)));
    assertEquals(List.of("max: must be at least min 3, got 2"),
        problems(() -> Quota.between("a", "b", 3, 2)));
    assertEquals(3, Quota.between("a", "b", 3, 3).max());
  }

  // strata order by attribute, then by value, and read as attribute=value
  @Test
  void stratumOrder() {
    Stratum a = Stratum.of("country", "SE");
    assertTrue(a.compareTo(Stratum.of("gender", "AA")) < 0);
    assertTrue(Stratum.of("gender", "AA").compareTo(a) > 0);
    assertTrue(a.compareTo(Stratum.of("country", "TR")) < 0);
    assertTrue(Stratum.of("country", "TR").compareTo(a) > 0);
    assertEquals(0, a.compareTo(Stratum.of("country", "SE")));
    assertEquals("country=SE", a.toString());
    assertEquals(List.of("attribute: must not be blank"), problems(() -> Stratum.of(" ", "x")));
    assertEquals("", Stratum.of("a", "").value());
    assertEquals(List.of("attribute", "value"), assertThrows(InvalidInputException.class,
        () -> Stratum.of("a\u0001", "x\u0002")).problems().stream().map(Problem::path)
        .collect(Collectors.toList()));
  }

  // a population table needs a value and positive counts, reported per value
  @Test
  void populationChecks() {
    assertEquals(List.of("counts: must name at least one value"),
        problems(() -> Population.table("gender", Map.of())));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("man", 0L);
    counts.put("woman", 5L);
    counts.put("two words", -1L);
    assertEquals(List.of("counts.man: must be positive, got 0",
        "counts.'two words': must be positive, got -1"),
        problems(() -> Population.table("gender", counts)));
    assertEquals(1L, Population.table("g", Map.of("x", 1L)).counts().get("x"));
  }

  // an applicant's score must be finite; the default score is 0 and it prints as its id
  @Test
  void applicantChecks() {
    assertEquals(List.of("score: must be a finite number, got NaN"),
        problems(() -> Applicant.builder().id(PersonId.of("p")).score(Double.NaN).build()));
    assertEquals(List.of("score: must be a finite number, got Infinity"), problems(() ->
        Applicant.builder().id(PersonId.of("p")).score(Double.POSITIVE_INFINITY).build()));
    Applicant p = person("p1", "woman");
    assertEquals(0.0, p.score());
    assertEquals(PersonId.of("p1").toString(), p.toString());
    List<String> bad = problems(() -> Applicant.builder().id(PersonId.of("p"))
        .putAttribute("k\u0001", "v\u0001").build());
    assertEquals(2, bad.size());
    assertTrue(bad.get(0).startsWith("attributes: "), bad.get(0));
    assertTrue(bad.get(1).startsWith("attributes.'k"), bad.get(1));
  }

  // each broken rule of a request is reported with its path, all at once
  @Test
  void requestChecks() {
    List<String> found = problems(() -> SelectionRequest.builder().panelSize(0)
        .addApplicants(person("a", "man"), person("b", "woman"), person("a", "man"))
        .addQuotas(Quota.between("gender", "man", 1, 2), Quota.between("gender", "man", 0, 1))
        .build());
    assertEquals(List.of("panelSize: must be at least 1, got 0",
        "applicants[2]: duplicate applicant a",
        "quotas[1]: stratum gender=man already has a quota at quotas[0]",
        "quotas: the minimums of 'gender' sum to 1, above the panel size 0"), found);
    assertEquals(1, SelectionRequest.builder().panelSize(1).build().panelSize());
    assertEquals(SelectionMethod.FAIR_LOTTERY, SelectionRequest.builder().panelSize(1).build()
        .method());
    assertEquals(0L, SelectionRequest.builder().panelSize(1).build().seed());
    // minimums summing exactly to the panel size are allowed
    assertEquals(2, SelectionRequest.builder().panelSize(2)
        .addQuotas(Quota.atLeast("gender", "man", 1), Quota.atLeast("gender", "woman", 1))
        .build().allQuotas().size());
  }

  // population tables: one per attribute, none over a quota's stratum, covering every value
  @Test
  void populationTableChecks() {
    List<String> found = problems(() -> SelectionRequest.builder().panelSize(2)
        .addApplicants(person("a", "man"), person("b", "x"), person("c", "x"),
            person("d", "y"))
        .addQuotas(Quota.between("gender", "man", 0, 1))
        .addPopulations(Population.table("gender", Map.of("man", 5L)),
            Population.table("gender", Map.of("woman", 5L)))
        .build());
    assertEquals(List.of("populations[0].counts.man: stratum gender=man already has a quota at"
        + " quotas[0]", "populations[0].counts: the table does not cover gender [x, y], which"
        + " applicants have", "populations[1]: attribute 'gender' has two population tables",
        "populations[1].counts: the table does not cover gender [man, x, y], which applicants"
        + " have"), found);
    // an applicant without the attribute needs no cover
    Applicant none = Applicant.builder().id(PersonId.of("z")).build();
    assertEquals(1, SelectionRequest.builder().panelSize(1).addApplicants(none)
        .addPopulations(Population.table("gender", Map.of("man", 1L))).build().allQuotas()
        .size());
  }

  // proportional quotas are floor and ceil of the share of N, exact shares give one number
  @Property
  void proportionalQuotasAgreeWithIntegerArithmetic(@ForAll @IntRange(min = 1, max = 9) int a,
      @ForAll @IntRange(min = 1, max = 9) int b, @ForAll @IntRange(min = 1, max = 12) int n) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("a", (long) a);
    counts.put("b", (long) b);
    SelectionRequest r = SelectionRequest.builder().panelSize(n)
        .addPopulations(Population.table("g", counts)).build();
    List<Quota> expected = new ArrayList<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      long num = e.getValue() * n;
      long total = a + b;
      int lo = (int) (num / total);
      int hi = (int) ((num + total - 1) / total);
      expected.add(Quota.between("g", e.getKey(), lo, hi));
    }
    assertEquals(expected, r.allQuotas());
  }

  // a shortfall reads as its message; explain shows the shortfalls, then the audit indented
  @Test
  void explainAndShortfall() {
    Shortfall f = Shortfall.builder().missing(2).message("2 short").build();
    assertEquals("2 short", f.toString());
    Selection none = Selection.builder().method(SelectionMethod.RANKING).addShortfalls(f)
        .addAudit("why").build();
    assertFalse(none.feasible());
    assertEquals("2 short\n  why\n", none.explain());
    Selection some = Selection.builder().method(SelectionMethod.LOTTERY)
        .addSelected(PersonId.of("a")).addAudit("seed: 1").addAudit("draw 1").build();
    assertTrue(some.feasible());
    assertEquals(0, some.panels());
    assertEquals(OptionalDouble.empty(), some.minProbability());
    assertEquals("selected 1 by LOTTERY: [a]\n  seed: 1\n  draw 1\n", some.explain());
    Selection fair = Selection.builder().method(SelectionMethod.FAIR_LOTTERY)
        .addSelected(PersonId.of("a")).putProbability(PersonId.of("a"), 0.75)
        .putProbability(PersonId.of("b"), 0.25).build();
    assertEquals(OptionalDouble.of(0.25), fair.minProbability());
    assertEquals(OptionalDouble.of(0.75), fair.maxProbability());
    assertEquals("selected 1 by FAIR_LOTTERY: [a]\nselection probability between 0.2500 and"
        + " 0.7500" + System.lineSeparator(), fair.explain());
  }
}
