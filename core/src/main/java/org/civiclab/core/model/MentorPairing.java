package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A mentor and a mentee who meet at a cadence over a period, such as a student mentoring an
 * agency manager twice a term for a year (reverse mentoring). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class MentorPairing implements WithMentorPairing {

  /** @return the pairing's id */
  public abstract PairingId id();

  /** @return who mentors */
  public abstract PersonId mentor();

  /** @return who is mentored */
  public abstract PersonId mentee();

  /** @return conventional, reverse or peer mentoring */
  public abstract PairingDirection direction();

  /** @return how often the pair meets */
  public abstract Cadence cadence();

  /** @return the pairing's days */
  public abstract DateRange period();

  /** @return the meetings planned or held */
  public abstract ImmutableList<Meeting> meetings();

  /** @return why these two were paired, as the matcher explained it, if known */
  public abstract Optional<String> rationale();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code MentorPairing} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableMentorPairing.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!mentor().equals(mentee()), "mentee",
        "mentee " + mentee() + " is also the mentor; a person cannot mentor themselves");
    c.unique(meetings(), Meeting::id, "meetings", "id");
    rationale().ifPresent(r -> c.text(r, "rationale"));
    for (int i = 0; i < meetings().size(); i++) {
      Meeting m = meetings().get(i);
      c.require(period().contains(m.when().day()), "meetings[" + i + "].when",
          "meeting on " + m.when().day() + " is outside the pairing's period " + period());
    }
    c.done();
  }
}
