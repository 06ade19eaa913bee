package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's PostgreSQL commands, taken from the README itself and run as written: the
 * {@code java -jar examples/target/civiclab.jar ...} lines of the block that follows
 * {@code bash .ci/postgres.sh start}, with {@code "$CIVICLAB_PG_URL"} expanded as the shell
 * would and user and password left to the environment (the names {@code .ci/postgres.sh}
 * exports). CI's PostgreSQL phase runs it ({@code -Dgroups=postgresql}).
 */
@Tag("postgresql")
class ReadmePostgresCommandsTest {
  private static final String JAR = "java -jar examples/target/civiclab.jar ";

  @Test
  void theReadmeCommandsRunAsWritten() throws IOException {
    String url = System.getenv("CIVICLAB_PG_URL");
    if (url == null || url.isEmpty()) {
      fail("the postgresql tests need a server: set CIVICLAB_PG_URL (bash .ci/postgres.sh start)");
    }
    List<String> commands = readmeCommands();
    assertTrue(commands.size() >= 2, "the README's PostgreSQL block: " + commands);
    for (String command : commands) {
      List<String> args = new ArrayList<>();
      for (String word : command.substring(JAR.length()).trim().split("\\s+")) {
        args.add(word.equals("\"$CIVICLAB_PG_URL\"") ? url : word);
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
      assertEquals(0, code, command + "\n" + err);
    }
  }

  /** The civiclab.jar lines of the README block that starts the throw-away cluster. */
  static List<String> readmeCommands() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    List<String> found = new ArrayList<>();
    boolean inBlock = false;
    for (String line : lines) {
      if (line.startsWith("bash .ci/postgres.sh start")) {
        inBlock = true;
      } else if (inBlock && line.startsWith("```")) {
        if (found.isEmpty()) {
          inBlock = false;
          continue;
        }
        break;
      } else if (inBlock && line.startsWith(JAR)) {
        found.add(line.replaceAll("\\s+#.*$", ""));
      }
    }
    return found;
  }
}
