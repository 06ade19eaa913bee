package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.PersonId;

class PairingsPropertiesTest {

  /** Requests with up to 4 mentors (capacity 1 or 2) and 7 mentees, some pairs forbidden. */
  @Provide
  Arbitrary<PairingRequest> requests() {
    return Combinators.combine(MatchingArbitraries.people("m", 0, 4, true),
        MatchingArbitraries.people("e", 0, 7, true), Arbitraries.integers().between(1, 2),
        Arbitraries.integers().between(0, 6).list().ofMaxSize(4), Arbitraries.longs())
        .as((mentors, mentees, cap, forbidden, seed) -> {
          PairingRequest.Builder b = PairingRequest.builder().mentors(mentors)
              .mentees(mentees).mentorCapacity(cap);
          Random r = new Random(seed);
          for (int k = 0; k < forbidden.size() && !mentors.isEmpty(); k++) {
            if (forbidden.get(k) < mentees.size()) {
              b.putForbiddenPair(mentors.get(r.nextInt(mentors.size())).id(),
                  mentees.get(forbidden.get(k)).id());
            }
          }
          if (!mentors.isEmpty() && r.nextBoolean()) {
            b.putCapacity(mentors.get(0).id(), r.nextInt(3));
          }
          return b.build();
        });
  }

  @Property(tries = 300)
  void optimalEqualsBruteForce(@ForAll("requests") PairingRequest r) {
    PairingResult result = Pairings.optimal(r);
    long[] best = bruteForce(r);
    assertEquals(best[0], result.pairs().size(), result.explain());
    assertEquals(best[1], result.totalScore(), result.explain());
  }

  @Property(tries = 300)
  void pairsRespectExclusionsAndCapacitiesAndNobodyIsDropped(
      @ForAll("requests") PairingRequest r) {
    for (PairingResult result : List.of(Pairings.optimal(r), Pairings.stable(r))) {
      assertSound(r, result);
    }
  }

  @Property(tries = 100)
  void tiesAreBrokenIndependentlyOfInputOrder(@ForAll("requests") PairingRequest r,
      @ForAll long shuffleSeed) {
    List<MatchCandidate> mentors = new ArrayList<>(r.mentors());
    List<MatchCandidate> mentees = new ArrayList<>(r.mentees());
    Collections.shuffle(mentors, new Random(shuffleSeed));
    Collections.shuffle(mentees, new Random(shuffleSeed + 1));
    PairingRequest shuffled = PairingRequest.builder().from(r).mentors(mentors).mentees(mentees)
        .build();
    assertEquals(Pairings.optimal(r), Pairings.optimal(shuffled));
  }

  /** Requests where everyone ranks a random subset of the other side. */
  @Provide
  Arbitrary<PairingRequest> ranked() {
    return Combinators.combine(requests(), Arbitraries.longs()).as((r, seed) -> {
      Random random = new Random(seed);
      PairingRequest.Builder b = PairingRequest.builder().from(r);
      for (MatchCandidate m : r.mentors()) {
        List<MatchCandidate> pool = new ArrayList<>(r.mentees());
        Collections.shuffle(pool, random);
        pool.subList(0, random.nextInt(pool.size() + 1)).forEach(e -> b.putMentorRanking(m.id(), e.id()));
      }
      for (MatchCandidate e : r.mentees()) {
        List<MatchCandidate> pool = new ArrayList<>(r.mentors());
        Collections.shuffle(pool, random);
        pool.subList(0, random.nextInt(pool.size() + 1)).forEach(m -> b.putMenteeRanking(e.id(), m.id()));
      }
      return b.build();
    });
  }

