package org.civiclab.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A storage adapter could not read or write an aggregate.
 *
 * <p>The message names the aggregate (for example {@code program seg-2024}) and why. A failed
 * write leaves the store as it was before the write: adapters never half-write an aggregate.
 */
@API(status = STABLE, since = "0.1.0")
public class StoreException extends CivicLabException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which aggregate and why
   * @param cause the adapter's underlying failure, or {@code null}
   */
  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without an underlying cause.
   *
   * @param message which aggregate and why
   */
  public StoreException(String message) {
    super(message, null);
  }
}
