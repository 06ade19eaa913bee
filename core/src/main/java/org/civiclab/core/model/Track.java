package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A cohort of one edition, such as the Western Balkans track with a focus on global
 * governance: who may join and what it focuses on. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Track implements WithTrack {

  /** @return the track's id */
  public abstract TrackId id();

  /** @return the track's name */
  public abstract LocalizedText name();

  /** @return its thematic focus */
  public abstract LocalizedText focus();

  /** @return who may join */
  @Value.Default
  public Eligibility eligibility() {
    return Eligibility.anyone();
  }

  /** @return the most participants the track takes, if limited */
  public abstract Optional<Integer> capacity();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Track} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableTrack.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    capacity().ifPresent(n -> Checks.check(n >= 1, "capacity",
        "capacity " + n + " must be at least 1"));
  }
}
