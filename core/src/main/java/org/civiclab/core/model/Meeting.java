package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * A planned meeting of a mentor pair or a learning circle: when, where, and whether it was
 * held. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Meeting implements WithMeeting {

  /** @return the meeting's id, unique across the program's events */
  public abstract EventId id();

  /** @return when */
  public abstract TimeSpan when();

  /** @return where */
  public abstract DeliveryMode mode();

  /** @return the venue of an on-site or hybrid meeting, if fixed */
  public abstract Optional<VenueId> venue();

  /** @return the link of an online or hybrid meeting, if known */
  public abstract Optional<URI> onlineLink();

  /** @return whether it is planned, was held or was cancelled */
  @Value.Default
  public MeetingStatus status() {
    return MeetingStatus.PLANNED;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Meeting} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(mode() != DeliveryMode.ONLINE || venue().isEmpty(), "venue",
        "an online meeting has no venue");
    c.require(mode() != DeliveryMode.ON_SITE || onlineLink().isEmpty(), "onlineLink",
        "an on-site meeting has no online link");
    onlineLink().ifPresent(u -> c.text(u.toString(), "onlineLink"));
    c.done();
  }
}
