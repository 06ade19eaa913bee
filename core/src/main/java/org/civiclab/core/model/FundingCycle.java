package org.civiclab.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The funding application behind one edition, such as the yearly application to the Swedish
 * Institute. Immutable.
 */
@Value.Immutable
public abstract class FundingCycle {

  /** @return the funder */
  public abstract OrganizationId funder();

  /** @return the name of the call or grant */
  public abstract String call();

  /** @return the application deadline, if known */
  public abstract Optional<LocalDate> applicationDeadline();

  /** @return the state of the application */
  public abstract FundingStatus status();

  /** @return a fresh builder */
  public static ImmutableFundingCycle.Builder builder() {
    return ImmutableFundingCycle.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(call(), "call");
  }
}
