package org.civiclab.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;

/**
 * How much a reader accepts from one document, so that a hostile file cannot exhaust memory
 * or time: its length, the length of one string or number, the depth of nesting, and how many
 * problems are collected before reading stops.
 *
 * <p>{@link #maxDocumentBytes()} applies to documents read whole (programs). Directories and
 * attendance logs are read element by element in constant memory, so their length is not
 * limited; each element stays within the string, number and depth limits. Instances are
 * immutable; start from {@link #defaults()}.
 */
@API(status = STABLE, since = "0.1.0")
public final class JsonLimits {
  private final long maxDocumentBytes;
  private final int maxStringLength;
  private final int maxNestingDepth;
  private final int maxProblems;

  private JsonLimits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth,
      int maxProblems) {
    if (maxDocumentBytes < 1 && maxDocumentBytes != -1) {
      throw InvalidInputException.of("maxDocumentBytes", "must be positive, or -1 for none");
    }
    if (maxStringLength < 1 || maxNestingDepth < 4 || maxProblems < 1) {
      throw InvalidInputException.of("limits", "string length and problems must be at least 1,"
          + " nesting depth at least 4");
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxStringLength = maxStringLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxProblems = maxProblems;
  }

  /**
   * The defaults: documents up to 64 MiB, strings up to 64 Ki characters, nesting up to 32
   * levels (the deepest CivicLab document needs 12), at most 100 problems reported.
   *
   * @return the default limits
   */
  public static JsonLimits defaults() {
    return new JsonLimits(64L << 20, 1 << 16, 32, 100);
  }

  /**
   * Limits with another document length.
   *
   * @param bytes the most bytes (characters) one document may have, or -1 for no limit
   * @return new limits
   * @throws InvalidInputException when the number is not positive and not -1
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxStringLength, maxNestingDepth, maxProblems);
  }

  /**
   * Limits with another string length.
   *
   * @param length the most characters one string (or field name) may have
   * @return new limits
   * @throws InvalidInputException when the length is less than 1
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDocumentBytes, length, maxNestingDepth, maxProblems);
  }

  /**
   * Limits with another nesting depth.
   *
   * @param depth the most nested objects and arrays
   * @return new limits
   * @throws InvalidInputException when the depth is less than 4
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, maxStringLength, depth, maxProblems);
  }

  /**
   * Limits with another number of problems collected before reading stops.
   *
   * @param problems the most problems reported
   * @return new limits
   * @throws InvalidInputException when the number is less than 1
   */
  public JsonLimits withMaxProblems(int problems) {
    return new JsonLimits(maxDocumentBytes, maxStringLength, maxNestingDepth, problems);
  }

  /** @return the most bytes one document may have, -1 for no limit */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** @return the most characters of one string */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** @return the deepest nesting of objects and arrays */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** @return the most problems collected before reading stops */
  public int maxProblems() {
    return maxProblems;
  }

  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentBytes)
        .maxStringLength(maxStringLength)
        .maxNameLength(Math.min(maxStringLength, 1024))
        .maxNestingDepth(maxNestingDepth)
        .maxNumberLength(40)
        .build();
  }

  @Override
  public String toString() {
    return "JsonLimits{document " + maxDocumentBytes + " bytes, strings " + maxStringLength
        + ", depth " + maxNestingDepth + ", problems " + maxProblems + "}";
  }
}
