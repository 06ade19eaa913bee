package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One of the groups a session is held as at the same time: a breakout group of a workshop with
 * its own facilitator and its own room or online breakout.
 *
 * <p>The participants it names go to it; the session's other participants are shared out among
 * its groups by the planner, evenly, in enrolment order. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class SessionGroup implements WithSessionGroup {

  /** @return the group's name, unique within its session, such as {@code A} or {@code budgets} */
  public abstract String name();

  /** @return the people who lead this group */
  public abstract ImmutableSet<PersonId> facilitators();

  /** @return the participants given to this group; the planner shares out the others */
  public abstract ImmutableSet<PersonId> participants();

  /** @return its room, for on-site and hybrid sessions; any of the program's venues if empty */
  public abstract Optional<VenueId> venue();

  /** @return its online breakout, for online and hybrid sessions */
  public abstract Optional<URI> onlineLink();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code SessionGroup} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSessionGroup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!name().isBlank(), "name", "must not be blank");
    c.text(name(), "name");
    onlineLink().ifPresent(u -> c.require("https".equals(u.getScheme())
        || "http".equals(u.getScheme()), "onlineLink", "'" + u + "' is not an http(s) link"));
    c.done();
  }
}
