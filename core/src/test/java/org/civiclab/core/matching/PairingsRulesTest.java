package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.matching.internal.AssignmentSolver;
import org.civiclab.core.matching.spi.PairScorer;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The exclusion switches of a pairing request, each on and off, against an oracle that restates
 * the rules: people drawn from one small pool so that a person may stand on both sides, report
 * to someone on the other side or share a manager with them. For every pair the reason (or
 * none) must match, the optimal pairing must equal exhaustive search, each chosen pair must
 * carry exactly the notes of the rules that applied to it, and everybody left out must get the
 * reason sentence word for word. The other pairing tests keep every switch on and never let a
 * mentee report to a mentor, so a rule that ignored its switch went unnoticed there.
 */
class PairingsRulesTest {

  /** A request over people p0..p5 with random sides, attributes and switches. */
  static PairingRequest draw(SplittableRandom random) {
    int n = 1 + random.nextInt(6);
    List<MatchCandidate> pool = new ArrayList<>();
    String[] langs = {"sv", "en"};
    for (int i = 0; i < n; i++) {
      MatchCandidate.Builder b = MatchCandidate.builder().id(PersonId.of("p" + i));
      int org = random.nextInt(3);
      if (org > 0) {
        b.organization(OrganizationId.of("o" + org));
      }
      int unit = random.nextInt(3);
      if (unit > 0) {
        b.unit("u" + unit);
      }
      int boss = random.nextInt(n + 1);
      if (boss < n && boss != i) {
        b.reportsTo(PersonId.of("p" + boss));
      } else if (random.nextInt(3) == 0) {
        b.reportsTo(PersonId.of("outside"));
      }
      for (String l : langs) {
        if (random.nextBoolean()) {
          b.addLanguage(l);
        }
      }
      if (random.nextBoolean()) {
        b.addInterest("data");
      }
      pool.add(b.build());
    }
    List<MatchCandidate> mentors = new ArrayList<>();
    List<MatchCandidate> mentees = new ArrayList<>();
    for (MatchCandidate p : pool) {
      int side = random.nextInt(4); // 0 mentor, 1 mentee, 2 both, 3 neither
      if (side == 0 || side == 2) {
        mentors.add(p);
      }
      if (side == 1 || side == 2) {
        mentees.add(p);
      }
    }
    PairingRequest.Builder b = PairingRequest.builder().mentors(mentors).mentees(mentees)
        .mentorCapacity(1 + random.nextInt(2)).excludeSameUnit(random.nextBoolean())
        .excludeReportingLine(random.nextBoolean()).requireCommonLanguage(random.nextBoolean());
    if (!mentors.isEmpty() && !mentees.isEmpty() && random.nextBoolean()) {
      b.putForbiddenPair(mentors.get(random.nextInt(mentors.size())).id(),
          mentees.get(random.nextInt(mentees.size())).id());
    }
    if (!mentors.isEmpty() && random.nextInt(3) == 0) {
      b.putCapacity(mentors.get(random.nextInt(mentors.size())).id(), random.nextInt(2));
    }
    return b.build();
  }

  /** The first rule, in the documented order, that keeps the pair apart. */
  static Optional<String> rule(PairingRequest r, MatchCandidate m, MatchCandidate e) {
    if (m.id().equals(e.id())) {
      return Optional.of("same person");
    }
    if (r.forbiddenPairs().get(m.id()).contains(e.id())) {
      return Optional.of("explicitly forbidden");
    }
    if (r.excludeSameUnit() && m.organization().isPresent() && m.unit().isPresent()
        && m.organization().get().equals(e.organization().orElse(null))
        && m.unit().get().equals(e.unit().orElse(null))) {
      return Optional.of("same unit");
    }
    if (r.excludeReportingLine()) {
      PersonId mBoss = m.reportsTo().orElse(null);
      PersonId eBoss = e.reportsTo().orElse(null);
      if (e.id().equals(mBoss) || m.id().equals(eBoss) || (mBoss != null && mBoss.equals(eBoss))) {
        return Optional.of("same reporting line");
      }
    }
    if (r.requireCommonLanguage() && m.languages().stream().noneMatch(e.languages()::contains)) {
      return Optional.of("no common language");
    }
    return Optional.empty();
  }

  /** The notes a chosen pair carries for the rules in force that concern it. */
  static List<String> notes(PairingRequest r, MatchCandidate m, MatchCandidate e) {
    List<String> out = new ArrayList<>();
    if (r.excludeSameUnit() && m.organization().isPresent() && m.unit().isPresent()
        && e.unit().isPresent() && m.organization().equals(e.organization())) {
      out.add("different unit required");
    }
    if (r.excludeReportingLine() && (m.reportsTo().isPresent() || e.reportsTo().isPresent())) {
      out.add("outside each other's reporting line required");
    }
    if (r.requireCommonLanguage()) {
      out.add("common language required");
    }
    return out;
  }

