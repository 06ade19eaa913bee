package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * Everything exchange-host assignment needs: the visitors, the hosts and whether a visitor must
 * share a theme with their host.
 *
 * <p>Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class ExchangeRequest implements WithExchangeRequest {

  /** @return the visitors, each person once */
  public abstract ImmutableList<Visitor> visitors();

  /** @return the hosts, each organisation once */
  public abstract ImmutableList<Host> hosts();

  /** @return whether a visitor needs at least one theme in common with the host; true */
  @Value.Default
  public boolean requireThematicFit() {
    return true;
  }

  /** @return points for each theme a visitor and host share; 3 */
  @Value.Default
  public int pointsPerSharedTheme() {
    return 3;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code ExchangeRequest} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableExchangeRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    Set<PersonId> people = new HashSet<>();
    for (int i = 0; i < visitors().size(); i++) {
      PersonId p = visitors().get(i).person();
      c.require(people.add(p), "visitors[" + i + "]", "duplicate visitor " + p);
    }
    Set<OrganizationId> orgs = new HashSet<>();
    for (int i = 0; i < hosts().size(); i++) {
      OrganizationId o = hosts().get(i).organization();
      c.require(orgs.add(o), "hosts[" + i + "]", "duplicate host " + o);
    }
    c.require(pointsPerSharedTheme() >= 0, "pointsPerSharedTheme",
        "must not be negative, got " + pointsPerSharedTheme());
    c.done();
  }
}
