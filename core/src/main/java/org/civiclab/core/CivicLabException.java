package org.civiclab.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception CivicLab throws on purpose.
 *
 * <p>Callers that want to handle any CivicLab failure catch this type; the subclasses say
 * what went wrong: {@link InvalidInputException} (the input breaks a rule of the domain),
 * {@link StoreException} (an adapter could not read or write) and
 * {@link ConcurrentUpdateException} (somebody else saved first).
 */
@API(status = STABLE, since = "0.1.0")
public abstract class CivicLabException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message for people.
   *
   * @param message what went wrong, in a sentence a coordinator understands
   * @param cause the underlying failure, or {@code null} when there is none
   */
  protected CivicLabException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
