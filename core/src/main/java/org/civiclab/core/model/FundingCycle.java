package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The funding application behind one edition, such as the yearly application to the Swedish
 * Institute. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class FundingCycle implements WithFundingCycle {

  /** @return the funder */
  public abstract OrganizationId funder();

  /** @return the name of the call or grant */
  public abstract String call();

  /** @return the application deadline, if known */
  public abstract Optional<LocalDate> applicationDeadline();

  /** @return the state of the application */
  public abstract FundingStatus status();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code FundingCycle} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableFundingCycle.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(call(), "call");
  }
}