  /** "a (1 mentor), b (2 mentors)": reasons in alphabetical order with their counts. */
  static String tally(Map<String, Integer> reasons, String noun) {
    return reasons.entrySet().stream()
        .map(x -> x.getKey() + " (" + x.getValue() + " " + noun + (x.getValue() > 1 ? "s" : "")
            + ")")
        .collect(Collectors.joining(", "));
  }

  static String expectedMenteeReason(PairingRequest r, List<MatchCandidate> mentors,
      MatchCandidate e, boolean stable) {
    if (mentors.isEmpty()) {
      return "there are no mentors";
    }
    Map<String, Integer> why = new TreeMap<>();
    List<String> eligible = new ArrayList<>();
    for (MatchCandidate m : mentors) {
      Optional<String> no = r.capacityOf(m.id()) == 0 ? Optional.of("no places") : rule(r, m, e);
      if (no.isPresent()) {
        why.merge(no.get(), 1, Integer::sum);
      } else {
        eligible.add(m.id().value());
      }
    }
    if (eligible.isEmpty()) {
      return "no eligible mentor: " + tally(why, "mentor");
    }
    return stable ? "every acceptable mentor they ranked (of " + String.join(", ", eligible)
        + ") is full with mentees that mentor ranks higher, or did not rank them"
        : "every eligible mentor (" + String.join(", ", eligible)
            + ") is fully booked; no pairing can place more mentees";
  }

  static String expectedMentorReason(PairingRequest r, MatchCandidate m,
      List<MatchCandidate> mentees, boolean stable) {
    if (r.capacityOf(m.id()) == 0) {
      return "capacity is 0";
    }
    if (mentees.isEmpty()) {
      return "there are no mentees";
    }
    Map<String, Integer> why = new TreeMap<>();
    List<String> eligible = new ArrayList<>();
    for (MatchCandidate e : mentees) {
      Optional<String> no = rule(r, m, e);
      if (no.isPresent()) {
        why.merge(no.get(), 1, Integer::sum);
      } else {
        eligible.add(e.id().value());
      }
    }
    if (eligible.isEmpty()) {
      return "no eligible mentee: " + tally(why, "mentee");
    }
    return stable ? "no acceptable mentee (of " + String.join(", ", eligible)
        + ") chose them before a mentor they ranked higher"
        : "every eligible mentee (" + String.join(", ", eligible)
            + ") is paired with another mentor; no pairing can place more mentees";
  }

