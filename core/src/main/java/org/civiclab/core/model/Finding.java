package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/** A problem or need raised by residents at an outreach meeting. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Finding implements WithFinding {

  /** @return the finding's id, unique within its meeting */
  public abstract FindingId id();

  /** @return the issue, as residents put it */
  public abstract String issue();

  /** @return a category such as {@code water} or {@code roads}, if assigned */
  public abstract Optional<String> category();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Finding} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(issue(), "issue");
    category().ifPresent(x -> c.text(x, "category"));
    c.done();
  }
}
