package org.civiclab.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A write lost an optimistic-lock race: the aggregate changed since the caller read it.
 *
 * <p>Nothing was written. The caller reloads the aggregate, reapplies its change and saves
 * again with the new version.
 */
@API(status = STABLE, since = "0.1.0")
public class ConcurrentUpdateException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Which aggregate lost the race (part of the serialized form). */
  private final String aggregate;
  /** The version the caller had read. */
  private final long expectedVersion;
  /** The version in the store, 0 when the aggregate does not exist. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param aggregate which aggregate, such as {@code program seg-2024}
   * @param expectedVersion the version the caller had read
   * @param actualVersion the version in the store, 0 when the aggregate does not exist
   */
  public ConcurrentUpdateException(String aggregate, long expectedVersion, long actualVersion) {
    super(aggregate + " was changed by someone else: expected version " + expectedVersion
        + " but the store has " + (actualVersion == 0 ? "none" : "version " + actualVersion)
        + "; reload it and apply the change again");
    this.aggregate = aggregate;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** @return which aggregate lost the race */
  public String aggregate() {
    return aggregate;
  }

  /** @return the version the writer expected */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** @return the version found in the store, 0 when absent */
  public long actualVersion() {
    return actualVersion;
  }
}
