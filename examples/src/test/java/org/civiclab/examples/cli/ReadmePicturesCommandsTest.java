package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civiclab.datasets.Column;
import org.civiclab.datasets.TidyTable;
import org.civiclab.datasets.TidyTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section on the pages and the dataset layout: its command block run as written
 * (with {@code civiclab-data} replaced by a temporary folder), and its table of tables checked
 * against the tables the export writes.
 */
class ReadmePicturesCommandsTest {
  private static final String JAR = "java -jar examples/target/civiclab.jar ";
  private static final String SECTION = "### The pages and the dataset layout";

  @Test
  void theReadmeCommandsRunAsWrittenAndWriteWhatItSays(@TempDir Path dir) throws IOException {
    List<String> commands = new ArrayList<>();
    for (String line : section()) {
      if (line.startsWith(JAR)) {
        commands.add(line);
      }
    }
    assertTrue(commands.size() >= 5, "the README's block: " + commands);
    assertTrue(commands.get(0).startsWith(JAR + "demo "), commands.get(0));
    String demoOut = "";
    for (String command : commands) {
      List<String> args = new ArrayList<>();
      for (String word : command.substring(JAR.length()).trim().split("\\s+")) {
        args.add(word.replace("civiclab-data", dir.toString()));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
      assertEquals(0, code, command + "\n" + err);
      if (demoOut.isEmpty()) {
        demoOut = out.toString();
      }
    }
    Path index = dir.resolve("export/html/index.html");
    assertTrue(Files.isRegularFile(index), "demo writes the pages");
    assertTrue(demoOut.contains(index.toString()), "and says where: " + demoOut);
    assertTrue(Files.isRegularFile(dir.resolve("export/alumni-network.graphml")));
    assertTrue(Files.isRegularFile(dir.resolve("html/index.html")), "report --html");
    try (Stream<Path> pages = Files.list(dir.resolve("html"))) {
      assertTrue(pages.count() >= 2, "an index and a page per program");
    }
    for (TidyTable t : TidyTables.all()) {
      assertTrue(Files.isDirectory(dir.resolve("parquet").resolve(t.name())), t.name());
      assertTrue(Files.isRegularFile(dir.resolve("jsonl").resolve(t.name() + ".jsonl")),
          t.name());
    }
    String people = Files.readAllLines(dir.resolve("csv/people.csv"), StandardCharsets.UTF_8)
        .get(0);
    assertFalse(people.contains("full_name"), "pseudonymised: " + people);
    try (Stream<Path> network = Files.list(dir.resolve("network"))) {
      List<String> names = network.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().anyMatch(n -> n.endsWith(".graphml")), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.endsWith(".gexf")), names.toString());
    }
  }

  @Test
  void theReadmeListsEveryTableWithItsColumnsAndTypesInOrder() throws IOException {
    List<String> lines = section();
    for (TidyTable t : TidyTables.all()) {
      String row = lines.stream().filter(l -> l.startsWith("| `" + t.name() + "` |"))
          .findFirst().orElse("");
      assertFalse(row.isEmpty(), "the README has a row for " + t.name());
      StringBuilder expected = new StringBuilder();
      for (Column c : t.columns()) {
        if (expected.length() > 0) {
          expected.append(", ");
        }
        expected.append('`').append(c.name()).append("` ")
            .append(c.type().name().toLowerCase(java.util.Locale.ROOT));
      }
      assertTrue(row.endsWith("| " + expected + " |"), t.name() + ": " + expected + "\n" + row);
    }
  }

  private static List<String> section() throws IOException {
    List<String> all = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).startsWith(SECTION)) {
        from = i;
      } else if (from >= 0 && all.get(i).startsWith("## ")) {
        return all.subList(from, i);
      }
    }
    assertTrue(from >= 0, "the README has the section " + SECTION);
    return all.subList(from, all.size());
  }
}
