package org.civiclab.core.matching;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * One visitor placed with one host by {@link Exchanges}, with the score by term and the rules
 * the placement satisfies.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class Placement {

  /** @return the visitor */
  public abstract PersonId visitor();

  /** @return the host organisation */
  public abstract OrganizationId host();

  /** @return the days of the visit */
  public abstract DateRange dates();

  /** @return the scored terms */
  public abstract ImmutableList<ScoreTerm> terms();

  /** @return the hard rules met, in plain words */
  public abstract ImmutableList<String> notes();

  /** @return the sum of the terms */
  @Value.Derived
  public long score() {
    return terms().stream().mapToLong(ScoreTerm::points).sum();
  }

  /** @return a fresh builder */
  public static ImmutablePlacement.Builder builder() {
    return ImmutablePlacement.builder();
  }

  /** @return the terms and notes as one line */
  public String explanation() {
    String scored = terms().isEmpty() ? "no scored terms"
        : terms().stream().map(ScoreTerm::toString).collect(Collectors.joining(", "));
    return notes().isEmpty() ? scored : scored + "; " + String.join(", ", notes());
  }

  @Override
  public String toString() {
    return visitor() + " at " + host() + " " + dates() + " (" + explanation() + ")";
  }
}
