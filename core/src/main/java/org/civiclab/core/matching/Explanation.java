package org.civiclab.core.matching;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Why a matching made one choice: the scored terms, whose points sum to the choice's score, and
 * unscored notes such as the hard rules it satisfies or the ranks both sides gave.
 *
 * <p>Shown to coordinators as one line, for example "shared interests (data) +3, common
 * language (sv) +2; different unit required". Immutable.
 */
@Value.Immutable
public abstract class Explanation {

  /** @return the scored terms */
  public abstract ImmutableList<ScoreTerm> terms();

  /** @return unscored reasons: hard rules met, ranks given */
  public abstract ImmutableList<String> notes();

  /** @return the score, the sum of the terms' points */
  @Value.Derived
  public long score() {
    return terms().stream().mapToLong(ScoreTerm::points).sum();
  }

  /** @return a fresh builder */
  public static ImmutableExplanation.Builder builder() {
    return ImmutableExplanation.builder();
  }

  /** @return the terms, then the notes after a semicolon, on one line */
  @Override
  public String toString() {
    String scored = terms().isEmpty() ? "no scored terms"
        : terms().stream().map(ScoreTerm::toString).collect(Collectors.joining(", "));
    return notes().isEmpty() ? scored : scored + "; " + String.join(", ", notes());
  }
}
