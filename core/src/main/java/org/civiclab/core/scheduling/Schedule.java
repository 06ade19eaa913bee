package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A placement for every demand, with the score and the violations that make it up. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Schedule implements WithSchedule {

  /** @return each demand's placement, by demand id, in the problem's order */
  public abstract ImmutableMap<String, Placement> placements();

  /** @return the score: the sum of the violations' penalties per level */
  public abstract Score score();

  /** @return every violation, hard ones first */
  public abstract ImmutableList<Violation> violations();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Schedule} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSchedule.Builder {
    Builder() {}
  }

  /** @return whether no hard rule is broken */
  public boolean isFeasible() {
    return score().isFeasible();
  }

  /**
   * @param demandId a demand's id
   * @return its placement, if the demand is known
   */
  public Optional<Placement> placementOf(String demandId) {
    return Optional.ofNullable(placements().get(demandId));
  }

  /** @return the hard violations only */
  public ImmutableList<Violation> hardViolations() {
    return violations().stream().filter(v -> v.level() == Level.HARD)
        .collect(ImmutableList.toImmutableList());
  }
}
