package org.civiclab.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.civiclab.core.analysis.Table;

/**
 * Server-side SVG charts, each followed by its table: the page draws without JavaScript or a
 * chart library, and a screen reader or a copy-paste gets the numbers from the table.
 */
final class Charts {

  private static final int WIDTH = 640;
  private static final int ROW = 18;
  private static final int LABEL = 220;
  /** Longer tables are drawn in their first rows only; the table below holds them all. */
  private static final int MAX_BARS = 60;

  private Charts() {}

  /**
   * A horizontal bar chart of one column of a table, then the whole table.
   *
   * @param h where to write
   * @param id an id for the figure, unique in the page
   * @param table the table
   * @param labelColumns columns joined into each bar's label
   * @param valueColumn the column drawn; a rate (0..1) when {@code rate}
   * @param rate whether the value is a rate, drawn against 100 %
   */
  static void bars(Html h, String id, Table table, List<String> labelColumns,
      String valueColumn, boolean rate) {
    h.raw("<figure class=\"chart\" id=\"").text(id).raw("\"><figcaption>").text(table.title())
        .raw("</figcaption>");
    int n = Math.min(table.size(), MAX_BARS);
    if (n == 0) {
      h.raw("<p class=\"empty\">No data yet.</p></figure>");
      return;
    }
    double[] values = new double[n];
    double max = rate ? 1.0 : 0.0;
    for (int r = 0; r < n; r++) {
      values[r] = value(table, r, valueColumn, rate);
      max = Math.max(max, values[r]);
    }
    int height = n * ROW + 24;
    h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").num(WIDTH)
        .raw("\" height=\"").num(height).raw("\" viewBox=\"0 0 ").num(WIDTH).raw(" ")
        .num(height).raw("\" aria-labelledby=\"").text(id).raw("-t\"><title id=\"").text(id)
        .raw("-t\">").text(table.title() + ": " + valueColumn).raw("</title>");
    double scale = (WIDTH - LABEL - 60) / (max <= 0 ? 1.0 : max);
    for (int r = 0; r < n; r++) {
      int y = r * ROW + 4;
      StringBuilder label = new StringBuilder();
      for (String c : labelColumns) {
        if (label.length() > 0) {
          label.append(" · ");
        }
        label.append(table.cell(r, c));
      }
      String text = label.length() > 34 ? label.substring(0, 33) + "…" : label.toString();
      h.raw("<text x=\"").num(LABEL - 6).raw("\" y=\"").num(y + 13L)
          .raw("\" text-anchor=\"end\" class=\"lbl\">").text(text).raw("</text>");
      long w = Math.round(values[r] * scale);
      h.raw("<rect x=\"").num(LABEL).raw("\" y=\"").num(y + 2L).raw("\" width=\"").num(w)
          .raw("\" height=\"").num(ROW - 4L).raw("\" class=\"bar\"/>");
      h.raw("<text x=\"").num(LABEL + w + 4).raw("\" y=\"").num(y + 13L).raw("\" class=\"val\">")
          .text(rate ? percent(values[r]) : format(values[r])).raw("</text>");
    }
    h.raw("</svg>");
    table(h, table);
    h.raw("</figure>");
  }

  /**
   * A table as HTML, every cell escaped.
   *
   * @param h where to write
   * @param table the table
   */
  static void table(Html h, Table table) {
    h.raw("<table class=\"data\"><thead><tr>");
    for (String c : table.columns()) {
      h.raw("<th scope=\"col\">").text(c).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for (List<Object> row : table.rows()) {
      h.raw("<tr>");
      for (Object cell : row) {
        String s = cell instanceof Double ? format((Double) cell) : String.valueOf(cell);
        h.raw(cell instanceof Number ? "<td class=\"n\">" : "<td>");
        h.text(s).raw("</td>");
      }
      h.raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static double value(Table t, int row, String column, boolean rate) {
    if (rate) {
      try {
        OptionalDouble d = t.rate(row, column);
        return d.isPresent() ? d.getAsDouble() : 0.0;
      } catch (RuntimeException notARate) {
        return 0.0;
      }
    }
    Object c = t.cell(row, column);
    if (c instanceof Number) {
      return ((Number) c).doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(c));
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }

  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.0f %%", rate * 100);
  }

  static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
  }
}
