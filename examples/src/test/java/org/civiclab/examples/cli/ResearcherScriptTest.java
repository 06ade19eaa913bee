package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/scripts/researcher.jsh} with the JDK's {@code jshell} tool, as a
 * researcher would, against data written by {@code demo} into a temporary directory.
 */
class ResearcherScriptTest {

  @TempDir
  Path dir;

  @Test
  void theResearcherScriptRunsAgainstTheDemoData() throws Exception {
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "demo",
        "--db", dir.toString()), err.toString());

    Path script = Path.of("scripts", "researcher.jsh").toAbsolutePath();
    assertTrue(Files.isRegularFile(script), script.toString());
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path log = dir.resolve("jshell.log");
    Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath,
        "-R-Dciviclab.db=" + dir, "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
        script.toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "jshell did not finish");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("programs: [brcko-diaspora, citizen-engagement-2024, "
        + "digg-studentmentor, ge-civic-partnership, segrid]"), out);
    assertTrue(out.contains("attendance per track"), out);
    assertTrue(out.contains("completion per edition and track"), out);
    assertTrue(out.contains("participation by country"), out);
    // SeGRID's 204 alumni to 2023, then the completion rules' decisions: Brčko's 17 in 2023,
    // SeGRID's 35 and citizen engagement's 27 in 2024
    assertTrue(out.matches("(?s).*2023\\s+57\\s+221\\s+57.*"), "alumni per year, cumulative\n"
        + out);
    assertTrue(out.contains("alumni records in SQL: 283"), out);
    assertTrue(out.contains("program,pairing,mentor,mentee,cadence,period"), out);
    assertTrue(out.contains("outreach follow-up status as of 2024-12-31"), out);
    assertTrue(out.contains("researcher session done"), out);
    assertFalse(out.contains("Error:"), out);
    assertFalse(out.contains("Exception"), out);
  }
}
