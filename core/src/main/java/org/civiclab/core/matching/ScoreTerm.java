package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One named part of a score, such as "shared interests (climate, youth) +6".
 *
 * <p>A scorer returns a list of terms; the score of a pair is their sum, and the list is the
 * explanation shown to a coordinator. Immutable.
 */
@Value.Immutable(builder = false, copy = false)
@API(status = STABLE, since = "0.1.0")
public abstract class ScoreTerm {

  /** @return what the term rewards or penalises, in plain words */
  @Value.Parameter(order = 0)
  public abstract String label();

  /** @return the points, negative for a penalty */
  @Value.Parameter(order = 1)
  public abstract long points();

  /**
   * A named term.
   *
   * @param label what is rewarded, in plain words
   * @param points the points, negative for a penalty
   * @return the term
   * @throws org.civiclab.core.InvalidInputException when the label is blank
   */
  public static ScoreTerm of(String label, long points) {
    return ImmutableScoreTerm.of(label, points);
  }

  @Value.Check
  void check() {
    Checks.notBlank(label(), "label");
  }

  /** @return for example {@code common language (sv) +2} */
  @Override
  public String toString() {
    return label() + " " + (points() >= 0 ? "+" : "") + points();
  }
}
