package org.civiclab.core.commitment;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.ActionStatus;
import org.immutables.value.Value;

/** One dated step of an action's status history, with its evidence. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class StatusChange implements WithStatusChange {

  /** @return the day the status changed */
  public abstract LocalDate on();

  /** @return the status from that day */
  public abstract ActionStatus status();

  /** @return what shows it, such as a letter, a link or minutes of a meeting */
  public abstract Optional<String> evidence();

  /**
   * @param on the day
   * @param status the status
   * @return the change, without evidence
   */
  public static StatusChange of(LocalDate on, ActionStatus status) {
    return builder().on(on).status(status).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code StatusChange} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableStatusChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    evidence().ifPresent(e -> c.visibleText(e, "evidence"));
    c.done();
  }
}
