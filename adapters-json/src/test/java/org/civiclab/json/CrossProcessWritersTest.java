package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.Versioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers in separate processes on one store: the lock file and the version check make each
 * lose its races visibly instead of overwriting, so no committed update is lost.
 */
class CrossProcessWritersTest {
  @TempDir
  Path root;

  @Test
  void writersInThreeProcessesLoseNoUpdate() throws Exception {
    Program p = Rich.program();
    JsonFileStores.open(root).programs().save(p, 0);
    int writers = 3;
    int updates = 15;
    List<Process> children = new ArrayList<>();
    try {
      for (int w = 0; w < writers; w++) {
        children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("java.class.path"),
            RacingWriter.class.getName(), root.toString(), p.id().value(), "w" + w,
            String.valueOf(updates)).redirectErrorStream(true).start());
      }
      for (Process child : children) {
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "a writer did not finish");
        String out = output(child);
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.startsWith("races "), out);
      }
    } finally {
      children.forEach(Process::destroyForcibly);
    }
    Versioned<Program> end = JsonFileStores.open(root).programs().find(p.id()).orElseThrow();
    assertEquals(1 + writers * updates, end.version());
    for (int w = 0; w < writers; w++) {
      for (int u = 0; u < updates; u++) {
        EvaluationId id = EvaluationId.of("w" + w + "-" + u);
        assertTrue(end.value().evaluations().stream().anyMatch(e -> e.id().equals(id)),
            id + " was committed but is missing");
      }
    }
  }

  private static String output(Process child) throws IOException {
    return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }
}
