package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why a matching made one choice: the scored terms, whose points sum to the choice's score, and
 * unscored notes such as the hard rules it satisfies or the ranks both sides gave.
 *
 * <p>Shown to coordinators as one line, for example "shared interests (data) +3, common
 * language (sv) +2; different unit required". Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Explanation implements WithExplanation {

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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Explanation} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }

  /** @return the terms, then the notes after a semicolon, on one line */
  @Override
  public String toString() {
    String scored = terms().isEmpty() ? "no scored terms"
        : terms().stream().map(ScoreTerm::toString).collect(Collectors.joining(", "));
    return notes().isEmpty() ? scored : scored + "; " + String.join(", ", notes());
  }
}
