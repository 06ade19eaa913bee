package org.civiclab.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Keeps text from documents, the store and exception messages from steering the terminal:
 * every C0 and C1 control character, DEL and the bidirectional overrides and isolates are
 * printed as backslash-u escapes such as <code>&#92;u001b</code>; all other Unicode
 * (Cyrillic, Georgian, box drawing) passes unchanged.
 *
 * <p>Two layers. {@link #escaping(Writer)} wraps the command line's stdout and stderr, so
 * nothing printed can carry a raw control character, whoever built the line (picocli's own
 * messages included); it keeps newline and tab, which the command line's own layout uses.
 * {@link #oneLine(String)} escapes those too, for a value placed inside a one-line message
 * (an id, a path, a problem's message), so that a newline in a document cannot forge a line
 * of output.
 */
final class Terminal {
  private static final boolean CRLF = System.lineSeparator().indexOf('\r') >= 0;

  private Terminal() {}

  /**
   * @param text any text
   * @return the text with every control character (newline and tab included) and every lone
   *     surrogate as <code>&#92;uXXXX</code>
   */
  static String oneLine(@Nullable Object text) {
    String s = String.valueOf(text);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (unsafe(c) || lone) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        escape(c, out);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * @param c a character
   * @return whether it is a C0 or C1 control, DEL, or a bidirectional embedding, override or
   *     isolate (U+202A..U+202E, U+2066..U+2069)
   */
  static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static void escape(char c, StringBuilder out) {
    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
  }

  /**
   * @param target where the text goes
   * @return a print writer that escapes every {@link #unsafe} character but newline and tab
   *     (and the carriage return of the platform's line separator) before they reach target
   */
  static PrintWriter escaping(Writer target) {
    return new PrintWriter(new Filter(target), true);
  }

  /** The writer behind {@link #escaping}. */
  private static final class Filter extends FilterWriter {
    Filter(Writer target) {
      super(target);
    }

    private static boolean layout(char c) {
      return c == '\n' || c == '\t' || (c == '\r' && CRLF);
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int start = off;
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (unsafe(c) && !layout(c)) {
          out.write(buf, start, i - start);
          StringBuilder e = new StringBuilder(6);
          escape(c, e);
          out.write(e.toString());
          start = i + 1;
        }
      }
      out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      write(str.toCharArray(), off, len);
    }
  }
}
