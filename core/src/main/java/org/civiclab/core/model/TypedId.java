package org.civiclab.core.model;

import java.util.regex.Pattern;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The common shape of CivicLab's typed identifiers: a short, stable text such as
 * {@code seg-2024} or {@code person:17}.
 *
 * <p>Each kind of aggregate or entity has its own id type ({@link PersonId},
 * {@link ProgramId}, ...), so that a person's id can never be passed where a program's is
 * expected. An id is 1 to 128 characters of letters, digits and {@code . _ : -}, starting with a
 * letter or digit. Ids compare by their text.
 */
public abstract class TypedId implements Comparable<TypedId> {
  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,127}");

  /** Only CivicLab's id types extend this class. */
  TypedId() {}

  /** @return the id's text */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void checkForm() {
    Checks.check(FORM.matcher(value()).matches(), "value",
        "'" + value() + "' is not a valid " + getClass().getSimpleName().replace("Immutable", "")
            + ": use 1 to 128 letters, digits or . _ : - starting with a letter or digit");
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
