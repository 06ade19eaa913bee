package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process (a child JVM running {@link CrashWriter}) at several moments and
 * finds the store intact each time: the program file reads as a complete version, the
 * directory reads whole, the attendance log holds whole batches only, and writing goes on.
 */
class CrashSafetyTest {
  @TempDir
  Path root;

  @Test
  void aKilledWriterNeverLeavesAHalfWrittenStore() throws Exception {
    ProgramGenerator.Generated g = CrashWriter.big();
    Program big = CrashWriter.bigProgram();
    long lastSeen = 0;
    long batchesReported = 0;
    for (int round = 0; round < 4; round++) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          CrashWriter.class.getName(), root.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      long committed;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(
          child.getInputStream(), StandardCharsets.UTF_8))) {
        int wanted = 2 + round;
        String line = null;
        for (int i = 0; i < wanted; i++) {
          line = out.readLine();
          assertTrue(line != null && line.startsWith("saved "), "child said " + line);
        }
        committed = Long.parseLong(line.substring("saved ".length()));
        batchesReported += wanted;
        Thread.sleep(7L * round); // kill at different points of the next write
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      } catch (IOException | AssertionError e) {
        child.destroyForcibly();
        throw e;
      } finally {
        child.destroyForcibly();
      }

      JsonFileStores stores = JsonFileStores.open(root);
      Versioned<Program> found = stores.programs().find(g.program().id()).orElseThrow();
      // The child goes on saving between reporting a version and being killed, so any later
      // version may be on disk; what must hold is that no reported save is lost and that the
      // file is exactly one complete version (checked against its content below).
      assertTrue(found.version() >= committed,
          "version " + found.version() + " after the child committed " + committed);
      assertTrue(found.version() > lastSeen);
      lastSeen = found.version();
      assertEquals(CrashWriter.versionOf(big, found.version()), found.value());
      assertEquals(List.of(g.program().id()), stores.programs().ids());
      assertEquals(g.directory().people().size(), stores.directory().countPeople());
      long records = stores.attendance().size();
      assertEquals(0, records % CrashWriter.BATCH, "whole batches only: " + records);
      assertTrue(records / CrashWriter.BATCH >= batchesReported,
          records + " records after " + batchesReported + " reported batches");

      // the store goes on: a save with the version read succeeds and clears leftovers
      stores.programs().save(found.value(), found.version());
      lastSeen++;
      assertEquals(List.of(), temporaryFiles());
    }
  }

  private List<String> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("programs"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
          .collect(Collectors.toList());
    }
  }

}
