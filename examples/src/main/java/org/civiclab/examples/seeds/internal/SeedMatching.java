package org.civiclab.examples.seeds.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.matching.Circle;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.matching.CircleResult;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.matching.MentorPair;
import org.civiclab.core.matching.PairingRequest;
import org.civiclab.core.matching.PairingResult;
import org.civiclab.core.matching.Pairings;
import org.civiclab.core.matching.Circles;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;

/**
 * Pairs mentors with mentees and groups people into learning circles for the seed programs,
 * through {@code org.civiclab.core.matching}: the single place where the seed programs decide
 * who is paired or grouped with whom.
 *
 * <p>Pairs come from {@link Pairings#optimal} with the default scorer and exclusions (same
 * unit, reporting line, no common language); circles from {@link Circles#form} with the
 * circle's own size and mix bounds and a fixed seed, so every build gives the same result.
 */
public final class SeedMatching {

  private SeedMatching() {}

  /**
   * One mentor paired with one mentee, with the matcher's explanation of the choice.
   *
   * @param mentor who mentors
   * @param mentee who is mentored
   * @param rationale the scored terms and rules behind the pair
   */
  public record Match(Person mentor, Person mentee, String rationale) {}

  /**
   * Pairs each mentee with one mentor at the highest total score.
   *
   * @param mentors the mentors, each taking one mentee
   * @param mentees the mentees
   * @return one match per mentee, in the mentees' order
   * @throws InvalidInputException when some mentee cannot be paired, with the matcher's reason
   */
  public static ImmutableList<Match> pair(List<Person> mentors, List<Person> mentees) {
    PairingResult result = Pairings.optimal(PairingRequest.builder()
        .mentors(mentors.stream().map(MatchCandidate::of).collect(Collectors.toList()))
        .mentees(mentees.stream().map(MatchCandidate::of).collect(Collectors.toList()))
        .build());
    if (!result.unmatchedMentees().isEmpty()) {
      throw InvalidInputException.of("mentees", "not every mentee could be paired:\n"
          + result.explain());
    }
    Map<PersonId, Person> people = byId(mentors, mentees);
    Map<PersonId, MentorPair> byMentee = result.pairs().stream()
        .collect(Collectors.toMap(MentorPair::mentee, Function.identity()));
    ImmutableList.Builder<Match> out = ImmutableList.builder();
    for (Person mentee : mentees) {
      MentorPair pair = requireNonNull(byMentee.get(mentee.id()));
      out.add(new Match(requireNonNull(people.get(pair.mentor())), mentee, pair.explanation().toString()));
    }
    return out.build();
  }

  /**
   * Groups people into a fixed number of circles within the circles' bounds, as diverse as
   * possible across organisations, regions and experience.
   *
   * @param people the members to group; facilitators are added to circles separately, apart
   *     from the members
   * @param circles the number of circles, at least 1
   * @param minSize the fewest members of a circle
   * @param maxSize the most members of a circle
   * @param minExperienced the fewest experienced members of a circle
   * @param minNovices the fewest novices of a circle
   * @return the members of each circle
   * @throws InvalidInputException when somebody cannot be placed, with the matcher's reason
   */
  public static ImmutableList<ImmutableList<CircleMember>> formCircles(List<Person> people,
      int circles, int minSize, int maxSize, int minExperienced, int minNovices) {
    CircleResult result = Circles.form(CircleRequest.builder()
        .people(people.stream().map(MatchCandidate::of).collect(Collectors.toList()))
        .circleCount(circles)
        .composition(CircleComposition.builder().minSize(minSize).maxSize(maxSize)
            .minExperienced(minExperienced).minNovices(minNovices).minFacilitators(0).build())
        .seed(2024).build());
    if (!result.unplaced().isEmpty() || result.circles().size() != circles) {
      throw InvalidInputException.of("circles", "the circles could not be formed as planned:\n"
          + result.explain());
    }
    return result.circles().stream().map(Circle::memberLevels)
        .collect(ImmutableList.toImmutableList());
  }

  private static Map<PersonId, Person> byId(List<Person> a, List<Person> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream())
        .collect(Collectors.toMap(Person::id, Function.identity(), (x, y) -> x));
  }
}