  @Property(tries = 300)
  void stableMatchingHasNoBlockingPair(@ForAll("ranked") PairingRequest r) {
    PairingResult result = Pairings.stable(r);
    assertSound(r, result);
    Map<PersonId, PersonId> mentorOf = new HashMap<>();
    Map<PersonId, List<PersonId>> menteesOf = new HashMap<>();
    for (MentorPair p : result.pairs()) {
      mentorOf.put(p.mentee(), p.mentor());
      menteesOf.computeIfAbsent(p.mentor(), k -> new ArrayList<>()).add(p.mentee());
      assertTrue(r.mentorRankings().get(p.mentor()).contains(p.mentee()));
      assertTrue(r.menteeRankings().get(p.mentee()).contains(p.mentor()));
    }
    for (MatchCandidate e : r.mentees()) {
      List<PersonId> eRanks = r.menteeRankings().get(e.id());
      for (MatchCandidate m : r.mentors()) {
        List<PersonId> mRanks = r.mentorRankings().get(m.id());
        if (!eRanks.contains(m.id()) || !mRanks.contains(e.id())
            || excluded(r, m, e).isPresent() || m.id().equals(mentorOf.get(e.id()))) {
          continue;
        }
        PersonId current = mentorOf.get(e.id());
        boolean menteePrefers = current == null || eRanks.indexOf(m.id()) < eRanks.indexOf(current);
        List<PersonId> held = menteesOf.getOrDefault(m.id(), List.of());
        boolean mentorPrefers = held.size() < r.capacityOf(m.id())
            || held.stream().anyMatch(h -> mRanks.indexOf(e.id()) < mRanks.indexOf(h));
        assertFalse(menteePrefers && mentorPrefers,
            "blocking pair " + m.id() + " - " + e.id() + "\n" + result.explain());
      }
    }
  }

  static void assertSound(PairingRequest r, PairingResult result) {
    Map<PersonId, MatchCandidate> mentors = new HashMap<>();
    r.mentors().forEach(m -> mentors.put(m.id(), m));
    Map<PersonId, MatchCandidate> mentees = new HashMap<>();
    r.mentees().forEach(m -> mentees.put(m.id(), m));
    Set<PersonId> pairedMentees = new HashSet<>();
    Map<PersonId, Integer> load = new HashMap<>();
    for (MentorPair p : result.pairs()) {
      assertTrue(pairedMentees.add(p.mentee()), "mentee twice: " + p);
      load.merge(p.mentor(), 1, Integer::sum);
      assertEquals(Optional.empty(), excluded(r, mentors.get(p.mentor()), mentees.get(p.mentee())),
          "excluded pair used: " + p);
      assertEquals(r.scorer().score(mentors.get(p.mentor()), mentees.get(p.mentee())), p.score());
    }
    load.forEach((m, n) -> assertTrue(n <= r.capacityOf(m), m + " over capacity"));
    Set<PersonId> unmatched = new HashSet<>();
    result.unmatchedMentees().forEach(u -> assertTrue(unmatched.add(u.person())));
    assertTrue(Collections.disjoint(unmatched, pairedMentees));
    unmatched.addAll(pairedMentees);
    assertEquals(mentees.keySet(), unmatched, "every mentee paired or unmatched");
    Set<PersonId> idleMentors = new HashSet<>(mentors.keySet());
    idleMentors.removeAll(load.keySet());
    Set<PersonId> reported = new HashSet<>();
    result.unmatchedMentors().forEach(u -> reported.add(u.person()));
    assertEquals(idleMentors, reported, "every mentor without a mentee is reported");
  }

  /** The exclusion rules, restated independently of the implementation. */
  static Optional<String> excluded(PairingRequest r, MatchCandidate m, MatchCandidate e) {
    if (r.forbiddenPairs().containsEntry(m.id(), e.id())) {
      return Optional.of("forbidden");
    }
    if (m.organization().isPresent() && m.organization().equals(e.organization())
        && m.unit().isPresent() && m.unit().equals(e.unit())) {
      return Optional.of("unit");
    }
    if (m.reportsTo().map(e.id()::equals).orElse(false)
        || e.reportsTo().map(m.id()::equals).orElse(false)
        || (m.reportsTo().isPresent() && m.reportsTo().equals(e.reportsTo()))) {
      return Optional.of("line");
    }
    Set<String> common = new HashSet<>(m.languages());
    common.retainAll(e.languages());
    return common.isEmpty() ? Optional.of("language") : Optional.empty();
  }

  /** Exhaustive search: {most pairs, best total among those}. */
  static long[] bruteForce(PairingRequest r) {
    List<MatchCandidate> mentors = r.mentors();
    List<MatchCandidate> mentees = r.mentees();
    long[][] score = new long[mentees.size()][mentors.size()];
    boolean[][] ok = new boolean[mentees.size()][mentors.size()];
    for (int i = 0; i < mentees.size(); i++) {
      for (int m = 0; m < mentors.size(); m++) {
        ok[i][m] = excluded(r, mentors.get(m), mentees.get(i)).isEmpty();
        score[i][m] = r.scorer().score(mentors.get(m), mentees.get(i));
      }
    }
    int[] left = new int[mentors.size()];
    for (int m = 0; m < mentors.size(); m++) {
      left[m] = r.capacityOf(mentors.get(m).id());
    }
    return BruteForce.bestCapacitated(score, ok, left);
  }
}
