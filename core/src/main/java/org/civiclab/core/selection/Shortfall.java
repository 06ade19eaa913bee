package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why no panel keeps the quotas: a stratum with too few applicants, an attribute whose
 * maximums leave seats empty, too few applicants overall, or quotas that each hold alone but
 * not together. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Shortfall implements WithShortfall {

  /** @return the stratum short of applicants, if one is */
  public abstract Optional<Stratum> stratum();

  /** @return how many applicants (or seats) are missing, 0 when no count applies */
  public abstract int missing();

  /** @return a sentence a coordinator understands */
  public abstract String message();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Shortfall} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableShortfall.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return message();
  }
}
