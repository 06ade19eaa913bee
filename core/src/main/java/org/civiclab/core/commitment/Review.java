package org.civiclab.core.commitment;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.EventId;
import org.immutables.value.Value;

/** A later meeting's look at a commitment: where, when, and what it concluded. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Review implements WithReview {

  /** @return the reviewing meeting */
  public abstract EventId at();

  /** @return the day of the review */
  public abstract LocalDate on();

  /** @return what the review concluded, if noted */
  public abstract Optional<String> note();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Review} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableReview.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    note().ifPresent(n -> c.visibleText(n, "note"));
    c.done();
  }
}
