package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * With weekly availability, circle formation is a heuristic that retries seeded starts when
 * slot clashes strand people. On fixed small cases where exhaustive search finds a partition
 * that places everyone, it must place everyone nearly always; the validity properties alone
 * would pass with no retries at all.
 */
class CircleRestartsTest {
  private static final int CASES = 150;

  /** Small requests with availability from a pool of three slots, no other attributes. */
  static CircleRequest withSlots(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 4 + r.nextInt(6);
    List<MatchCandidate> people = new ArrayList<>();
    ExperienceLevel[] levels = ExperienceLevel.values();
    for (int i = 0; i < n; i++) {
      MatchCandidate.Builder b = MatchCandidate.builder().id(PersonId.of("p" + i))
          .experience(levels[r.nextInt(levels.length)]).facilitator(r.nextInt(3) == 0);
      for (WeeklySlot s : MatchingArbitraries.SLOTS) {
        if (r.nextInt(2) == 0) {
          b.addAvailability(s);
        }
      }
      people.add(b.build());
    }
    int min = 2 + r.nextInt(2);
    return CircleRequest.builder().people(people)
        .composition(CircleComposition.builder().minSize(min).maxSize(min + r.nextInt(2))
            .minExperienced(r.nextInt(2)).minFacilitators(0).minNovices(r.nextInt(2)).build())
        .seed(r.nextLong()).build();
  }

  @Test
  void retriesPlaceEveryoneWhereAPartitionExists() {
    int possible = 0;
    int placedAll = 0;
    StringBuilder misses = new StringBuilder();
    for (long seed = 0; seed < CASES; seed++) {
      CircleRequest r = withSlots(seed);
      CircleResult result = Circles.form(r);
      CirclesPropertiesTest.assertValid(r, result);
      if (BruteForceCircles.validPartitionExists(r)) {
        possible++;
        if (result.unplaced().isEmpty()) {
          placedAll++;
        } else {
          misses.append("seed ").append(seed).append(": ").append(result.unplaced().size())
              .append(" left out\n");
        }
      }
    }
    String report = placedAll + " of " + possible + " placed everyone\n" + misses;
    assertTrue(possible >= CASES / 5, report);
    // measured: 41 of 42 (stop 38; at stop 33, 35 of 37, and 30 of 37 without the retries)
    assertTrue(placedAll * 100 >= possible * 90, report);
  }
}
