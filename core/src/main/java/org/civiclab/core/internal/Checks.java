package org.civiclab.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;

/**
 * Collects the problems of one value's invariants and throws them together. Not API.
 *
 * <p>Used from {@code @Value.Check} methods so that a value with several faults reports all of
 * them at once, each with the name of its field and the offending value.
 */
public final class Checks {
  private final List<Problem> problems = new ArrayList<>();

  private Checks() {}

  /** @return a fresh collector */
  public static Checks start() {
    return new Checks();
  }

  /**
   * Records a problem unless the condition holds.
   *
   * @param condition what must be true
   * @param path the field it concerns
   * @param message what is wrong, with the value
   * @return this collector
   */
  public Checks require(boolean condition, String path, String message) {
    if (!condition) {
      problems.add(Problem.at(path, message));
    }
    return this;
  }

  /**
   * Records a problem without a condition.
   *
   * @param path the field it concerns
   * @param message what is wrong
   * @return this collector
   */
  public Checks add(String path, String message) {
    problems.add(Problem.at(path, message));
    return this;
  }

  /** @throws InvalidInputException when any problem was recorded */
  public void done() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Fails at once for a single field.
   *
   * @param condition what must be true
   * @param path the field
   * @param message what is wrong
   * @throws InvalidInputException when the condition is false
   */
  public static void check(boolean condition, String path, String message) {
    if (!condition) {
      throw InvalidInputException.of(path, message);
    }
  }

  /**
   * Checks that a text has a visible character.
   *
   * @param text the text
   * @param path the field
   * @return the text
   */
  public static String notBlank(String text, String path) {
    check(!text.isBlank(), path, "must not be blank");
    return text;
  }
}
