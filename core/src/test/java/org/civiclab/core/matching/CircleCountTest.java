package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;

/**
 * Without weekly availability nothing is left to chance but who sits with whom: the number of
 * circles, their sizes and how many facilitators each gets follow from the counts alone, as
 * {@link Circles} documents them. The count is the one nearest the midpoint size (or the fixed
 * one), no more than the facilitators can lead and lowered until each circle can have its
 * experienced members and novices; the sizes are as equal as the bounds allow; every
 * facilitator leads, spread as evenly as possible. These are recomputed here from the request
 * and compared with the result, together with the circles' numbering, member lists and counts.
 */
class CircleCountTest {

  @Provide
  Arbitrary<CircleRequest> requests() {
    Arbitrary<List<ExperienceLevel>> levels = Arbitraries.of(ExperienceLevel.class).list()
        .ofMaxSize(22);
    Arbitrary<CircleComposition> rules = Combinators.combine(
        Arbitraries.integers().between(2, 5), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 2))
        .as((min, spread, e, nov, f) -> CircleComposition.builder().minSize(min)
            .maxSize(min + spread).minExperienced(Math.min(e, min + spread))
            .minNovices(Math.min(nov, min + spread - Math.min(e, min + spread)))
            .minFacilitators(f).build());
    Arbitrary<Optional<Integer>> fixed = Arbitraries.integers().between(1, 6).optional(0.3);
    // bland people (no organisation or region, one level) leave diversity nothing to even
    // out, so only the size rules can keep the circles balanced
    return Combinators.combine(levels, Arbitraries.integers().between(0, 7), rules, fixed,
        Arbitraries.longs(), Arbitraries.of(true, false))
        .as((ls, leads, c, count, seed, bland) -> {
          List<MatchCandidate> people = new ArrayList<>();
          for (int i = 0; i < ls.size(); i++) {
            MatchCandidate.Builder b = MatchCandidate.builder().id(PersonId.of("p" + i));
            people.add(bland ? b.build() : b.experience(ls.get(i))
                .organization(OrganizationId.of("o" + i % 3)).region("r" + i % 2).build());
          }
          List<MatchCandidate> facilitators = new ArrayList<>();
          for (int j = 0; j < leads; j++) {
            facilitators.add(MatchCandidate.builder().id(PersonId.of("f" + j)).build());
          }
          return CircleRequest.builder().people(people).facilitators(facilitators)
              .composition(c).circleCount(count).seed(seed).build();
        });
  }

  /** The documented circle count, recomputed from the request's counts. */
  static int expectedCount(CircleRequest r) {
    CircleComposition c = r.composition();
    int n = r.people().size();
    int leads = r.facilitators().size();
    int canLead = c.minFacilitators() == 0 ? Integer.MAX_VALUE : leads / c.minFacilitators();
    if (n < c.minSize() || canLead == 0) {
      return 0;
    }
    int fewest = (n + c.maxSize() - 1) / c.maxSize();
    int most = Math.min(n / c.minSize(), canLead);
    int start;
    if (r.circleCount().isPresent()) {
      start = Math.min(r.circleCount().get(), most);
    } else if (fewest <= most) {
      start = Math.max(fewest, Math.min(most, (int) Math.round(2.0 * n / (c.minSize()
          + c.maxSize()))));
    } else {
      start = most;
    }
    long experienced = r.people().stream().filter(MatchCandidate::isExperienced).count();
    long novices = r.people().stream().filter(p -> p.experience() == ExperienceLevel.NOVICE)
        .count();
    for (int k = start; k >= 1; k--) {
      if (experienced >= (long) k * c.minExperienced() && novices >= (long) k * c.minNovices()) {
        return k;
      }
    }
    return 0;
  }

  /** {@code total} split into {@code parts} as evenly as possible, largest first. */
  static List<Integer> even(int total, int parts) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < parts; k++) {
      out.add(total / parts + (k < total % parts ? 1 : 0));
    }
    return out;
  }

  private static List<Integer> sortedDescending(List<Integer> xs) {
    List<Integer> out = new ArrayList<>(xs);
    out.sort(Comparator.reverseOrder());
    return out;
  }

  @Property(tries = 300)
  void countSizesAndFacilitatorsFollowFromTheCounts(@ForAll("requests") CircleRequest r) {
    CircleResult result = Circles.form(r);
    CirclesPropertiesTest.assertValid(r, result);
    String msg = result.explain() + CirclesPropertiesTest.describe(r);
    int circles = expectedCount(r);
    assertEquals(circles, result.circles().size(), msg);
    int n = r.people().size();
    int placed = circles == 0 ? 0 : Math.min(n, circles * r.composition().maxSize());
    List<Integer> sizes = result.circles().stream().map(c -> c.members().size()).toList();
    List<Integer> leads = result.circles().stream().map(c -> c.facilitators().size()).toList();
    if (circles > 0) {
      assertEquals(even(placed, circles), sortedDescending(sizes), msg);
      assertEquals(even(r.facilitators().size(), circles), sortedDescending(leads), msg);
    }
    int leftLeads = circles == 0 ? r.facilitators().size() : 0;
    assertEquals(n - placed + leftLeads, result.unplaced().size(), msg);
    assertCirclesDescribeTheirMembers(r, result);
  }

  /**
   * Circles are numbered from 1 in the order of their first member; each lists its members in
   * id order with their levels, the experienced among them and their organisations and regions.
   */
  static void assertCirclesDescribeTheirMembers(CircleRequest r, CircleResult result) {
    PersonId previous = null;
    for (int k = 0; k < result.circles().size(); k++) {
      Circle c = result.circles().get(k);
      assertEquals(k + 1, c.number());
      List<PersonId> sorted = new ArrayList<>(c.members());
      sorted.sort(Comparator.naturalOrder());
      assertEquals(sorted, c.members());
      List<PersonId> leads = new ArrayList<>(c.facilitators());
      leads.sort(Comparator.naturalOrder());
      assertEquals(leads, c.facilitators());
      if (previous != null) {
        assertTrue(previous.compareTo(c.members().get(0)) < 0, result::explain);
      }
      previous = c.members().get(0);
      List<MatchCandidate> members = c.members().stream().map(id -> r.people().stream()
          .filter(p -> p.id().equals(id)).findFirst().orElseThrow()).toList();
      assertEquals(members.stream().map(p -> p.id().value() + ":" + p.experience()).toList(),
          c.memberLevels().stream().map(m -> m.person().value() + ":" + m.level()).toList());
      assertEquals(members.stream().filter(MatchCandidate::isExperienced)
          .map(MatchCandidate::id).toList(), c.experienced());
      assertEquals(members.stream().map(MatchCandidate::organization).flatMap(Optional::stream)
          .distinct().count(), c.organizations());
      assertEquals(members.stream().map(MatchCandidate::region).flatMap(Optional::stream)
          .distinct().count(), c.regions());
    }
  }
}
