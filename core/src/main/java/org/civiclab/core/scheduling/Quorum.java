package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A group of people of whom at least some must be free for a demand: every sector at a
 * reflection meeting (at least one of its representatives), two of the five board members at a
 * decision, one of the three trainers at a workshop.
 *
 * <p>A member counts as free when the demand's time lies in their working hours and off their
 * days off, and no other event they are required at overlaps it. {@link Rules#quorum()} holds
 * the least number (hard); {@link Rules#quorumTurnout()} asks for as many members as possible
 * (soft). Members are not required attendees: none of them alone holds the demand back.
 * Immutable.
 *
 * {@snippet :
 * Demand meeting = Demand.builder().id("reflection").durationGrains(6)
 *     .addQuorums(Quorum.of("government", "ana", "ivan"), Quorum.of("media", "lela"))
 *     .build();
 * }
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Quorum implements WithQuorum {

  /** @return what a coordinator calls the group, such as {@code government} */
  public abstract String name();

  /** @return the members' participant ids, in order, each once */
  public abstract ImmutableSet<String> members();

  /** @return how many members must be free, at least 1 and at most the members; 1 by default */
  @Value.Default
  public int atLeast() {
    return 1;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Quorum} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableQuorum.Builder {
    Builder() {}
  }

  /**
   * A group of which at least one member must be free.
   *
   * @param name the group's name
   * @param members the members' participant ids
   * @return the quorum
   */
  public static Quorum of(String name, String... members) {
    return builder().name(name).addMembers(members).build();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!name().isBlank(), "name", "must not be blank");
    c.require(!members().isEmpty(), "members", "a quorum needs at least one member");
    c.require(atLeast() >= 1 && atLeast() <= Math.max(1, members().size()), "atLeast",
        "at least " + atLeast() + " of " + members().size() + " members cannot be asked for");
    c.done();
  }
}
