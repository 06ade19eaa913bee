package org.civiclab.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.testing.ApiMarks;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level class of core carries an API status mark that fits its room: STABLE in
 * the API packages, EXPERIMENTAL in {@code spi}, INTERNAL in {@code internal}.
 */
class ApiStatusTest {

  @Test
  void everyPublicTopLevelClassIsMarkedAsItsPackageSays() throws IOException {
    List<String> problems = ApiMarks.problems(CivicLabException.class);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void theScanSeesEachRoom() throws IOException {
    TreeMap<String, Optional<String>> all =
        ApiMarks.publicTopLevelStatuses(CivicLabException.class);
    assertTrue(all.size() > 100, "scanned only " + all.size() + " classes");
    assertEquals(Optional.of("STABLE"), all.get("org.civiclab.core.scheduling.Scheduler"));
    assertEquals(Optional.of("EXPERIMENTAL"), all.get("org.civiclab.core.scheduling.spi.Rule"));
    assertEquals(Optional.of("INTERNAL"),
        all.get("org.civiclab.core.scheduling.internal.SolverRun"));
    assertTrue(all.keySet().stream().noneMatch(n -> n.contains(".Immutable")),
        "generated classes are package-private");
  }
}