  private static List<MatchCandidate> byId(List<MatchCandidate> people) {
    List<MatchCandidate> out = new ArrayList<>(people);
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  @Property(tries = 250)
  void everySwitchIsHonouredAndEveryReasonIsExact(@ForAll long seed) {
    PairingRequest r = draw(new SplittableRandom(seed));
    List<MatchCandidate> mentors = byId(r.mentors());
    List<MatchCandidate> mentees = byId(r.mentees());
    long[][] score = new long[mentees.size()][mentors.size()];
    boolean[][] ok = new boolean[mentees.size()][mentors.size()];
    for (int i = 0; i < mentees.size(); i++) {
      for (int m = 0; m < mentors.size(); m++) {
        Optional<String> expected = rule(r, mentors.get(m), mentees.get(i));
        assertEquals(expected, Pairings.exclusion(r, mentors.get(m), mentees.get(i)),
            () -> "exclusion in " + r);
        ok[i][m] = expected.isEmpty();
        score[i][m] = r.scorer().score(mentors.get(m), mentees.get(i));
      }
    }
    int[] capacity = mentors.stream().mapToInt(m -> r.capacityOf(m.id())).toArray();
    long[] best = BruteForce.bestCapacitated(score, ok, capacity);

    PairingResult result = Pairings.optimal(r);
    assertEquals("optimal assignment", result.method());
    assertEquals(best[0], result.pairs().size(), result::explain);
    assertEquals(best[1], result.totalScore(), result::explain);

    Map<PersonId, MatchCandidate> people = new HashMap<>();
    mentors.forEach(m -> people.put(m.id(), m));
    mentees.forEach(m -> people.put(m.id(), m));
    for (MentorPair p : result.pairs()) {
      MatchCandidate m = people.get(p.mentor());
      MatchCandidate e = people.get(p.mentee());
      assertEquals(Optional.empty(), rule(r, m, e), p::toString);
      assertEquals(notes(r, m, e), p.explanation().notes(), p::toString);
      assertEquals(r.scorer().terms(m, e), p.explanation().terms(), p::toString);
    }
    assertReasons(r, result, false);
    assertEveryoneAccounted(r, result);
  }

  @Property(tries = 150)
  void everyoneRankingEveryoneMakesAStableMatchingOfTheSameSize(@ForAll long seed) {
    PairingRequest base = draw(new SplittableRandom(seed));
    PairingRequest.Builder b = PairingRequest.builder().from(base);
    for (MatchCandidate m : base.mentors()) {
      base.mentees().forEach(e -> b.putMentorRanking(m.id(), e.id()));
    }
    for (MatchCandidate e : base.mentees()) {
      base.mentors().forEach(m -> b.putMenteeRanking(e.id(), m.id()));
    }
    PairingRequest r = b.build();
    PairingResult stable = Pairings.stable(r);
    assertEquals("stable matching (mentees propose)", stable.method());
    Map<PersonId, Integer> load = new HashMap<>();
    for (MentorPair p : stable.pairs()) {
      MatchCandidate m = find(r.mentors(), p.mentor());
      MatchCandidate e = find(r.mentees(), p.mentee());
      assertEquals(Optional.empty(), rule(r, m, e), stable::explain);
      assertTrue(load.merge(m.id(), 1, Integer::sum) <= r.capacityOf(m.id()), stable::explain);
      List<String> expected = new ArrayList<>(notes(r, m, e));
      expected.add("mentee's choice #" + (r.menteeRankings().get(e.id()).indexOf(m.id()) + 1));
      expected.add("mentor's choice #" + (r.mentorRankings().get(m.id()).indexOf(e.id()) + 1));
      assertEquals(expected, p.explanation().notes(), stable::explain);
    }
    assertReasons(r, stable, true);
    assertEveryoneAccounted(r, stable);
  }

  private static void assertReasons(PairingRequest r, PairingResult result, boolean stable) {
    List<MatchCandidate> mentors = byId(r.mentors());
    List<MatchCandidate> mentees = byId(r.mentees());
    for (Unmatched u : result.unmatchedMentees()) {
      MatchCandidate e = find(mentees, u.person());
      assertEquals(expectedMenteeReason(r, mentors, e, stable), u.reason(), result::explain);
    }
    for (Unmatched u : result.unmatchedMentors()) {
      MatchCandidate m = find(mentors, u.person());
      assertEquals(expectedMentorReason(r, m, mentees, stable), u.reason(), result::explain);
    }
  }

  /** Mentees paired or listed once each, in id order; idle mentors listed once, in id order. */
  private static void assertEveryoneAccounted(PairingRequest r, PairingResult result) {
    List<PersonId> paired = result.pairs().stream().map(MentorPair::mentee).toList();
    List<PersonId> left = result.unmatchedMentees().stream().map(Unmatched::person).toList();
    List<PersonId> all = new ArrayList<>(paired);
    all.addAll(left);
    all.sort(null);
    assertEquals(byId(r.mentees()).stream().map(MatchCandidate::id).toList(), all,
        result::explain);
    List<PersonId> leftSorted = new ArrayList<>(left);
    leftSorted.sort(null);
    assertEquals(leftSorted, left, "unmatched mentees in id order");
    List<PersonId> idle = byId(r.mentors()).stream().map(MatchCandidate::id)
        .filter(id -> result.pairs().stream().noneMatch(p -> p.mentor().equals(id))).toList();
    assertEquals(idle, result.unmatchedMentors().stream().map(Unmatched::person).toList(),
        result::explain);
    List<MentorPair> sorted = new ArrayList<>(result.pairs());
    sorted.sort(java.util.Comparator.comparing(MentorPair::mentor)
        .thenComparing(MentorPair::mentee));
    assertEquals(sorted, result.pairs(), "pairs by mentor, then mentee");
  }

  private static MatchCandidate find(List<MatchCandidate> people, PersonId id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  /** Scores the scorer may give: strictly inside plus and minus the solver's bound. */
  @Test
  void scoresAtTheBoundAreRejectedAndJustInsideAccepted() {
    MatchCandidate ana = MatchCandidate.builder().id(PersonId.of("ana")).build();
    MatchCandidate ben = MatchCandidate.builder().id(PersonId.of("ben")).build();
    long bound = AssignmentSolver.MAX_ABS_SCORE;
    for (long inside : new long[] {bound - 1, -(bound - 1), 0}) {
      PairingResult ok = Pairings.optimal(request(ana, ben, constant(inside)));
      assertEquals(1, ok.pairs().size(), ok::explain);
      assertEquals(inside, ok.totalScore());
    }
    for (long outside : new long[] {bound, -bound, Long.MAX_VALUE, Long.MIN_VALUE}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> Pairings.optimal(request(ana, ben, constant(outside))));
      assertEquals("scorer: score " + outside + " of ana -> ben is out of range",
          e.getMessage());
    }
  }

  private static PairingRequest request(MatchCandidate mentor, MatchCandidate mentee,
      PairScorer scorer) {
    return PairingRequest.builder().addMentor(mentor).addMentee(mentee).scorer(scorer)
        .requireCommonLanguage(false).build();
  }

  /** A scorer with one term of fixed points; its score is the interface's default sum. */
  private static PairScorer constant(long points) {
    return (mentor, mentee) -> ImmutableList.of(
        ScoreTerm.of("fixed", points));
  }
}
