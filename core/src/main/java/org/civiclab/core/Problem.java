package org.civiclab.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One thing wrong with some input: where it is and what is wrong with it.
 *
 * <p>The path names the field in the notation of the model, for example
 * {@code editions[0].modules[2].sessions[0].end}. Problems found while reading a document also
 * carry the line and column of the offending token. Instances are immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class Problem {
  private final String path;
  private final String message;
  private final int line;
  private final int column;

  private Problem(String path, String message, int line, int column) {
    this.path = requireNonNull(path, "path");
    this.message = requireNonNull(message, "message");
    this.line = line;
    this.column = column;
  }

  /**
   * A problem at a path of the model.
   *
   * @param path the field path, empty for the whole input
   * @param message what is wrong, as a sentence
   * @return the problem
   */
  public static Problem at(String path, String message) {
    return new Problem(path, message, -1, -1);
  }

  /**
   * A problem at a path of a document, with the position of the offending token.
   *
   * @param path the field path
   * @param message what is wrong
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the problem
   */
  public static Problem at(String path, String message, int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
    return new Problem(path, message, line, column);
  }

  /**
   * The same problem seen from an enclosing object: {@code end} under {@code sessions[0]}
   * becomes {@code sessions[0].end}.
   *
   * @param prefix the path of the enclosing object
   * @return the problem with the longer path
   */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Problem(joined, message, line, column);
  }

  /** @return the field path, empty when the problem concerns the whole input */
  public String path() {
    return path;
  }

  /** @return what is wrong, as a sentence */
  public String message() {
    return message;
  }

  /** @return the 1-based line of the offending token in a document, when known */
  public OptionalInt line() {
    return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** @return the 1-based column of the offending token in a document, when known */
  public OptionalInt column() {
    return column < 1 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** @return {@code path: message}, with {@code (line L, column C)} when known */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "(input)" : path;
    String position = line < 1 ? "" : " (line " + line + ", column " + column + ")";
    return where + position + ": " + message;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem other = (Problem) o;
    return path.equals(other.path) && message.equals(other.message)
        && line == other.line && column == other.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message, line, column);
  }

  /**
   * The problem's position, for messages.
   *
   * @return {@code line:column} when known
   */
  public Optional<String> position() {
    return line < 1 ? Optional.empty() : Optional.of(line + ":" + column);
  }
}
