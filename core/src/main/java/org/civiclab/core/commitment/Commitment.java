package org.civiclab.core.commitment;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.immutables.value.Value;

/**
 * A finding, recommendation or decision recorded at a meeting, with its follow-up actions and
 * the later meetings that reviewed it. Immutable.
 *
 * <p>Construction checks that action ids are unique, that no status change or review comes
 * before the day the commitment was made, and that reviews happen after it, in date order.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Commitment implements WithCommitment {

  /** @return the commitment's id, unique within its program */
  public abstract CommitmentId id();

  /** @return what it records */
  public abstract CommitmentKind kind();

  /** @return the finding, recommendation or decision in words */
  public abstract String text();

  /** @return a category such as {@code water} or {@code training}, if any */
  public abstract Optional<String> category();

  /** @return the meeting it was made at: any event of the program */
  public abstract EventId madeAt();

  /** @return the day it was made */
  public abstract LocalDate madeOn();

  /** @return the follow-up actions */
  public abstract ImmutableList<Action> actions();

  /** @return reviews at later meetings, in date order */
  public abstract ImmutableList<Review> reviews();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Commitment} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(text(), "text");
    category().ifPresent(x -> c.visibleText(x, "category"));
    c.unique(actions(), Action::id, "actions", "id");
    for (int a = 0; a < actions().size(); a++) {
      for (int h = 0; h < actions().get(a).history().size(); h++) {
        LocalDate on = actions().get(a).history().get(h).on();
        c.require(!on.isBefore(madeOn()), "actions[" + a + "].history[" + h + "].on",
            "status change on " + on + " is before the commitment was made on " + madeOn());
      }
    }
    for (int r = 0; r < reviews().size(); r++) {
      Review rv = reviews().get(r);
      c.require(rv.on().isAfter(madeOn()), "reviews[" + r + "].on",
          "a review on " + rv.on() + " must come after the commitment was made on " + madeOn());
      c.require(!rv.at().equals(madeAt()), "reviews[" + r + "].at",
          "a review happens at a later meeting, not at the one the commitment was made at");
      if (r > 0) {
        c.require(!rv.on().isBefore(reviews().get(r - 1).on()), "reviews[" + r + "].on",
            "reviews come in date order");
      }
    }
    c.done();
  }
}
