package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;

/**
 * The result of an analysis: a title, named columns and rows of typed cells.
 *
 * <p>A cell is a {@link String}, a {@link Long} (counts) or a finite {@link Double} (rates and
 * ratios, between 0 and 1 unless the column says otherwise). A number that has no value, such as
 * a rate whose denominator is zero, is the empty string. Doubles are shown with four decimals
 * ({@code 0.6667}), with a dot whatever the default locale.
 *
 * <p>{@link #toCsv()} gives RFC 4180 text (CRLF line ends, a header line, fields quoted when
 * they hold a comma, quote or line break); {@link #render()} gives aligned text for a terminal.
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Table {
  private final String title;
  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<Object>> rows;

  private Table(String title, ImmutableList<String> columns,
      ImmutableList<ImmutableList<Object>> rows) {
    this.title = title;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Starts a table.
   *
   * @param title what the table shows, such as {@code attendance per session}
   * @param columns the column names, unique and not blank
   * @return a builder
   * @throws InvalidInputException when a column name is blank or used twice
   */
  public static Builder builder(String title, String... columns) {
    return new Builder(title, ImmutableList.copyOf(columns));
  }

  /** @return what the table shows */
  public String title() {
    return title;
  }

  /** @return the column names, in order */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** @return the rows, each with one cell per column */
  public ImmutableList<ImmutableList<Object>> rows() {
    return rows;
  }

  /** @return the number of rows */
  public int size() {
    return rows.size();
  }

  /**
   * @param column a column name
   * @return its index
   * @throws InvalidInputException when the table has no such column
   */
  public int columnIndex(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw InvalidInputException.of("column", "'" + column + "' is not a column of '" + title
          + "'; columns are " + columns);
    }
    return i;
  }

  /**
   * @param row a row index
   * @param column a column name
   * @return the cell
   * @throws InvalidInputException when the column is unknown or the row out of range
   */
  public Object cell(int row, String column) {
    if (row < 0 || row >= rows.size()) {
      throw InvalidInputException.of("row", "row " + row + " is outside 0.." + (rows.size() - 1)
          + " of '" + title + "'");
    }
    return rows.get(row).get(columnIndex(column));
  }

  /**
   * @param row a row index
   * @param column the name of a count column
   * @return the count
   * @throws InvalidInputException when the cell is not a count
   */
  public long count(int row, String column) {
    Object v = cell(row, column);
    if (!(v instanceof Long)) {
      throw InvalidInputException.of(column, "cell [" + row + "] of '" + title + "' is '" + v
          + "', not a count");
    }
    return (Long) v;
  }

  /**
   * @param row a row index
   * @param column the name of a rate or ratio column
   * @return the number, or empty when the cell has no value
   * @throws InvalidInputException when the cell is text other than empty
   */
  public OptionalDouble rate(int row, String column) {
    Object v = cell(row, column);
    if (v instanceof Double) {
      return OptionalDouble.of((Double) v);
    }
    if (v instanceof Long) {
      return OptionalDouble.of((Long) v);
    }
    if ("".equals(v)) {
      return OptionalDouble.empty();
    }
    throw InvalidInputException.of(column, "cell [" + row + "] of '" + title + "' is '" + v
        + "', not a number");
  }

  /**
   * @param row a row index
   * @param column a column name
   * @return the cell as it appears in CSV and rendered text
   */
  public String text(int row, String column) {
    return format(cell(row, column));
  }

  /**
   * Finds the first row whose cells equal the given texts.
   *
   * @param columnsAndTexts pairs of column name and cell text, such as
   *     {@code "edition", "2024", "track", "(all)"}
   * @return the index of the first matching row, if any
   * @throws InvalidInputException when the arguments are not pairs or name unknown columns
   */
  public Optional<Integer> find(String... columnsAndTexts) {
    if (columnsAndTexts.length % 2 != 0) {
      throw InvalidInputException.of("columnsAndTexts", "expects column/text pairs, got "
          + columnsAndTexts.length + " arguments");
    }
    int[] idx = new int[columnsAndTexts.length / 2];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = columnIndex(columnsAndTexts[2 * k]);
    }
    for (int r = 0; r < rows.size(); r++) {
      boolean all = true;
      for (int k = 0; k < idx.length && all; k++) {
        all = format(rows.get(r).get(idx[k])).equals(columnsAndTexts[2 * k + 1]);
      }
      if (all) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The table as RFC 4180 CSV text: a header line with the column names, then one line per
   * row, each line ended by CRLF. Fields holding a comma, a double quote, CR or LF are quoted,
   * with quotes doubled. No title line.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    csvLine(out, columns);
    for (List<Object> row : rows) {
      csvLine(out, row);
    }
    return out.toString();
  }

  private static void csvLine(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = format(cells.get(i));
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0
          || f.indexOf('\n') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append("\r\n");
  }

  /**
   * The table as aligned plain text: the title, the header, a rule and the rows; numbers
   * right-aligned, texts left-aligned, line breaks inside cells shown as spaces. Widths count
   * code points, so texts in Cyrillic or Georgian align as well as Latin ones in a terminal
   * with a monospaced font.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String render() {
    int n = columns.size();
    int[] width = new int[n];
    for (int c = 0; c < n; c++) {
      width[c] = columns.get(c).codePointCount(0, columns.get(c).length());
    }
    List<String[]> texts = new ArrayList<>();
    for (List<Object> row : rows) {
      String[] t = new String[n];
      for (int c = 0; c < n; c++) {
        t[c] = format(row.get(c)).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        width[c] = Math.max(width[c], t[c].codePointCount(0, t[c].length()));
      }
      texts.add(t);
    }
    StringBuilder out = new StringBuilder(title).append('\n');
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < n; c++) {
      pad(out, columns.get(c), width[c], numeric(c), c == n - 1);
      rule.append("-".repeat(width[c])).append(c == n - 1 ? "" : "  ");
    }
    out.append('\n').append(rule).append('\n');
    for (String[] t : texts) {
      for (int c = 0; c < n; c++) {
        pad(out, t[c], width[c], numeric(c), c == n - 1);
      }
      out.append('\n');
    }
    out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)")
        .append('\n');
    return out.toString();
  }

  private boolean numeric(int column) {
    boolean any = false;
    for (List<Object> row : rows) {
      Object v = row.get(column);
      if (v instanceof String && !((String) v).isEmpty()) {
        return false;
      }
      any |= !(v instanceof String);
    }
    return any;
  }

  private static void pad(StringBuilder out, String text, int width, boolean right,
      boolean last) {
    int gap = width - text.codePointCount(0, text.length());
    if (right) {
      out.append(" ".repeat(gap)).append(text);
    } else {
      out.append(text);
      if (!last) {
        out.append(" ".repeat(gap));
      }
    }
    if (!last) {
      out.append("  ");
    }
  }

  static String format(Object cell) {
    if (cell instanceof Double) {
      return BigDecimal.valueOf((Double) cell).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
    return cell.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table && title.equals(((Table) o).title)
        && columns.equals(((Table) o).columns) && rows.equals(((Table) o).rows);
  }

  @Override
  public int hashCode() {
    return (title.hashCode() * 31 + columns.hashCode()) * 31 + rows.hashCode();
  }

  /** @return the rendered table */
  @Override
  public String toString() {
    return render();
  }

  /** Collects the rows of a table. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final ImmutableList<String> columns;
    private final ImmutableList.Builder<ImmutableList<Object>> rows = ImmutableList.builder();
    private int count;

    private Builder(String title, ImmutableList<String> columns) {
      if (title.isBlank()) {
        throw InvalidInputException.of("title", "must not be blank");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < columns.size(); i++) {
        String c = columns.get(i);
        if (c.isBlank() || !seen.add(c)) {
          throw InvalidInputException.of("columns[" + i + "]", "column name '" + c
              + "' is blank or used twice");
        }
      }
      if (columns.isEmpty()) {
        throw InvalidInputException.of("columns", "a table needs at least one column");
      }
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column: texts, integral numbers (stored as {@link Long}) or
     *     finite doubles; the empty string for a number without value; any other value (an
     *     id, a date) is stored as its {@code toString()}
     * @return this builder
     * @throws InvalidInputException when the number or a type of cells is wrong
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw InvalidInputException.of("rows[" + count + "]", "has " + cells.length
            + " cells but the table has " + columns.size() + " columns " + columns);
      }
      ImmutableList.Builder<Object> row = ImmutableList.builderWithExpectedSize(cells.length);
      for (int i = 0; i < cells.length; i++) {
        row.add(normalize(cells[i], i));
      }
      rows.add(row.build());
      count++;
      return this;
    }

    private Object normalize(Object v, int i) {
      String path = "rows[" + count + "]." + columns.get(i);
      if (v instanceof Integer || v instanceof Long || v instanceof Short) {
        return ((Number) v).longValue();
      }
      if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        if (!Double.isFinite(d)) {
          throw InvalidInputException.of(path, "number " + d + " is not finite");
        }
        return d;
      }
      if (v instanceof String) {
        return v;
      }
      if (v == null) {
        throw InvalidInputException.of(path, "a cell must not be null; use \"\" for no value");
      }
      return v.toString();
    }

    /** @return the table */
    public Table build() {
      return new Table(title, columns, rows.build());
    }
  }
}
