package org.civiclab.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule of the domain: a value's own invariant, a reference to something
 * that does not exist, or a document that cannot be read.
 *
 * <p>It lists every problem found, not only the first, each with the path of the offending
 * field (and, for documents, its line and column). The message repeats them, one per line.
 */
@API(status = STABLE, since = "0.1.0")
public class InvalidInputException extends CivicLabException {
  private static final long serialVersionUID = 1L;

  /** Never empty. */
  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; must not be empty
   */
  public InvalidInputException(List<Problem> problems) {
    this(problems, null);
  }

  /**
   * Creates the exception with an underlying cause.
   *
   * @param problems every problem found; must not be empty
   * @param cause the low-level failure that revealed the problems, or {@code null}
   */
  public InvalidInputException(List<Problem> problems, @Nullable Throwable cause) {
    super(describe(problems), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A single problem with one field of a value.
   *
   * @param path the field
   * @param message what is wrong with it
   * @return the exception
   */
  public static InvalidInputException of(String path, String message) {
    return new InvalidInputException(List.of(Problem.at(path, message)));
  }

  /** @return every problem, in the order found; never empty */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The same problems seen from an enclosing object.
   *
   * @param prefix the path of the enclosing object, such as {@code modules[2]}
   * @return a new exception whose paths start with the prefix
   */
  public InvalidInputException under(String prefix) {
    return new InvalidInputException(
        problems.stream().map(p -> p.under(prefix)).collect(ImmutableList.toImmutableList()), this);
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size() + " problems:\n" + problems.stream()
        .map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }
}
