package org.civiclab.core.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;

/**
 * Reusable jqwik arbitraries for matching inputs: small populations of candidates drawn from a
 * few organisations, units, languages, interests, regions and weekly slots, so that exclusions,
 * ties and slot clashes are frequent. Shipped in core's test-jar.
 */
public final class MatchingArbitraries {
  /** The weekly slots candidates choose from. */
  public static final List<WeeklySlot> SLOTS = List.of(
      WeeklySlot.of(DayOfWeek.MONDAY, 17), WeeklySlot.of(DayOfWeek.TUESDAY, 18),
      WeeklySlot.of(DayOfWeek.THURSDAY, 9));

  private MatchingArbitraries() {}

  /**
   * Candidates with the given id prefix and attributes drawn from small pools.
   *
   * @param prefix the id prefix, such as {@code m} for mentors
   * @param withAvailability whether candidates may give weekly availability
   * @return candidates whose id is {@code prefix} plus a number chosen by the caller
   */
  public static Arbitrary<Candidate> candidates(String prefix, boolean withAvailability) {
    Arbitrary<String> org = Arbitraries.of("o1", "o2", "o3");
    Arbitrary<String> unit = Arbitraries.of("u1", "u2");
    Arbitrary<Set<String>> languages = Arbitraries.of("sv", "en", "ka").set().ofMinSize(1)
        .ofMaxSize(2);
    Arbitrary<Set<String>> interests = Arbitraries.of("data", "law", "youth", "climate").set()
        .ofMaxSize(3);
    Arbitrary<String> region = Arbitraries.of("north", "south", "east");
    Arbitrary<ExperienceLevel> level = Arbitraries.of(ExperienceLevel.class);
    Arbitrary<Boolean> facilitator = Arbitraries.of(true, false, false);
    Arbitrary<Set<WeeklySlot>> slots = withAvailability
        ? Arbitraries.of(SLOTS).set().ofMaxSize(2) : Arbitraries.just(Set.of());
    Arbitrary<Integer> manager = Arbitraries.integers().between(-1, 3);
    return Combinators.combine(org, unit, languages, interests, region, level, facilitator,
        slots).as((o, u, l, i, r, e, f, s) -> new Candidate(prefix, o, u, l, i, r, e, f, s))
        .flatMap(c -> manager.map(c::withManager));
  }

  /** A candidate template without a number; {@link #build} gives it its id. */
  public record Candidate(String prefix, String org, String unit, Set<String> languages,
      Set<String> interests, String region, ExperienceLevel level, boolean facilitator,
      Set<WeeklySlot> slots, int manager) {

    Candidate(String prefix, String org, String unit, Set<String> languages,
        Set<String> interests, String region, ExperienceLevel level, boolean facilitator,
        Set<WeeklySlot> slots) {
      this(prefix, org, unit, languages, interests, region, level, facilitator, slots, -1);
    }

    Candidate withManager(int m) {
      return new Candidate(prefix, org, unit, languages, interests, region, level, facilitator,
          slots, m);
    }

    /**
     * The candidate with its number; the manager, when drawn, is {@code boss} plus a number.
     *
     * @param number the candidate's number
     * @return the match candidate
     */
    public MatchCandidate build(int number) {
      MatchCandidate.Builder b = MatchCandidate.builder()
          .id(PersonId.of(prefix + number)).organization(OrganizationId.of(org)).unit(unit)
          .languages(languages).interests(interests).region(region).experience(level)
          .facilitator(facilitator).availability(slots);
      if (manager >= 0) {
        b.reportsTo(PersonId.of("boss" + manager));
      }
      return b.build();
    }
  }

  /**
   * Lists of candidates numbered 0 to size - 1.
   *
   * @param prefix the id prefix
   * @param min the fewest candidates
   * @param max the most candidates
   * @param withAvailability whether weekly availability may be given
   * @return lists of built candidates
   */
  public static Arbitrary<List<MatchCandidate>> people(String prefix, int min, int max,
      boolean withAvailability) {
    return candidates(prefix, withAvailability).list().ofMinSize(min).ofMaxSize(max)
        .map(list -> {
          List<MatchCandidate> out = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            out.add(list.get(i).build(i));
          }
          return out;
        });
  }
}
