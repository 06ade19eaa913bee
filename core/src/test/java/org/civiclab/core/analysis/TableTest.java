package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class TableTest {

  private static Table sample() {
    return Table.builder("people", "name", "count", "rate")
        .row("Plain", 3, 0.5)
        .row("Comma, \"quoted\"", 12L, 2.0 / 3)
        .row("ნინო ბერიძე\nline two", 0, "")
        .build();
  }

  @Test
  void csvFollowsRfc4180() {
    assertEquals("name,count,rate\r\n"
        + "Plain,3,0.5000\r\n"
        + "\"Comma, \"\"quoted\"\"\",12,0.6667\r\n"
        + "\"ნინო ბერიძე\nline two\",0,\r\n", sample().toCsv());
  }

  /** An independent RFC 4180 reader: the CSV text must give back every cell's text. */
  @Test
  void csvParsesBackToTheCellTexts() {
    Table t = sample();
    List<List<String>> parsed = parse(t.toCsv());
    assertEquals(t.columns(), parsed.get(0));
    for (int r = 0; r < t.size(); r++) {
      for (int c = 0; c < t.columns().size(); c++) {
        assertEquals(t.text(r, t.columns().get(c)), parsed.get(r + 1).get(c));
      }
    }
  }

  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(ch);
      }
    }
    return rows;
  }

  @Test
  void renderAlignsColumnsByCodePoints() {
    String text = sample().render();
    String[] lines = text.split("\n");
    assertEquals("people", lines[0]);
    assertEquals("name" + " ".repeat(18) + "count    rate", lines[1]);
    assertEquals("Plain" + " ".repeat(17) + "    3  0.5000", lines[3]);
    assertEquals("ნინო ბერიძე line two      0", lines[5].stripTrailing());
    assertEquals("(3 rows)", lines[6]);
  }

  @Test
  void cellsAreTypedAndLookedUpByColumn() {
    Table t = sample();
    assertEquals(12L, t.count(1, "count"));
    assertEquals(0.5, t.rate(0, "rate").getAsDouble());
    assertTrue(t.rate(2, "rate").isEmpty());
    assertEquals(1, t.find("count", "12").orElseThrow());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> t.cell(0, "missing"));
    assertTrue(e.getMessage().contains("'missing' is not a column"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> t.count(0, "name"));
  }

  @Test
  void badRowsAreRejectedWithTheirPlace() {
    Table.Builder b = Table.builder("t", "a", "b");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.row(1));
    assertTrue(e.getMessage().contains("rows[0]"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> b.row(1, Double.NaN));
    assertTrue(e.getMessage().contains("rows[0].b"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Table.builder("t", "a", "a"));
  }
}
