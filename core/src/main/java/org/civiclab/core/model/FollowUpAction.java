package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/** What is done about a finding, with which partner, by when, and how far it got. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class FollowUpAction implements WithFollowUpAction {

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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code FollowUpAction} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableFollowUpAction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(action(), "action");
  }
}
