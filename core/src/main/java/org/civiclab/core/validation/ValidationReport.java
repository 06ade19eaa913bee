package org.civiclab.core.validation;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;

/**
 * The outcome of validating a program: every problem found, in a stable order. Immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class ValidationReport {
  private final ImmutableList<Problem> problems;

  ValidationReport(List<Problem> problems) {
    this.problems = ImmutableList.copyOf(problems);
  }

  /** @return every problem, empty when the program is valid */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** @return whether no problem was found */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * @throws InvalidInputException listing every problem, when there is any
   */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  @Override
  public String toString() {
    return isValid() ? "valid" : problems.size() + " problem(s): " + problems;
  }
}
