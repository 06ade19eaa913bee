package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * The yearly self-reflection meeting where civil society, government, private sector, media
 * and academia review achievements and challenges. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class ReflectionMeeting implements WithReflectionMeeting {

  /** @return the meeting's id */
  public abstract EventId id();

  /** @return when */
  public abstract TimeSpan when();

  /**
   * The days the planner may place the meeting in, such as the season a mountain community can be
   * reached: when present, {@link #when()} is only its proposed time and its length, and the
   * planner moves it inside this window; when absent, the time is agreed and stays.
   *
   * @return the window, if the time is open
   */
  public abstract Optional<DateRange> window();

  /** @return where, if on site */
  public abstract Optional<VenueId> venue();

  /** @return who was represented */
  public abstract ImmutableList<Representation> participants();

  /** @return the themes discussed */
  public abstract ImmutableList<String> themes();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code ReflectionMeeting} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableReflectionMeeting.Builder {
    Builder() {}
  }

  /** @return the sectors represented */
  @Value.Lazy
  public ImmutableSet<Sector> sectors() {
    return participants().stream().map(Representation::sector)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!participants().isEmpty(), "participants",
        "a reflection meeting needs participants");
    c.texts(themes(), "themes", false);
    c.done();
  }
}
