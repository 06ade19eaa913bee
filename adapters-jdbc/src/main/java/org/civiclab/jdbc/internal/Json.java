package org.civiclab.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of JSON that {@link DocumentCodec} writes: objects, arrays and strings, nothing
 * else. Objects keep their key order. Non-ASCII text is written as is; quotes, backslashes and
 * control characters are escaped.
 */
final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  static void write(Object tree, StringBuilder out) {
    if (tree instanceof String) {
      string((String) tree, out);
    } else if (tree instanceof List) {
      out.append('[');
      boolean first = true;
      for (Object item : (List<?>) tree) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string((String) e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /**
   * Parses a text written by {@link #write}.
   *
   * @param text the text
   * @return strings, lists and maps
   * @throws IllegalArgumentException with the offset of the first error
   */
  static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value();
    if (p.at != text.length()) {
      throw p.error("unexpected text after the document");
    }
    return v;
  }

  private Object value() {
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    if (c == '"') {
      return string();
    }
    if (c == '[') {
      at++;
      List<Object> list = new ArrayList<>();
      if (peek(']')) {
        return list;
      }
      do {
        list.add(value());
      } while (peek(','));
      expect(']');
      return list;
    }
    if (c == '{') {
      at++;
      Map<String, Object> map = new LinkedHashMap<>();
      if (peek('}')) {
        return map;
      }
      do {
        String key = string();
        expect(':');
        if (map.put(key, value()) != null) {
          throw error("key '" + key + "' twice");
        }
      } while (peek(','));
      expect('}');
      return map;
    }
    throw error("unexpected '" + c + "'");
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = null;
    int start = at;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        String s = out == null ? text.substring(start, at) : out.append(text, start, at).toString();
        at++;
        return s;
      }
      if (c == '\\') {
        if (out == null) {
          out = new StringBuilder();
        }
        out.append(text, start, at);
        if (at + 1 >= text.length()) {
          break;
        }
        char e = text.charAt(at + 1);
        if (e == 'u' && at + 6 <= text.length()) {
          try {
            out.append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
          } catch (NumberFormatException x) {
            throw error("bad \\u escape");
          }
          at += 6;
        } else if (e == '"' || e == '\\' || e == '/') {
          out.append(e);
          at += 2;
        } else {
          throw error("bad escape");
        }
        start = at;
      } else {
        at++;
      }
    }
    throw error("unterminated string");
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("document at offset " + at + ": " + message);
  }
}
