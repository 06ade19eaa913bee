package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.model.PersonId;

/**
 * People who are on both sides of a pairing request (a mentor who also wants a mentor) are never
 * paired with themselves, by either method, and still get every other pairing they can have:
 * generated requests elsewhere never share ids between the sides, so this is where the
 * "same person" exclusion is exercised. The reasons given to the unmatched are asserted word
 * for word.
 */
class PairingsBothSidesTest {

  private static MatchCandidate person(String id, String language) {
    return MatchCandidate.builder().id(PersonId.of(id)).addLanguages(language).build();
  }

  /** The largest number of pairs with capacity one each and nobody paired with themselves. */
  static int maxPairs(List<MatchCandidate> mentors, List<MatchCandidate> mentees, int i,
      Set<PersonId> taken) {
    if (i == mentees.size()) {
      return 0;
    }
    int best = maxPairs(mentors, mentees, i + 1, taken);
    for (MatchCandidate m : mentors) {
      if (!m.id().equals(mentees.get(i).id()) && taken.add(m.id())) {
        best = Math.max(best, 1 + maxPairs(mentors, mentees, i + 1, taken));
        taken.remove(m.id());
      }
    }
    return best;
  }

  private static void checkPairs(PairingResult result, List<MatchCandidate> mentors,
      List<MatchCandidate> mentees) {
    Set<PersonId> mentorIds = new HashSet<>();
    mentors.forEach(m -> mentorIds.add(m.id()));
    Set<PersonId> menteeIds = new HashSet<>();
    mentees.forEach(m -> menteeIds.add(m.id()));
    Set<PersonId> paired = new HashSet<>();
    Set<PersonId> busy = new HashSet<>();
    for (MentorPair pair : result.pairs()) {
      assertNotEquals(pair.mentor(), pair.mentee(), () -> "paired with themselves: " + result);
      assertTrue(mentorIds.contains(pair.mentor()) && menteeIds.contains(pair.mentee()));
      assertTrue(paired.add(pair.mentee()), "a mentee twice");
      assertTrue(busy.add(pair.mentor()), "a mentor over capacity");
    }
    assertEquals(mentees.size(), result.pairs().size() + result.unmatchedMentees().size());
    assertEquals(mentors.size(), busy.size() + result.unmatchedMentors().size());
  }

  @Property(tries = 200)
  void nobodyIsPairedWithThemselves(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(5);
    List<MatchCandidate> mentors = new ArrayList<>();
    List<MatchCandidate> mentees = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      MatchCandidate p = person("p" + i, "en");
      int side = i == 0 ? 2 : random.nextInt(3);
      if (side != 1) {
        mentors.add(p);
      }
      if (side != 0) {
        mentees.add(p);
      }
    }
    PairingRequest.Builder b = PairingRequest.builder().mentors(mentors).mentees(mentees);
    for (MatchCandidate m : mentors) {
      mentees.forEach(x -> b.putMentorRankings(m.id(), x.id()));
    }
    for (MatchCandidate x : mentees) {
      mentors.forEach(m -> b.putMenteeRankings(x.id(), m.id()));
    }
    PairingRequest request = b.build();

