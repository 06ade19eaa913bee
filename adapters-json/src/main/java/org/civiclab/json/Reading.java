package org.civiclab.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while reading one document. Reading goes on after a problem so that all
 * of them are reported together, up to the limit; then it stops with the exception.
 */
final class Reading {
  private final List<Problem> problems = new ArrayList<>();
  private final int max;

  Reading(int max) {
    this.max = max;
  }

  void add(String path, Node at, String message) {
    add(Problem.at(path, message, at.line, at.column));
  }

  void add(String path, int line, int column, String message) {
    add(line < 1 || column < 1 ? Problem.at(path, message)
        : Problem.at(path, message, line, column));
  }

  void add(Problem problem) {
    problems.add(problem);
    if (problems.size() >= max) {
      problems.add(Problem.at("", "reading stopped after " + max + " problems"));
      throw new JsonDocumentException(problems);
    }
  }

  /** @return a mark to compare with {@link #cleanSince(int)} */
  int mark() {
    return problems.size();
  }

  /** @return whether no problem was found since the mark */
  boolean cleanSince(int mark) {
    return problems.size() == mark;
  }

  boolean any() {
    return !problems.isEmpty();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new JsonDocumentException(problems);
    }
  }

  /**
   * Stops reading at a failure of the parser: malformed JSON, an early end, a limit.
   *
   * @param parser the parser, to locate the failure when it has no location; null for none
   * @return the exception to throw, with every problem found so far and this one
   */
  JsonDocumentException abort(String path, @Nullable JsonParser parser, JsonProcessingException e) {
    JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation()
        : parser.currentLocation();
    String what = e instanceof StreamConstraintsException
        ? "the document exceeds a reader limit: "
        : e instanceof StrictReader.EncodingException ? "" : "malformed JSON: ";
    String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
        : e.getOriginalMessage().replace('\n', ' ');
    problems.add(at == null || at.getLineNr() < 1 || at.getColumnNr() < 1
        ? Problem.at(path, what + detail)
        : Problem.at(path, what + detail, at.getLineNr(), at.getColumnNr()));
    return new JsonDocumentException(problems, e);
  }
}
