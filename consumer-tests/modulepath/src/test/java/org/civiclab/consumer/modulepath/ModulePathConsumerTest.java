package org.civiclab.consumer.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches {@link RoundTrip} in a fresh JVM with {@code java --module-path ... -m ...} on the
 * jars the build produced, nothing on the class path and no {@code --add-modules}.
 *
 * <p>Surefire itself runs this test on the class path (see the parent POM), so the program
 * runs in a child process: only there are CivicLab's module descriptors really in charge.
 */
class ModulePathConsumerTest {
  @TempDir Path dir;

  @Test
  void roundTripsThroughH2AndJsonOnTheModulePath() throws IOException, InterruptedException {
    String modulePath = System.getProperty("consumer.classes") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("consumer.modulePathFile"))).strip();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath,
        "-m", "org.civiclab.consumer.modulepath/org.civiclab.consumer.modulepath.RoundTrip",
        dir.resolve("stores").toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the program did not finish");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String text = String.join("\n", lines);
    assertEquals(0, p.exitValue(), text);
    assertTrue(lines.contains("consumer module: org.civiclab.consumer.modulepath"), text);
    assertTrue(lines.contains("core module: org.civiclab.core"), text);
    assertTrue(lines.contains("json module: org.civiclab.json"), text);
    assertTrue(lines.contains("jdbc module: org.civiclab.jdbc"), text);
    assertTrue(lines.contains("core exports internal: false"), text);
    assertTrue(lines.contains("h2 round trip: equal, version 1"), text);
    assertTrue(lines.contains("json round trip: equal, version 1"), text);
  }
}