    PairingResult optimal = Pairings.optimal(request);
    checkPairs(optimal, mentors, mentees);
    assertEquals(maxPairs(mentors, mentees, 0, new HashSet<>()), optimal.pairs().size(),
        optimal::explain);
    checkPairs(Pairings.stable(request), mentors, mentees);
    for (MatchCandidate both : mentees) {
      if (mentors.contains(both)) {
        assertEquals(java.util.Optional.of("same person"),
            Pairings.exclusion(request, both, both));
      }
    }
  }

  @Example
  void aPersonAloneOnBothSidesIsLeftOutWithTheReason() {
    MatchCandidate ana = person("ana", "en");
    PairingRequest request = PairingRequest.builder().addMentors(ana).addMentees(ana)
        .putMentorRankings(ana.id(), ana.id()).putMenteeRankings(ana.id(), ana.id()).build();
    for (PairingResult r : List.of(Pairings.optimal(request), Pairings.stable(request))) {
      assertTrue(r.pairs().isEmpty(), r::explain);
      assertEquals(List.of(Unmatched.of(ana.id(), "no eligible mentor: same person (1 mentor)")),
          r.unmatchedMentees());
      assertEquals(List.of(Unmatched.of(ana.id(), "no eligible mentee: same person (1 mentee)")),
          r.unmatchedMentors());
    }
  }

  @Example
  void aPersonOnBothSidesPairsWithOthersBothWays() {
    MatchCandidate ana = person("ana", "en");
    MatchCandidate ben = person("ben", "en");
    MatchCandidate cem = person("cem", "en");
    // ana mentors ben and is mentored by cem
    PairingResult r = Pairings.optimal(PairingRequest.builder().addMentors(ana, cem)
        .addMentees(ana, ben).build());
    assertEquals(2, r.pairs().size(), r::explain);
    r.pairs().forEach(p -> assertNotEquals(p.mentor(), p.mentee()));
    assertTrue(r.pairs().stream().anyMatch(p -> p.mentor().equals(cem.id())
        && p.mentee().equals(ana.id())), r::explain);
  }

  @Example
  void reasonsForTheUnmatchedAreExact() {
    MatchCandidate ana = person("ana", "en");
    MatchCandidate ben = person("ben", "sv");
    MatchCandidate cem = person("cem", "en");
    MatchCandidate dan = person("dan", "en");

    PairingResult noMentors = Pairings.optimal(PairingRequest.builder().addMentees(ana).build());
    assertEquals(List.of(Unmatched.of(ana.id(), "there are no mentors")),
        noMentors.unmatchedMentees());
    PairingResult noMentees = Pairings.optimal(PairingRequest.builder().addMentors(ana).build());
    assertEquals(List.of(Unmatched.of(ana.id(), "there are no mentees")),
        noMentees.unmatchedMentors());

    PairingResult language = Pairings.optimal(PairingRequest.builder().addMentors(ana)
        .addMentees(ben).build());
    assertEquals(List.of(Unmatched.of(ben.id(), "no eligible mentor: no common language"
        + " (1 mentor)")), language.unmatchedMentees());
    assertEquals(List.of(Unmatched.of(ana.id(), "no eligible mentee: no common language"
        + " (1 mentee)")), language.unmatchedMentors());

    PairingResult closed = Pairings.optimal(PairingRequest.builder().addMentors(ana)
        .addMentees(cem).putCapacity(ana.id(), 0).build());
    assertEquals(List.of(Unmatched.of(cem.id(), "no eligible mentor: no places (1 mentor)")),
        closed.unmatchedMentees());
    assertEquals(List.of(Unmatched.of(ana.id(), "capacity is 0")), closed.unmatchedMentors());

    PairingResult full = Pairings.optimal(PairingRequest.builder().addMentors(ana)
        .addMentees(cem, dan).build());
    assertEquals(1, full.pairs().size());
    assertEquals(1, full.unmatchedMentees().size());
    assertEquals("every eligible mentor (ana) is fully booked; no pairing can place more"
        + " mentees", full.unmatchedMentees().get(0).reason());

    PairingResult forbidden = Pairings.optimal(PairingRequest.builder().addMentors(ana, cem)
        .addMentees(dan, ben).putForbiddenPairs(ana.id(), dan.id()).build());
    assertEquals(List.of("cem->dan"), forbidden.pairs().stream()
        .map(p -> p.mentor().value() + "->" + p.mentee().value()).toList());
    assertEquals(List.of(Unmatched.of(ben.id(), "no eligible mentor: no common language"
        + " (2 mentors)")), forbidden.unmatchedMentees());
    assertEquals(List.of(Unmatched.of(ana.id(), "no eligible mentee: explicitly forbidden"
        + " (1 mentee), no common language (1 mentee)")), forbidden.unmatchedMentors());
  }
}
