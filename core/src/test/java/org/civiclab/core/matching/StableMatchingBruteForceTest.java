package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.model.PersonId;

/**
 * {@link Pairings#stable} claims the mentee-optimal stable matching: of all stable matchings,
 * the one every mentee likes at least as well as any other. On small requests (people on both
 * sides, every exclusion switch drawn, random partial rankings, capacities 0 to 2) every
 * matching is enumerated, the stable ones kept, and the result must be one of them and, for
 * each mentee, at least as good as the best of them.
 */
class StableMatchingBruteForceTest {

  private static PairingRequest ranked(long seed) {
    PairingRequest base = PairingsRulesTest.draw(new SplittableRandom(seed));
    Random random = new Random(seed);
    PairingRequest.Builder b = PairingRequest.builder().from(base);
    for (MatchCandidate m : base.mentors()) {
      List<MatchCandidate> pool = new ArrayList<>(base.mentees());
      Collections.shuffle(pool, random);
      pool.subList(0, random.nextInt(pool.size() + 1))
          .forEach(e -> b.putMentorRanking(m.id(), e.id()));
    }
    for (MatchCandidate e : base.mentees()) {
      List<MatchCandidate> pool = new ArrayList<>(base.mentors());
      Collections.shuffle(pool, random);
      pool.subList(0, random.nextInt(pool.size() + 1))
          .forEach(m -> b.putMenteeRanking(e.id(), m.id()));
    }
    return b.build();
  }

  /** Whether mentor m and mentee e may be paired: both rank each other, no rule forbids it. */
  private static boolean acceptable(PairingRequest r, MatchCandidate m, MatchCandidate e) {
    return r.mentorRankings().get(m.id()).contains(e.id())
        && r.menteeRankings().get(e.id()).contains(m.id())
        && PairingsRulesTest.rule(r, m, e).isEmpty();
  }

  /** Every matching as, per mentee index, a mentor index or -1. */
  private static void enumerate(PairingRequest r, int i, int[] choice, int[] load,
      List<int[]> out) {
    List<MatchCandidate> mentors = r.mentors();
    List<MatchCandidate> mentees = r.mentees();
    if (i == mentees.size()) {
      out.add(choice.clone());
      return;
    }
    choice[i] = -1;
    enumerate(r, i + 1, choice, load, out);
    for (int m = 0; m < mentors.size(); m++) {
      if (load[m] < r.capacityOf(mentors.get(m).id())
          && acceptable(r, mentors.get(m), mentees.get(i))) {
        load[m]++;
        choice[i] = m;
        enumerate(r, i + 1, choice, load, out);
        load[m]--;
      }
    }
    choice[i] = -1;
  }

  /** Rank of mentor m in mentee i's list, the size of the list when unmatched. */
  private static int menteeRank(PairingRequest r, int[] choice, int i) {
    List<PersonId> list = r.menteeRankings().get(r.mentees().get(i).id());
    return choice[i] < 0 ? list.size() : list.indexOf(r.mentors().get(choice[i]).id());
  }

  private static boolean stable(PairingRequest r, int[] choice) {
    List<MatchCandidate> mentors = r.mentors();
    List<MatchCandidate> mentees = r.mentees();
    for (int i = 0; i < mentees.size(); i++) {
      List<PersonId> menteeList = r.menteeRankings().get(mentees.get(i).id());
      for (int m = 0; m < mentors.size(); m++) {
        if (choice[i] == m || !acceptable(r, mentors.get(m), mentees.get(i))
            || menteeList.indexOf(mentors.get(m).id()) >= menteeRank(r, choice, i)) {
          continue;
        }
        List<PersonId> mentorList = r.mentorRankings().get(mentors.get(m).id());
        int mine = mentorList.indexOf(mentees.get(i).id());
        int held = 0;
        boolean prefersMe = false;
        for (int j = 0; j < mentees.size(); j++) {
          if (choice[j] == m) {
            held++;
            prefersMe |= mine < mentorList.indexOf(mentees.get(j).id());
          }
        }
        if (held < r.capacityOf(mentors.get(m).id()) || prefersMe) {
          return false;
        }
      }
    }
    return true;
  }

  @Property(tries = 120)
  void theResultIsTheMenteeOptimalStableMatching(@ForAll long seed) {
    PairingRequest r = ranked(seed);
    List<int[]> all = new ArrayList<>();
    enumerate(r, 0, new int[r.mentees().size()], new int[r.mentors().size()], all);
    List<int[]> stableOnes = all.stream().filter(c -> stable(r, c)).toList();
    assertTrue(!stableOnes.isEmpty(), "a stable matching always exists");

    PairingResult result = Pairings.stable(r);
    Map<PersonId, Integer> mentorIndex = new HashMap<>();
    for (int m = 0; m < r.mentors().size(); m++) {
      mentorIndex.put(r.mentors().get(m).id(), m);
    }
    int[] got = new int[r.mentees().size()];
    for (int i = 0; i < got.length; i++) {
      PersonId id = r.mentees().get(i).id();
      got[i] = result.pairs().stream().filter(p -> p.mentee().equals(id))
          .map(p -> mentorIndex.get(p.mentor())).findFirst().orElse(-1);
    }
    assertTrue(stable(r, got), result::explain);
    for (int i = 0; i < got.length; i++) {
      int best = Integer.MAX_VALUE;
      for (int[] c : stableOnes) {
        best = Math.min(best, menteeRank(r, c, i));
      }
      assertEquals(best, menteeRank(r, got, i), () -> "mentee " + r.mentees() + " in "
          + result.explain());
    }
  }
}
