package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * An organisation that hosts exchange visits or internships: how many visitors it takes in
 * total, its themes, and when it can receive them.
 *
 * <p>A visit fits a host when the visitor's dates lie entirely inside one of the host's windows
 * (any dates when no window is given). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Host implements WithHost {

  /** @return the host organisation */
  public abstract OrganizationId organization();

  /** @return how many visitors the host takes over the whole program; at least 0 */
  public abstract int capacity();

  /** @return the themes the host works on */
  public abstract ImmutableSet<String> themes();

  /** @return when the host can receive visitors; empty means any time */
  public abstract ImmutableList<DateRange> windows();

  /**
   * @param dates a visit's dates
   * @return whether the visit lies inside one of the host's windows
   */
  public boolean receives(DateRange dates) {
    return windows().isEmpty() || windows().stream().anyMatch(w -> w.contains(dates));
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Host} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableHost.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(capacity() >= 0, "capacity", "must not be negative, got " + capacity());
  }

  @Override
  public String toString() {
    return organization().value();
  }
}
