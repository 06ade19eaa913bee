package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code demo}, the H2 database holds the documents that {@code export --format json}
 * writes, byte for byte: each program row the program's file; each organisation and person
 * row the directory document of that one entry, whose entries, in id order, make up
 * {@code directory.json}.
 */
class DemoDocumentsTest {
  private static final String HEADER = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"directory\"";
  private static final String ONE_PERSON = HEADER + ",\"organizations\":[],\"people\":[\n";
  private static final String ONE_ORGANIZATION = HEADER + ",\"organizations\":[\n";
  private static final String AFTER_ORGANIZATION = "],\"people\":[]}";

  @TempDir
  Path dir;

  @Test
  void theDatabaseHoldsWhatTheJsonExportWrites() throws Exception {
    run("demo", "--db", dir.toString());
    Path export = dir.resolve("exported");
    run("export", "--db", dir.toString(), "--format", "json", "--out", export.toString());

    try (Connection c = DriverManager.getConnection("jdbc:h2:file:"
        + dir.resolve("civiclab").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
        + ";DEFAULT_NULL_ORDERING=HIGH")) {
      List<String[]> programs = rows(c, "civiclab_program");
      assertEquals(5, programs.size());
      for (String[] row : programs) {
        assertEquals(Files.readString(export.resolve(row[0] + ".json"), StandardCharsets.UTF_8),
            row[1], "program " + row[0]);
      }

      List<String> organizations = new ArrayList<>();
      for (String[] row : rows(c, "civiclab_organization")) {
        organizations.add(entry(row, ONE_ORGANIZATION, AFTER_ORGANIZATION));
      }
      List<String> people = new ArrayList<>();
      for (String[] row : rows(c, "civiclab_person")) {
        people.add(entry(row, ONE_PERSON, "]}"));
      }
      assertTrue(!organizations.isEmpty() && !people.isEmpty());
      String directory = HEADER + ",\"organizations\":[\n" + String.join("\n,", organizations)
          + "],\"people\":[\n" + String.join("\n,", people) + "]}";
      assertEquals(Files.readString(export.resolve("directory.json"), StandardCharsets.UTF_8),
          directory);
    }
  }

  /** The entry of a one-entry directory document, checking the text around it. */
  private static String entry(String[] row, String before, String after) {
    String document = row[1];
    assertTrue(document.startsWith(before) && document.endsWith(after), row[0] + ": " + document);
    return document.substring(before.length(), document.length() - after.length());
  }

  /** Every row's id and document, in the order of ids as Java compares them. */
  private static List<String[]> rows(Connection c, String table) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, document FROM " + table + " ORDER BY id")) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return out;
  }

  private static void run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(0, code, String.join(" ", args) + ": " + err);
  }
}
