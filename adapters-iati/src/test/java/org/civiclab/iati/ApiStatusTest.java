package org.civiclab.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.civiclab.core.testing.ApiMarks;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level class of this adapter carries the API status mark its package calls
 * for (see core's {@code ApiMarks}).
 */
class ApiStatusTest {

  @Test
  void everyPublicTopLevelClassIsMarkedAsItsPackageSays() throws IOException {
    assertTrue(ApiMarks.publicTopLevelStatuses(IatiExporter.class)
        .containsKey(IatiExporter.class.getName()), "the scan sees the adapter's classes");
    List<String> problems = ApiMarks.problems(IatiExporter.class);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }
}
