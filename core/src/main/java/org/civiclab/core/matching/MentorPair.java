package org.civiclab.core.matching;

import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * One mentor-mentee pair chosen by {@link Pairings}, with its score broken down by term and the
 * hard rules it satisfies, for example "shared interests (data) +3, common language (sv) +2;
 * different unit required".
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class MentorPair {

  /** @return the mentor */
  public abstract PersonId mentor();

  /** @return the mentee */
  public abstract PersonId mentee();

  /** @return why this pair: scored terms and the rules it meets */
  public abstract Explanation explanation();

  /** @return the pair's score, the sum of its explanation's terms */
  public long score() {
    return explanation().score();
  }

  /** @return a fresh builder */
  public static ImmutableMentorPair.Builder builder() {
    return ImmutableMentorPair.builder();
  }

  @Override
  public String toString() {
    return mentor() + " -> " + mentee() + " (score " + score() + ": " + explanation() + ")";
  }
}
