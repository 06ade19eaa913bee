package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The common shape of CivicLab's typed identifiers: a short, stable text such as
 * {@code seg-2024} or {@code person:17}.
 *
 * <p>Each kind of aggregate or entity has its own id type ({@link PersonId},
 * {@link ProgramId}, ...), so that a person's id can never be passed where a program's is
 * expected. An id is 1 to 128 characters (code points) of letters, digits and {@code . _ : -},
 * starting with a letter or digit, in any script, and at most 128 bytes in UTF-8: 128 ASCII
 * characters, or for example 42 Georgian letters and 2 digits. Every store keeps every such id
 * exactly (see {@link Texts}). Ids compare by their text, case-sensitively: {@code A1} and
 * {@code a1} are different ids.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class TypedId implements Comparable<TypedId> {
  /** Only CivicLab's id types extend this class. */
  TypedId() {}

  /** @return the id's text */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void checkForm() {
    Texts.idProblem(value()).ifPresent(why -> Checks.check(false, "value",
        Texts.quote(value()) + " is not a valid "
            + getClass().getSimpleName().replace("Immutable", "") + ": " + why));
  }

  /** Orders ids by their text; ids of different types order by type name first. */
  @Override
  public int compareTo(TypedId o) {
    int c = value().compareTo(o.value());
    return c != 0 ? c : getClass().getName().compareTo(o.getClass().getName());
  }

  /** @return the id's text */
  @Override
  public String toString() {
    return value();
  }
}
