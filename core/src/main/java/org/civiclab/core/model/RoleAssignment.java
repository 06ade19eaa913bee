package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A person's role in a program, optionally limited to one module and made on behalf of an
 * organisation (a guest speaker from a ministry, say). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class RoleAssignment implements WithRoleAssignment {

  /** @return who */
  public abstract PersonId person();

  /** @return in what role */
  public abstract Role role();

  /** @return the module the role is limited to, if any */
  public abstract Optional<ModuleId> module();

  /** @return the organisation the person acts for in this role, if any */
  public abstract Optional<OrganizationId> onBehalfOf();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code RoleAssignment} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableRoleAssignment.Builder {
    Builder() {}
  }

  /**
   * A role for the whole program.
   *
   * @param person who
   * @param role what
   * @return the assignment
   */
  public static RoleAssignment of(PersonId person, Role role) {
    return builder().person(person).role(role).build();
  }
}
