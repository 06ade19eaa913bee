package org.civiclab.core.matching;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
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

  /** @return the scored terms; the pair's score is their sum */
  public abstract ImmutableList<ScoreTerm> terms();

  /** @return unscored reasons: hard rules met, ranks given in a stable matching */
  public abstract ImmutableList<String> notes();

  /** @return the pair's score, the sum of its terms */
  @Value.Derived
  public long score() {
    return terms().stream().mapToLong(ScoreTerm::points).sum();
  }

  /** @return a fresh builder */
  public static ImmutableMentorPair.Builder builder() {
    return ImmutableMentorPair.builder();
  }

  /** @return the terms and notes as one line, such as {@code common language (sv) +2; ...} */
  public String explanation() {
    String scored = terms().isEmpty() ? "no scored terms"
        : terms().stream().map(ScoreTerm::toString).collect(Collectors.joining(", "));
    return notes().isEmpty() ? scored : scored + "; " + String.join(", ", notes());
  }

  @Override
  public String toString() {
    return mentor() + " -> " + mentee() + " (score " + score() + ": " + explanation() + ")";
  }
}
