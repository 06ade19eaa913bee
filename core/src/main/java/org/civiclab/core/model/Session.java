package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * One event of a module: a lecture, workshop, gallery walk, study visit, group discussion,
 * guest talk or networking slot.
 *
 * <p>A session may be planned ({@link #when()} present) or still to be placed by the
 * scheduler, in which case its {@link #duration()} is required. On-site sessions name a venue
 * (once placed), online sessions a link; hybrid sessions may have both. Within its module a
 * session may come after others ({@link #after()}) or open or close it ({@link #position()}).
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Session implements WithSession {

  /** @return the session's id, unique across the program's events */
  public abstract EventId id();

  /** @return the title */
  public abstract LocalizedText title();

  /** @return the teaching format */
  public abstract SessionFormat format();

  /** @return where it happens */
  public abstract DeliveryMode mode();

  /** @return when it happens, once planned */
  public abstract Optional<TimeSpan> when();

  /**
   * How long the session lasts: the planned span's length unless given. A session without a
   * time must be given a positive duration, so that the scheduler can place it.
   *
   * @return the length
   */
  @Value.Default
  public Duration duration() {
    return when().map(TimeSpan::duration).orElse(Duration.ZERO);
  }

  /** @return the venue, for on-site and hybrid sessions once placed */
  public abstract Optional<VenueId> venue();

  /** @return the online link, for online and hybrid sessions */
  public abstract Optional<URI> onlineLink();

  /** @return the organisation visited, for study visits */
  public abstract Optional<OrganizationId> host();

  /** @return the people who lead the session */
  public abstract ImmutableSet<PersonId> facilitators();

  /** @return guest speakers */
  public abstract ImmutableSet<PersonId> speakers();

  /**
   * The sessions of the same module that must end before this one starts, such as the lecture a
   * workshop builds on. The module checks that they exist and that the order has no cycle.
   *
   * @return the ids of the sessions this one comes after; empty by default
   */
  public abstract ImmutableSet<EventId> after();

  /**
   * Whether the session opens or closes its module: a first session ends before the module's
   * other sessions start, a last one starts after they end.
   *
   * @return its place; {@link SessionPosition#ANYWHERE} by default
   */
  @Value.Default
  public SessionPosition position() {
    return SessionPosition.ANYWHERE;
  }

  /**
   * The groups the session is held as, all at the same time (breakout groups of a workshop),
   * each with its facilitator and room or online breakout. The session's own facilitators and
   * speakers are planned with the first group. Empty: the session is held as one.
   *
   * @return the groups; empty by default, else at least two with distinct names
   */
  public abstract ImmutableList<SessionGroup> groups();

  /** @return whether every participant is expected to attend */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Session} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSession.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    if (when().isEmpty() && duration().isZero()) {
      c.add("duration", "is required while the session has no time ('when')");
    } else {
      c.require(!duration().isNegative() && !duration().isZero(), "duration",
          "duration " + duration() + " must be positive");
    }
    when().ifPresent(w -> c.require(w.duration().equals(duration()), "duration",
        "duration " + duration() + " differs from the planned span " + w + " (" + w.duration()
            + ")"));
    c.require(mode() != DeliveryMode.ONLINE || venue().isEmpty(), "venue",
        "an online session has no venue, got " + venue().map(Object::toString).orElse(""));
    c.require(mode() != DeliveryMode.ON_SITE || onlineLink().isEmpty(), "onlineLink",
        "an on-site session has no online link, got " + onlineLink().map(Object::toString)
            .orElse(""));
    c.require(!after().contains(id()), "after", "session '" + id() + "' cannot come after itself");
    c.require(groups().size() != 1, "groups", "a session held as groups has at least two");
    Set<String> names = new HashSet<>();
    Set<PersonId> placed = new HashSet<>();
    for (int i = 0; i < groups().size(); i++) {
      SessionGroup g = groups().get(i);
      c.require(names.add(g.name()), "groups[" + i + "].name", "group name '" + g.name()
          + "' is used twice");
      c.require(mode() != DeliveryMode.ONLINE || g.venue().isEmpty(), "groups[" + i + "].venue",
          "an online session's group has no venue");
      c.require(mode() != DeliveryMode.ON_SITE || g.onlineLink().isEmpty(),
          "groups[" + i + "].onlineLink", "an on-site session's group has no online link");
      for (PersonId p : g.participants()) {
        c.require(placed.add(p), "groups[" + i + "].participants", "'" + p.value()
            + "' is in two groups");
      }
    }
    onlineLink().ifPresent(u -> c.text(u.toString(), "onlineLink"));
    onlineLink().ifPresent(u -> c.require("https".equals(u.getScheme())
        || "http".equals(u.getScheme()), "onlineLink", "'" + u + "' is not an http(s) link"));
    c.done();
  }
}
