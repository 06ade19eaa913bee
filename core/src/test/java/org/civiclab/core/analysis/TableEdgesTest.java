package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link Table} at its edges: the rows just outside the table, how each kind of cell is stored
 * (every integral and floating type, other objects as text, null refused), CSV quoting of a
 * special character in first place, the rendered rule line and row count, alignment of a
 * column of empty numbers, and equality; every refusal with its exact path and message.
 */
class TableEdgesTest {

  private static Problem problem(Executable call) {
    List<Problem> all = assertThrows(InvalidInputException.class, call).problems();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  private static void refused(String path, String message, Executable call) {
    Problem p = problem(call);
    assertEquals(path, p.path());
    assertEquals(message, p.message());
  }

  private static Table small() {
    return Table.builder("t", "name", "n").row("x", 1).row("y", 2L).build();
  }

  @Test
  void rowsJustOutsideTheTableAreRefused() {
    Table t = small();
    assertEquals("y", t.cell(1, "name"));
    refused("row", "row 2 is outside 0..1 of 't'", () -> t.cell(2, "name"));
    refused("row", "row -1 is outside 0..1 of 't'", () -> t.cell(-1, "name"));
    refused("column", "'m' is not a column of 't'; columns are [name, n]",
        () -> t.columnIndex("m"));
    assertEquals(1, t.columnIndex("n"));
  }

  @Test
  void cellsKeepTheirKindAndOtherValuesBecomeText() {
    Table t = Table.builder("kinds", "a", "b", "c", "d", "e", "f").row((short) 7, 8L, 1.5f,
        0.25, "text", LocalDate.of(2024, 5, 6)).build();
    assertEquals(List.of(7L, 8L, 1.5, 0.25, "text", "2024-05-06"), t.rows().get(0));
    assertEquals(7.0, t.rate(0, "a").getAsDouble());
    assertEquals(1.5, t.rate(0, "c").getAsDouble());
    assertEquals("1.5000", t.text(0, "c"));
    refused("e", "cell [0] of 'kinds' is 'text', not a number", () -> t.rate(0, "e"));
    refused("c", "cell [0] of 'kinds' is '1.5', not a count", () -> t.count(0, "c"));
  }

  @Test
  void badCellsNameTheirRowAndColumn() {
    Table.Builder b = Table.builder("t", "a", "b").row(1, 2);
    refused("rows[1]", "has 3 cells but the table has 2 columns [a, b]", () -> b.row(1, 2, 3));
    refused("rows[1].b", "number Infinity is not finite",
        () -> b.row(1, Float.POSITIVE_INFINITY));
    refused("rows[1].a", "a cell must not be null; use \"\" for no value",
        () -> b.row(null, 1));
    refused("rows[1].b", "number NaN is not finite", () -> b.row("x", Double.NaN));
  }

  @Test
  void blankTitlesAndColumnsAreRefused() {
    refused("title", "must not be blank", () -> Table.builder(" ", "a"));
    refused("columns", "a table needs at least one column", () -> Table.builder("t"));
    refused("columns[1]", "column name 'a' is blank or used twice",
        () -> Table.builder("t", "a", "a"));
    refused("columns[0]", "column name ' ' is blank or used twice",
        () -> Table.builder("t", " ", "a"));
  }

  @Test
  void findNeedsPairsAndMatchesEveryPair() {
    Table t = Table.builder("t", "a", "b").row("x", 1).row("x", 2).row("y", 2).build();
    assertEquals(1, t.find("a", "x", "b", "2").orElseThrow());
    assertEquals(2, t.find("b", "2", "a", "y").orElseThrow());
    assertTrue(t.find("a", "y", "b", "1").isEmpty());
    assertEquals(0, t.find().orElseThrow());
    refused("columnsAndTexts", "expects column/text pairs, got 3 arguments",
        () -> t.find("a", "x", "b"));
  }

  @Test
  void csvQuotesASpecialCharacterEvenInFirstPlace() {
    Table t = Table.builder("t", "v").row(",a").row("\"a").row("\ra").row("\na").row("a")
        .build();
    assertEquals("v\r\n\",a\"\r\n\"\"\"a\"\r\n\"\ra\"\r\n\"\na\"\r\na\r\n", t.toCsv());
  }

  @Test
  void renderDrawsTheRuleUnderEachColumnAndCountsOneRow() {
    Table t = Table.builder("one", "name", "n").row("ab", 3).build();
    assertEquals("one\nname  n\n----  -\nab    3\n(1 row)\n", t.render());
    assertEquals(t.render(), t.toString());
  }

  @Test
  void aColumnOfEmptyNumbersOnlyIsTextAndOneWithANumberIsNumeric() {
    Table empty = Table.builder("t", "n", "rate").row(1, "").row(22, "").build();
    assertEquals("t\n n  rate\n--  ----\n 1  \n22  \n(2 rows)\n", empty.render());
    Table mixed = Table.builder("t", "n", "rate").row(1, "").row(22, 0.5).build();
    assertEquals("t\n n    rate\n--  ------\n 1        \n22  0.5000\n(2 rows)\n",
        mixed.render());
    Table text = Table.builder("t", "n", "x").row(1, "a").row("n/a", "b").build();
    assertEquals("t\nn    x\n---  -\n1    a\nn/a  b\n(2 rows)\n", text.render());
    Table none = Table.builder("t", "n").build();
    assertEquals("t\nn\n-\n(0 rows)\n", none.render());
  }

  @Test
  void tablesAreEqualByTitleColumnsAndCells() {
    Table a = small();
    Table b = small();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Table.builder("u", "name", "n").row("x", 1).row("y", 2L).build());
    assertNotEquals(a, Table.builder("t", "name", "m").row("x", 1).row("y", 2L).build());
    assertNotEquals(a, Table.builder("t", "name", "n").row("x", 1).row("y", 3L).build());
    assertNotEquals(a.hashCode(), Table.builder("t", "name", "n").build().hashCode());
    assertFalse(a.equals("t"));
  }
}
