package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

class SelectionsExplainedTest {

  static Applicant person(String id, String gender, double score) {
    Applicant.Builder b = Applicant.builder().id(PersonId.of(id)).score(score);
    if (gender != null) {
      b.putAttribute("gender", gender);
    }
    return b.build();
  }

  static List<PersonId> ids(String... ids) {
    List<PersonId> out = new ArrayList<>();
    for (String i : ids) {
      out.add(PersonId.of(i));
    }
    return out;
  }

  static List<Applicant> plain(int n) {
    List<Applicant> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(person("p" + i, null, 0));
    }
    return out;
  }

  /** The shuffle the audit log documents: i from last to 1, swap i with nextInt(i + 1). */
  static <T> List<T> documentedShuffle(List<T> in, SplittableRandom r) {
    List<T> out = new ArrayList<>(in);
    for (int i = out.size() - 1; i >= 1; i--) {
      int j = r.nextInt(i + 1);
      T t = out.get(j);
      out.set(j, out.get(i));
      out.set(i, t);
    }
    return out;
  }

  // with no quotas the lottery takes the first N of the documented shuffle, the rest are reserves
  @Property(tries = 60)
  void lotteryFollowsTheDocumentedShuffle(@ForAll @LongRange(min = 0, max = 1L << 40) long seed,
      @ForAll @IntRange(min = 1, max = 7) int n, @ForAll @IntRange(min = 0, max = 3) int extra) {
    List<Applicant> applicants = plain(n + extra);
    SelectionRequest request = SelectionRequest.builder().applicants(applicants).panelSize(n)
        .method(SelectionMethod.LOTTERY).seed(seed).build();
    Selection s = Selections.select(request);
    List<PersonId> order = documentedShuffle(applicants, new SplittableRandom(seed)).stream()
        .map(Applicant::id).collect(Collectors.toList());
    assertEquals(order.subList(0, n), s.selected());
    assertEquals(order.subList(n, n + extra), s.reserves());
    assertEquals("seed: " + seed, s.audit().get(0));
    assertEquals(2 + n, s.audit().size(), s.explain());
    for (int i = 0; i < n; i++) {
      assertEquals("draw " + (i + 1) + ": " + order.get(i) + " selected (" + (i + 1) + " of " + n
          + ")", s.audit().get(2 + i));
    }
    assertTrue(s.probabilities().isEmpty());
    assertEquals(0, s.panels());
  }

  // with no quotas the fair lottery draws u, shuffles the one type, takes N, shuffles the rest
  @Property(tries = 40)
  void fairLotteryFollowsTheDocumentedDraw(@ForAll @LongRange(min = 0, max = 1L << 40) long seed,
      @ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 0, max = 3) int extra) {
    List<Applicant> applicants = plain(n + extra);
    Selection s = Selections.select(SelectionRequest.builder().applicants(applicants)
        .panelSize(n).seed(seed).build());
    SplittableRandom r = new SplittableRandom(seed);
    double u = r.nextDouble();
    List<PersonId> members = documentedShuffle(applicants, r).stream().map(Applicant::id)
        .collect(Collectors.toList());
    assertEquals(members.subList(0, n), s.selected());
    assertEquals(documentedShuffle(members.subList(n, n + extra), r), s.reserves());
    assertEquals(1, s.panels());
    double p = (double) n / (n + extra);
    s.probabilities().values().forEach(q -> assertEquals(p, q, 1e-6));
    assertEquals(n + extra, s.probabilities().size());
    List<String> audit = s.audit();
    assertEquals("seed: " + seed, audit.get(0));
    assertEquals("algorithm: leximin (Flanigan et al., Nature 2021) over 1 types of applicants"
        + " (same quotas) by column generation; 1 panels with positive probability;"
        + " java.util.SplittableRandom(seed): nextDouble() picks the panel by cumulative"
        + " probability, then each type's members are shuffled (Fisher-Yates, nextInt) and the"
        + " first ones taken", audit.get(1));
    assertEquals(String.format(Locale.ROOT, "panel drawn: number 1 (probability 1.000000) with"
        + " u = %.6f", u), audit.get(2));
    for (int i = 0; i < n; i++) {
      assertEquals("draw: " + members.get(i) + " selected", audit.get(3 + i));
    }
    assertEquals("reserves: the others in a random order (Fisher-Yates, nextInt)",
        audit.get(3 + n));
    assertEquals(4 + n, audit.size());
  }

  // two equally fair panels: u below the first's probability draws panel 1, else panel 2
  @Property(tries = 40)
  void fairLotteryPicksByCumulativeProbability(
      @ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SelectionRequest request = SelectionRequest.builder().addApplicants(person("m", "man", 0),
        person("w", "woman", 0)).panelSize(1).addQuotas(Quota.between("gender", "man", 0, 1))
        .seed(seed).build();
    Selection s = Selections.select(request);
    double u = new SplittableRandom(seed).nextDouble();
    assertEquals(2, s.panels());
    assertEquals(0.5, s.probabilities().get(PersonId.of("m")), 1e-6);
    assertEquals(0.5, s.probabilities().get(PersonId.of("w")), 1e-6);
    assertEquals(String.format(Locale.ROOT, "panel drawn: number %d (probability 0.500000) with"
        + " u = %.6f", u < 0.5 ? 1 : 2, u), s.audit().get(2));
    assertTrue(s.audit().get(1).contains(" over 2 types of applicants "), s.audit().get(1));
    assertTrue(s.audit().get(1).contains("; 2 panels with positive probability;"));
    assertEquals(1, s.selected().size());
    assertEquals(1, s.reserves().size());
    PersonId reserve = s.reserves().get(0);
    assertEquals(reserve.equals(PersonId.of("m")) ? List.of(reserve) : List.of(),
        s.reservesByStratum().get(Stratum.of("gender", "man")));
  }

  // ranking goes by score, ties by id; it passes over whoever would make the quotas impossible
  @Test
  void rankingAuditNamesEveryStep() {
    SelectionRequest request = SelectionRequest.builder()
        .addApplicants(person("d", "man", 6), person("b", "woman", 8), person("a", "woman", 8),
            person("c", "man", 7), person("e", "man", 1))
        .panelSize(2).addQuotas(Quota.atLeast("gender", "man", 1))
        .method(SelectionMethod.RANKING).build();
    Selection s = Selections.select(request);
    assertEquals(ids("a", "c"), s.selected());
    assertEquals(ids("b", "d", "e"), s.reserves());
    assertEquals(List.of("method: ranking by score, highest first, ties by id; each applicant is"
        + " taken when the quotas can still be met with them",
        "rank 1: a selected (1 of 2)",
        "rank 2: b passed over: with them no panel keeps every quota",
        "rank 3: c [gender=man] selected (2 of 2)"), s.audit());
    assertEquals(ImmutableListMultimap.of(Stratum.of("gender", "man"), PersonId.of("d"),
        Stratum.of("gender", "man"), PersonId.of("e")), s.reservesByStratum());
    assertEquals(SelectionMethod.RANKING, s.method());
    assertEquals(request.allQuotas(), s.quotas());
  }

  // a maximum forces the ranking to skip the second of a stratum even though they score higher
  @Test
  void rankingKeepsAMaximum() {
    SelectionRequest request = SelectionRequest.builder()
        .addApplicants(person("a", "woman", 9), person("b", "woman", 8), person("c", "man", 1))
        .panelSize(2).addQuotas(Quota.atMost("gender", "woman", 1))
        .method(SelectionMethod.RANKING).build();
    Selection s = Selections.select(request);
    assertEquals(ids("a", "c"), s.selected());
    assertEquals(ids("b"), s.reserves());
    assertEquals("rank 2: b [gender=woman] passed over: with them no panel keeps every quota",
        s.audit().get(2));
  }

  // too few applicants overall: the shortfall counts the missing ones
  @Test
  void tooFewApplicants() {
    Selection s = Selections.select(SelectionRequest.builder().applicants(plain(2)).panelSize(3)
        .addQuotas(Quota.atMost("gender", "man", 0)).build());
    assertFalse(s.feasible());
    assertTrue(s.selected().isEmpty());
    assertEquals(1, s.shortfalls().size(), s.explain());
    Shortfall f = s.shortfalls().get(0);
    assertEquals("2 applicants for 3 places: 1 short", f.message());
    assertEquals(1, f.missing());
    assertEquals(Optional.empty(), f.stratum());
    assertEquals(List.of("no panel keeps the quotas: 1 shortfall(s)"), s.audit());
  }

  // a stratum with fewer applicants than its minimum is named with how many are missing
  @Test
  void shortStratum() {
    Selection s = Selections.select(SelectionRequest.builder()
        .addApplicants(person("a", "woman", 0), person("b", "man", 0), person("c", "man", 0),
            person("d", "man", 0))
        .panelSize(4).addQuotas(Quota.atLeast("gender", "woman", 3),
            Quota.atLeast("gender", "man", 1)).build());
    assertEquals(1, s.shortfalls().size(), s.explain());
    Shortfall f = s.shortfalls().get(0);
    assertEquals("gender=woman: 1 applicant(s), the quota needs at least 3: 2 short",
        f.message());
    assertEquals(2, f.missing());
    assertEquals(Optional.of(Stratum.of("gender", "woman")), f.stratum());
    // exactly as many as the minimum is enough
    assertTrue(Selections.select(SelectionRequest.builder()
        .addApplicants(person("a", "woman", 0), person("b", "woman", 0))
        .panelSize(2).addQuotas(Quota.atLeast("gender", "woman", 2)).build()).feasible());
  }

  // maximums that leave seats empty are explained per attribute, people without it fill seats
  @Test
  void maximumsLeaveSeatsEmpty() {
    List<Applicant> four = List.of(person("a", "woman", 0), person("b", "woman", 0),
        person("c", "man", 0), person("d", "man", 0));
    List<Quota> quotas = List.of(Quota.atMost("gender", "woman", 1),
        Quota.atMost("gender", "man", 1));
    Selection s = Selections.select(SelectionRequest.builder().applicants(four).panelSize(3)
        .quotas(quotas).build());
    assertEquals(1, s.shortfalls().size(), s.explain());
    assertEquals("the maximums on gender and its applicants fill at most 2 of 3 places: 1 short",
        s.shortfalls().get(0).message());
    assertEquals(1, s.shortfalls().get(0).missing());
    // one applicant without a gender fills the third seat
    List<Applicant> five = new ArrayList<>(four);
    five.add(person("e", null, 0));
    Selection t = Selections.select(SelectionRequest.builder().applicants(five).panelSize(3)
        .quotas(quotas).method(SelectionMethod.RANKING).build());
    assertTrue(t.feasible(), t.explain());
    assertTrue(t.selected().contains(PersonId.of("e")));
  }

  // quotas that each hold alone but not together are explained as such
  @Test
  void quotasFailOnlyTogether() {
    Selection s = Selections.select(SelectionRequest.builder()
        .addApplicants(Applicant.builder().from(person("a", "woman", 0)).putAttribute("country",
            "DE").build(), Applicant.builder().from(person("b", "man", 0))
            .putAttribute("country", "SE").build(), Applicant.builder().from(person("c", "man", 0))
            .putAttribute("country", "SE").build())
        .panelSize(2).addQuotas(Quota.between("gender", "woman", 1, 1),
            Quota.atLeast("country", "SE", 2)).build());
    assertEquals(1, s.shortfalls().size(), s.explain());
    assertEquals("each quota can be met on its own, but no panel of 2 meets them all together:"
        + " relax a minimum or a maximum", s.shortfalls().get(0).message());
    assertEquals(0, s.shortfalls().get(0).missing());
  }

  // a withdrawn person is replaced by the first reserve who keeps the quotas, and the log says so
  @Test
  void replacementIsExplained() {
    SelectionRequest request = SelectionRequest.builder()
        .addApplicants(person("a", "man", 9), person("b", "woman", 8), person("c", "woman", 7),
            person("d", "man", 6))
        .panelSize(2).addQuotas(Quota.between("gender", "man", 1, 1))
        .method(SelectionMethod.RANKING).build();
    Selection s = Selections.select(request);
    assertEquals(ids("a", "b"), s.selected());
    assertEquals(ids("c", "d"), s.reserves());
    Selection after = Selections.replace(request, s, PersonId.of("a"));
    assertEquals(ids("b", "d"), after.selected());
    assertEquals(ids("c"), after.reserves());
    assertEquals(ImmutableListMultimap.of(), after.reservesByStratum());
    assertEquals("replaced a (withdrew) by reserve d, the first who keeps every quota",
        after.audit().get(after.audit().size() - 1));
    assertTrue(after.feasible());

    Selection gone = Selections.replace(request, after, PersonId.of("d"));
    assertEquals(ids("b"), gone.selected());
    assertEquals(1, gone.shortfalls().size());
    Shortfall f = gone.shortfalls().get(0);
    assertEquals("no reserve keeps every quota after d withdrew: gender=man in [1, 1] is broken",
        f.message());
    assertEquals(1, f.missing());
    assertEquals(Optional.of(Stratum.of("gender", "man")), f.stratum());
    assertEquals("d withdrew; no reserve keeps every quota",
        gone.audit().get(gone.audit().size() - 1));
  }

  // without reserves and without quotas the panel is simply one short
  @Test
  void replacementWithoutReserves() {
    SelectionRequest request = SelectionRequest.builder().applicants(plain(2)).panelSize(2)
        .method(SelectionMethod.RANKING).build();
    Selection s = Selections.select(request);
    Selection gone = Selections.replace(request, s, PersonId.of("p1"));
    assertEquals(ids("p0"), gone.selected());
    assertEquals("no reserve keeps every quota after p1 withdrew: the panel is one short",
        gone.shortfalls().get(0).message());
    assertEquals(Optional.empty(), gone.shortfalls().get(0).stratum());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Selections.replace(request, gone, PersonId.of("p1")));
    assertEquals("withdrawn", e.problems().get(0).path());
    assertEquals("p1 is not selected", e.problems().get(0).message());
  }

  // the counts in a population table turn into floor/ceil quotas that the panel keeps
  @Test
  void proportionalPanel() {
    SelectionRequest request = SelectionRequest.builder()
        .addApplicants(person("a", "woman", 3), person("b", "woman", 2), person("c", "man", 1),
            person("d", "man", 0))
        .panelSize(3).addPopulations(Population.table("gender", Map.of("woman", 2L, "man", 1L)))
        .method(SelectionMethod.RANKING).build();
    Selection s = Selections.select(request);
    assertEquals(ids("a", "b", "c"), s.selected());
  }
}
