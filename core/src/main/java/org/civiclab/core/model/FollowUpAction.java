package org.civiclab.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/** What is done about a finding, with which partner, by when, and how far it got. Immutable. */
@Value.Immutable
public abstract class FollowUpAction {

  /** @return the finding it answers */
  public abstract FindingId finding();

  /** @return the partner organisation acting on it */
  public abstract OrganizationId partner();

  /** @return what is to be done */
  public abstract String action();

  /** @return the agreed date, if any */
  public abstract Optional<LocalDate> due();

  /** @return how far it got */
  public abstract ActionStatus status();

  /** @return a fresh builder */
  public static ImmutableFollowUpAction.Builder builder() {
    return ImmutableFollowUpAction.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(action(), "action");
  }
}
