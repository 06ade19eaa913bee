package org.civiclab.datasets;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV. A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return gets a leading apostrophe, so a spreadsheet shows it instead of running it as
 * a formula (OWASP's advice on CSV injection); numbers are written as numbers and never touched.
 */
final class CsvSink extends RowSink {
  private final Path file;
  private final Writer writer;
  private final Cells cells;
  private final String[] text;

  CsvSink(Path file, List<Column> columns) throws IOException {
    this.file = file;
    this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.cells = new Cells(writer);
    this.text = new String[columns.size()];
    cells.row(columns.stream().map(Column::name).toArray(String[]::new));
  }

  @Override
  Path path() {
    return file;
  }

  @Override
  void write(@Nullable Object[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      text[i] = v == null ? "" : v instanceof String ? neutralise((String) v) : v.toString();
    }
    cells.row(text);
  }

  @Override
  public void close() throws IOException {
    cells.close();
  }

  static String neutralise(String s) {
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + s;
      }
    }
    return s;
  }

  /** Quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
  static final class Cells implements AutoCloseable {
    private final Writer w;

    Cells(Writer w) {
      this.w = w;
    }

    void row(String... cells) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          w.write(',');
        }
        String s = cells[i];
        boolean quote = false;
        for (int k = 0; k < s.length() && !quote; k++) {
          char c = s.charAt(k);
          quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
          w.write('"');
          w.write(s.replace("\"", "\"\""));
          w.write('"');
        } else {
          w.write(s);
        }
      }
      w.write("\r\n");
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }
}
