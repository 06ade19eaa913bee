package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A member of a learning circle with the experience they bring. Immutable. */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class CircleMember implements WithCircleMember {

  /** @return who */
  @Value.Parameter(order = 0)
  public abstract PersonId person();

  /** @return their experience */
  @Value.Parameter(order = 1)
  public abstract ExperienceLevel level();

  /**
   * @param person who
   * @param level their experience
   * @return the member
   */
  public static CircleMember of(PersonId person, ExperienceLevel level) {
    return ImmutableCircleMember.of(person, level);
  }
}
