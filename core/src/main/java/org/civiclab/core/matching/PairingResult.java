package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The outcome of a mentor pairing: the pairs with their explanations and everyone left
 * unmatched with the reason.
 *
 * <p>Pairs are ordered by mentor id, then mentee id. Every mentee of the request is in exactly
 * one pair or in {@link #unmatchedMentees()}; every mentor with no pair at all is in
 * {@link #unmatchedMentors()}. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class PairingResult implements WithPairingResult {

  /** @return the pairs */
  public abstract ImmutableList<MentorPair> pairs();

  /** @return mentees without a mentor, with the reason */
  public abstract ImmutableList<Unmatched> unmatchedMentees();

  /** @return mentors without any mentee, with the reason */
  public abstract ImmutableList<Unmatched> unmatchedMentors();

  /** @return how the pairs were found, such as "optimal assignment" */
  public abstract String method();

  /** @return the sum of the pairs' scores */
  @Value.Derived
  public long totalScore() {
    return pairs().stream().mapToLong(MentorPair::score).sum();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code PairingResult} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePairingResult.Builder {
    Builder() {}
  }

  /** @return a multi-line report: one line per pair, then one per person left out */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(method()).append(": ").append(pairs().size()).append(" pairs, total score ")
        .append(totalScore()).append('\n');
    for (MentorPair p : pairs()) {
      sb.append("  ").append(p).append('\n');
    }
    for (Unmatched u : unmatchedMentees()) {
      sb.append("  mentee unmatched ").append(u).append('\n');
    }
    for (Unmatched u : unmatchedMentors()) {
      sb.append("  mentor unmatched ").append(u).append('\n');
    }
    return sb.toString();
  }
}
