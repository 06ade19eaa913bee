package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A population table for one attribute: how many people of the whole population have each
 * value. A {@link SelectionRequest} turns it into proportional quotas: a value with share s of
 * the population gets between {@code floor(s·N)} and {@code ceil(s·N)} of a panel of N. The
 * table must cover every value that an applicant has. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Population implements WithPopulation {

  /** @return the attribute's name */
  @Value.Parameter(order = 0)
  public abstract String attribute();

  /** @return the number of people with each value, each positive */
  @Value.Parameter(order = 1)
  public abstract ImmutableMap<String, Long> counts();

  /**
   * @param attribute the attribute's name
   * @param counts the number of people with each value
   * @return the table
   */
  public static Population table(String attribute, Map<String, Long> counts) {
    return ImmutablePopulation.of(attribute, counts);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.text(attribute(), "attribute");
    c.require(!counts().isEmpty(), "counts", "must name at least one value");
    counts().forEach((v, n) -> {
      if (c.text(v, "counts")) {
        c.require(n > 0, "counts." + Checks.key(v), "must be positive, got " + n);
      }
    });
    c.done();
  }
}
