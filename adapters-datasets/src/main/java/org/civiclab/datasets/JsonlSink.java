package org.civiclab.datasets;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** JSON Lines: one object per row, keys in column order, numbers and booleans as such. */
final class JsonlSink extends RowSink {
  private final Path file;
  private final Writer w;
  private final String[] keys;

  JsonlSink(Path file, List<Column> columns) throws IOException {
    this.file = file;
    this.w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.keys = columns.stream().map(c -> quote(c.name()) + ":").toArray(String[]::new);
  }

  @Override
  Path path() {
    return file;
  }

  @Override
  void write(@Nullable Object[] row) throws IOException {
    w.write('{');
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(keys[i]);
      Object v = row[i];
      if (v == null) {
        w.write("null");
      } else if (v instanceof Number || v instanceof Boolean) {
        w.write(v.toString());
      } else {
        w.write(quote(v.toString()));
      }
    }
    w.write("}\n");
  }

  @Override
  public void close() throws IOException {
    w.close();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
