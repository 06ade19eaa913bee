package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.function.Executable;

/** The problems a rejected value reports, as {@code path: message} lines. */
final class Problems {
  private Problems() {}

  static List<String> of(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems().stream()
        .map(Problem::toString).collect(Collectors.toList());
  }
}
