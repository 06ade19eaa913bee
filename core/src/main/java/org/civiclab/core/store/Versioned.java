package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A stored value with the version it has in the store.
 *
 * <p>Versions start at 1 when an aggregate is first saved and grow by one with every save; a
 * writer passes the version it read to {@link ProgramStore#save}, and loses with a
 * {@link org.civiclab.core.ConcurrentUpdateException} if someone saved in between. Immutable.
 *
 * @param <T> the stored type
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Versioned<T> implements WithVersioned<T> {

  /** The expected version to pass when saving an aggregate that does not exist yet. */
  public static final long NEW = 0;

  /** @return the value */
  @Value.Parameter(order = 0)
  public abstract T value();

  /** @return its version, at least 1 */
  @Value.Parameter(order = 1)
  public abstract long version();

  /**
   * @param value the value
   * @param version its version, at least 1
   * @param <T> the value's type
   * @return the versioned value
   */
  public static <T> Versioned<T> of(T value, long version) {
    return ImmutableVersioned.of(value, version);
  }

  @Value.Check
  void check() {
    Checks.check(version() >= 1, "version", "version " + version() + " must be at least 1");
  }
}
