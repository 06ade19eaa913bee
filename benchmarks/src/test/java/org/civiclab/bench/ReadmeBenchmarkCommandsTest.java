package org.civiclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark command the README gives, as a shell runs it, against the shaded jar
 * that {@code package} made: this class runs in the {@code integration-test} phase (see the
 * module's pom), after the jar exists.
 *
 * <p>The commands run as written except for their sizes, which are scaled down so that all of
 * them take about a minute on a loaded 2-core machine: time limits become 1 s, record and row
 * counts 2,000, people and pool sizes at most 200 and 500; {@code validation} and {@code
 * pictures}, which take no size in the README, get the smallest sizes they accept. The
 * placeholders {@code FILE} and {@code SOLUTION.json} become a shared meeting instance and a
 * file in a temporary folder; optional {@code [--seed S]} groups are left out. What is checked
 * is what the README promises a reader: the command line is accepted, the command exits 0 and
 * prints its figures, and the meeting solution it writes passes the instance's own {@code
 * score.py}.
 */
class ReadmeBenchmarkCommandsTest {

  /** The repository root: this module's parent folder. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String JAR = "benchmarks/target/civiclab-benchmarks.jar";
  private static final Path INSTANCE = ROOT.resolveSibling("shared").resolve(
      "bench-data/meetingscheduling/50meetings-160timegrains-5rooms.json");
  private static final Pattern INLINE = Pattern.compile("`(java [^`]*" + Pattern.quote(JAR)
      + "[^`]*)`");

  @TestFactory
  Stream<DynamicTest> everyBenchmarkCommandOfTheReadmeRunsAndPrintsItsFigures(
      @TempDir Path dir) throws IOException {
    List<String> commands = readmeCommands();
    assertTrue(commands.size() >= 12, "the README's benchmark commands: " + commands);
    return commands.stream().filter(c -> !c.contains("--db postgresql"))
        .map(c -> DynamicTest.dynamicTest(c, () -> runs(c, dir)));
  }

  /** The PostgreSQL line, with CI's throw-away cluster (tag postgresql, as the stores' tests). */
  @Test
  @Tag("postgresql")
  void thePostgresqlBenchmarkCommandRunsAgainstTheServerOfTheEnvironment(@TempDir Path dir)
      throws Exception {
    assumeTrue(System.getenv("CIVICLAB_PG_URL") != null, "CIVICLAB_PG_URL is not set");
    List<String> pg = readmeCommands().stream().filter(c -> c.contains("--db postgresql"))
        .toList();
    assertEquals(1, pg.size(), "the README's PostgreSQL benchmark line");
    runs(pg.get(0), dir);
  }

  @Test
  void theScalingKeepsTheCommandAndItsOptionsAndShrinksOnlySizes() {
    assertEquals("java -Xmx64m -jar " + JAR + " json --records 2000",
        scaled("java -Xmx64m -jar " + JAR + " json --records 1000000", Path.of("/t")));
    assertEquals("java -jar " + JAR + " meetings " + INSTANCE + " --time-limit 1s --seed 1"
        + " --out /t/SOLUTION.json", scaled("java -jar " + JAR + " meetings FILE --time-limit"
        + " 30s --seed 1 --out SOLUTION.json", Path.of("/t")));
    assertEquals("java -jar " + JAR + " pairing --n 500", scaled("java -jar " + JAR
        + " pairing --n 2000 [--seed S]", Path.of("/t")));
    assertEquals("java -jar " + JAR + " rounds --people 200 --size 8-9 --rounds 10",
        scaled("java -jar " + JAR + " rounds --people 200 --size 8-9 --rounds 10",
            Path.of("/t")));
  }

  /** Every benchmark command line of the README, in order, without trailing comments. */
  static List<String> readmeCommands() throws IOException {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        String code = line.strip();
        int comment = code.indexOf(" #");
        if (comment >= 0) {
          code = code.substring(0, comment).strip();
        }
        if (code.startsWith("java ") && code.contains(JAR)) {
          out.add(code);
        }
      } else {
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** The command with its placeholders filled in and its sizes scaled down (see the class). */
  static String scaled(String command, Path dir) {
    String c = command.replaceAll(" \\[[^\\]]*\\]", "");
    List<String> words = new ArrayList<>(List.of(c.split(" ")));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("FILE")) {
        words.set(i, INSTANCE.toString());
      } else if (w.equals("SOLUTION.json")) {
        words.set(i, dir.resolve("SOLUTION.json").toString());
      } else if (i + 1 < words.size()) {
        String next = words.get(i + 1);
        switch (w) {
          case "--time-limit":
            words.set(i + 1, "1s");
            break;
          case "--records":
          case "--rows":
            words.set(i + 1, "2000");
            break;
          case "--people":
            words.set(i + 1, String.valueOf(Math.min(200, Integer.parseInt(next))));
            break;
          case "--n":
            words.set(i + 1, String.valueOf(Math.min(500, Integer.parseInt(next))));
            break;
          default:
            break;
        }
      }
    }
    String last = words.get(words.size() - 1);
    if (last.equals("validation")) {
      words.add("--max 10000");
    } else if (last.equals("pictures")) {
      words.add("--programs 3 --events 60 --people 150 --out " + dir.resolve("pictures"));
    }
    return String.join(" ", words);
  }

  private static void runs(String readme, Path dir) throws Exception {
    Path jar = ROOT.resolve(JAR);
    assertTrue(Files.isRegularFile(jar), jar + " is missing: this test runs after package");
    assertTrue(Files.isRegularFile(INSTANCE), "the shared instance " + INSTANCE);
    String command = scaled(readme, dir);
    Run run = shell(command, dir);
    assertEquals(0, run.exit, command + " exited " + run.exit + ":\n" + run.out);
    assertFalse(run.out.isBlank(), "no figures printed by " + command);
    assertFalse(run.out.contains("Exception"), command + " printed an exception:\n" + run.out);
    if (readme.contains("SOLUTION.json")) {
      Path solution = dir.resolve("SOLUTION.json");
      assertTrue(Files.isRegularFile(solution), "no solution written by " + command);
      // the README's independent check: score.py recomputes the score from the written file
      Run check = shell("python3 ../shared/bench-data/meetingscheduling/score.py " + solution,
          dir);
      assertEquals(scoreLine(run.out), scoreLine(check.out), "score.py against " + command
          + ":\n" + check.out);
    }
  }

  private static String scoreLine(String out) {
    return out.lines().filter(l -> l.startsWith("score: ")).findFirst()
        .orElse("no score line in:\n" + out);
  }

  /** A finished command: its exit code and output. */
  private record Run(int exit, String out) {}

  /** Runs one line with bash from the repository root, at most ten minutes. */
  private static Run shell(String command, Path dir) throws Exception {
    Path log = Files.createTempFile(dir, "out", ".txt");
    Process p = new ProcessBuilder("bash", "-euo", "pipefail", "-c", command)
        .directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    p.getOutputStream().close();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly().waitFor();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(done, command + " did not finish in 10 minutes:\n" + out);
    return new Run(p.exitValue(), out);
  }
}
