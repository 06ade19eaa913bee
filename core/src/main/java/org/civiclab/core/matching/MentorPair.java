package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
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
@API(status = STABLE, since = "0.1.0")
public abstract class MentorPair implements WithMentorPair {

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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code MentorPair} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableMentorPair.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return mentor() + " -> " + mentee() + " (score " + score() + ": " + explanation() + ")";
  }
}
