package org.civiclab.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;

/**
 * A JSON document that CivicLab cannot accept: malformed JSON, a wrong format or version, an
 * unknown field, a value of the wrong type, a missing field, a bad date or zone, a value that
 * breaks a rule of the model, a reference to something that does not exist, or a document
 * beyond the reader's {@link JsonLimits}.
 *
 * <p>This is the only exception the readers throw for bad input. It lists every problem found
 * (up to the limit of {@link JsonLimits#maxProblems()}), each with its JSON path, such as
 * {@code program.editions[0].modules[2].sessions[0].when.end}, and the line and column of the
 * offending value. Input and output failures of the underlying stream are
 * {@link java.io.IOException}s instead.
 */
@API(status = STABLE, since = "0.1.0")
public class JsonDocumentException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   */
  public JsonDocumentException(List<Problem> problems) {
    super(problems);
  }

  /**
   * Creates the exception with the low-level failure that revealed the last problem.
   *
   * @param problems every problem found; not empty
   * @param cause the parser's failure, or {@code null}
   */
  public JsonDocumentException(List<Problem> problems, Throwable cause) {
    super(problems, cause);
  }
}
