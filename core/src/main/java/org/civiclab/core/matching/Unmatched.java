package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * A person that a matching could not place, with the reason in plain words.
 *
 * <p>No matching drops anyone silently: everyone in the request appears either in a pair, a
 * circle or a placement, or here. Immutable.
 */
@Value.Immutable(builder = false, copy = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Unmatched {

  /** @return the person left out */
  @Value.Parameter(order = 0)
  public abstract PersonId person();

  /** @return why, as a sentence a coordinator understands */
  @Value.Parameter(order = 1)
  public abstract String reason();

  /**
   * A person left out and why.
   *
   * @param person the person
   * @param reason why, in plain words
   * @return the value
   * @throws org.civiclab.core.InvalidInputException when the reason is blank
   */
  public static Unmatched of(PersonId person, String reason) {
    return ImmutableUnmatched.of(person, reason);
  }

  @Value.Check
  void check() {
    Checks.notBlank(reason(), "reason");
  }

  @Override
  public String toString() {
    return person() + ": " + reason();
  }
}
