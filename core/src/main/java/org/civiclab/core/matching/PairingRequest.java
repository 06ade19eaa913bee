package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.matching.spi.PairScorer;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * Everything a mentor pairing needs: the two sides, how many mentees each mentor takes, the hard
 * exclusions, the scorer and, for a stable matching, each side's rankings.
 *
 * <p>Hard exclusions, each on by default except the explicit list: mentor and mentee in the same
 * unit of the same organisation; one reporting to the other, or both to the same manager (the
 * same reporting line); no common language; pairs listed in {@link #forbiddenPairs()}. A person
 * never mentors themselves. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class PairingRequest implements WithPairingRequest {

  /** @return the mentors, each with distinct id */
  public abstract ImmutableList<MatchCandidate> mentors();

  /** @return the mentees, each with distinct id */
  public abstract ImmutableList<MatchCandidate> mentees();

  /** @return how many mentees a mentor takes unless {@link #capacities()} says otherwise; 1 */
  @Value.Default
  public int mentorCapacity() {
    return 1;
  }

  /** @return per-mentor capacities overriding {@link #mentorCapacity()} */
  public abstract ImmutableMap<PersonId, Integer> capacities();

  /** @return explicitly forbidden pairs, mentor to mentees */
  public abstract ImmutableSetMultimap<PersonId, PersonId> forbiddenPairs();

  /** @return whether mentor and mentee of the same unit are excluded; true */
  @Value.Default
  public boolean excludeSameUnit() {
    return true;
  }

  /** @return whether pairs within one reporting line are excluded; true */
  @Value.Default
  public boolean excludeReportingLine() {
    return true;
  }

  /** @return whether mentor and mentee must share a language; true */
  @Value.Default
  public boolean requireCommonLanguage() {
    return true;
  }

  /** @return the scorer; {@link PairScorer#standard()} unless given */
  @Value.Default
  @Value.Auxiliary
  public PairScorer scorer() {
    return PairScorer.standard();
  }

  /**
   * For {@link Pairings#stable}: each mentor's mentees, best first. Unranked mentees are not
   * acceptable to that mentor.
   *
   * @return the mentors' rankings
   */
  public abstract ImmutableListMultimap<PersonId, PersonId> mentorRankings();

  /**
   * For {@link Pairings#stable}: each mentee's mentors, best first. Unranked mentors are not
   * acceptable to that mentee.
   *
   * @return the mentees' rankings
   */
  public abstract ImmutableListMultimap<PersonId, PersonId> menteeRankings();

  /**
   * How many mentees a mentor takes.
   *
   * @param mentor a mentor's id
   * @return the mentor's capacity
   */
  public int capacityOf(PersonId mentor) {
    return capacities().getOrDefault(mentor, mentorCapacity());
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code PairingRequest} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePairingRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    Set<PersonId> mentorIds = unique(mentors(), "mentors", c);
    Set<PersonId> menteeIds = unique(mentees(), "mentees", c);
    c.require(mentorCapacity() >= 0, "mentorCapacity",
        "must not be negative, got " + mentorCapacity());
    for (Map.Entry<PersonId, Integer> e : capacities().entrySet()) {
      c.require(mentorIds.contains(e.getKey()), "capacities[" + e.getKey() + "]",
          e.getKey() + " is not a mentor");
      c.require(e.getValue() >= 0, "capacities[" + e.getKey() + "]",
          "must not be negative, got " + e.getValue());
    }
    for (Map.Entry<PersonId, PersonId> e : forbiddenPairs().entries()) {
      c.require(mentorIds.contains(e.getKey()), "forbiddenPairs[" + e.getKey() + "]",
          e.getKey() + " is not a mentor");
      c.require(menteeIds.contains(e.getValue()), "forbiddenPairs[" + e.getKey() + "]",
          e.getValue() + " is not a mentee");
    }
    rankings(mentorRankings(), mentorIds, menteeIds, "mentorRankings", "mentor", "mentee", c);
    rankings(menteeRankings(), menteeIds, mentorIds, "menteeRankings", "mentee", "mentor", c);
    c.done();
  }

  private static Set<PersonId> unique(ImmutableList<MatchCandidate> people, String path,
      Checks c) {
    Set<PersonId> ids = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      PersonId id = people.get(i).id();
      c.require(ids.add(id), path + "[" + i + "]", "duplicate person " + id);
    }
    return ids;
  }

  private static void rankings(ImmutableListMultimap<PersonId, PersonId> ranks,
      Set<PersonId> owners, Set<PersonId> others, String path, String owner, String other,
      Checks c) {
    for (PersonId who : ranks.keySet()) {
      String at = path + "[" + who + "]";
      c.require(owners.contains(who), at, who + " is not a " + owner);
      Set<PersonId> seen = new HashSet<>();
      for (PersonId ranked : ranks.get(who)) {
        c.require(others.contains(ranked), at, ranked + " is not a " + other);
        c.require(seen.add(ranked), at, ranked + " is ranked twice");
      }
    }
  }
}
