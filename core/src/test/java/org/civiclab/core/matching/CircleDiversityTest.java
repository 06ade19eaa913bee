package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Circle diversity against exhaustive search on small cases. The validity properties
 * ({@link CirclesPropertiesTest}) hold whatever circles are formed, so they cannot tell a
 * diverse partition from a poor one; here each result is compared with the most diverse
 * partition of the same people into circles of the same sizes with the same roles.
 *
 * <p>Diversity is scored the way circle formation weighs it: per circle, 100 for each distinct
 * organisation, 60 for each distinct region and 20 for each distinct experience level. The
 * search is a heuristic, so it need not reach the optimum every time; on these small inputs it
 * must reach it nearly always, and it never scores above it. The cases are fixed (seeded), so
 * the figures are the same on every run.
 */
class CircleDiversityTest {
  private static final int CASES = 80;

  /** A small request without availability: few organisations, regions and levels. */
  static CircleRequest smallCase(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 6 + r.nextInt(5);
    List<MatchCandidate> people = new ArrayList<>();
    ExperienceLevel[] levels = ExperienceLevel.values();
    for (int i = 0; i < n; i++) {
      MatchCandidate.Builder b = MatchCandidate.builder().id(PersonId.of("p" + i))
          .experience(levels[r.nextInt(levels.length)]).facilitator(r.nextInt(3) == 0);
      if (r.nextInt(6) > 0) {
        b.organization(OrganizationId.of("o" + r.nextInt(3)));
      }
      if (r.nextInt(6) > 0) {
        b.region("r" + r.nextInt(3));
      }
      people.add(b.build());
    }
    int min = 3;
    int max = 3 + r.nextInt(3);
    return CircleRequest.builder().people(people)
        .composition(CircleComposition.builder().minSize(min).maxSize(max)
            .minExperienced(r.nextInt(2)).minFacilitators(0).minNovices(r.nextInt(2)).build())
        .seed(r.nextLong()).build();
  }

  /** The diversity score of one circle's members, counted from their attributes. */
  static int diversity(List<MatchCandidate> members) {
    Set<OrganizationId> orgs = new HashSet<>();
    Set<String> regions = new HashSet<>();
    Set<ExperienceLevel> levels = new HashSet<>();
    for (MatchCandidate m : members) {
      m.organization().ifPresent(orgs::add);
      m.region().ifPresent(regions::add);
      levels.add(m.experience());
    }
    return 100 * orgs.size() + 60 * regions.size() + 20 * levels.size();
  }

  private static boolean rolesHold(CircleRequest r, List<MatchCandidate> members) {
    return members.stream().filter(MatchCandidate::isExperienced).count()
        >= r.composition().minExperienced()
        && members.stream().filter(m -> m.experience() == ExperienceLevel.NOVICE).count()
            >= r.composition().minNovices();
  }

  /**
   * The best total diversity of any split of {@code people} into circles of exactly the given
   * sizes, each with its roles; -1 when no split has the roles.
   */
  static int bestDiversity(CircleRequest r, List<MatchCandidate> people, int[] sizes) {
    List<List<MatchCandidate>> circles = new ArrayList<>();
    for (int k = 0; k < sizes.length; k++) {
      circles.add(new ArrayList<>());
    }
    return search(r, people, 0, sizes, circles);
  }

  private static int search(CircleRequest r, List<MatchCandidate> people, int i, int[] sizes,
      List<List<MatchCandidate>> circles) {
    if (i == people.size()) {
      int total = 0;
      for (List<MatchCandidate> c : circles) {
        if (!rolesHold(r, c)) {
          return -1;
        }
        total += diversity(c);
      }
      return total;
    }
    int best = -1;
    Set<Integer> triedEmptyOfSize = new HashSet<>();
    for (int k = 0; k < circles.size(); k++) {
      List<MatchCandidate> c = circles.get(k);
      if (c.size() >= sizes[k] || c.isEmpty() && !triedEmptyOfSize.add(sizes[k])) {
        continue; // full, or an empty circle like one already tried: the same splits again
      }
      c.add(people.get(i));
      best = Math.max(best, search(r, people, i + 1, sizes, circles));
      c.remove(c.size() - 1);
    }
    return best;
  }

  @Test
  void circlesAreAsDiverseAsExhaustiveSearchFindsOnSmallCases() {
    int optimal = 0;
    int compared = 0;
    long shortfall = 0;
    StringBuilder misses = new StringBuilder();
    for (long seed = 0; seed < CASES; seed++) {
      CircleRequest r = smallCase(seed);
      CircleResult result = Circles.form(r);
      CirclesPropertiesTest.assertValid(r, result);
      if (result.circles().size() < 2) {
        continue; // one circle (or none): nothing to choose between
      }
      Map<PersonId, MatchCandidate> byId = r.people().stream()
          .collect(Collectors.toMap(MatchCandidate::id, Function.identity()));
      List<MatchCandidate> placed = new ArrayList<>();
      int[] sizes = new int[result.circles().size()];
      int got = 0;
      for (int k = 0; k < sizes.length; k++) {
        List<MatchCandidate> members = result.circles().get(k).members().stream()
            .map(byId::get).collect(Collectors.toList());
        placed.addAll(members);
        sizes[k] = members.size();
        got += diversity(members);
        // the circle's own counts say the same as its members
        Circle c = result.circles().get(k);
        assertEquals(members.stream().map(MatchCandidate::organization)
            .flatMap(java.util.Optional::stream).distinct().count(), c.organizations());
        assertEquals(members.stream().map(MatchCandidate::region)
            .flatMap(java.util.Optional::stream).distinct().count(), c.regions());
      }
      assertEquals(result.circles().stream().mapToInt(c -> c.organizations() + c.regions())
          .sum(), result.diversity());
      int best = bestDiversity(r, placed, sizes);
      assertTrue(got <= best, "seed " + seed + " scores above the optimum " + best + ": "
          + result.explain());
      compared++;
      if (got == best) {
        optimal++;
      } else {
        shortfall += best - got;
        misses.append("seed ").append(seed).append(": ").append(got).append(" of ")
            .append(best).append('\n');
      }
    }
    assertTrue(compared >= CASES / 2, "too few cases with two or more circles: " + compared);
    // measured: 53 of 56 compared cases reach the optimum (stop 38; at stop 33, 50 of 50, and 21
    // without the diversity phase); a few misses would still be a sound heuristic, half would not
    String report = optimal + " of " + compared + " optimal, shortfall " + shortfall + "\n"
        + misses;
    assertTrue(optimal * 10 >= compared * 9, report);
  }
}
