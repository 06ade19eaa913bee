package org.civiclab.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One value of a JSON document with the line and column where it starts. Unlike Jackson's
 * {@code JsonNode}, it keeps its position, so that every problem found while mapping it to the
 * model can say where it is. Built only by {@link TreeReader}, within the reader's limits.
 */
final class Node {
  enum Kind {
    OBJECT("an object"), ARRAY("an array"), STRING("a string"), NUMBER("a number"),
    BOOLEAN("a boolean"), NULL("null");

    final String article;

    Kind(String article) {
      this.article = article;
    }
  }

  final Kind kind;
  final int line;
  final int column;
  /** The text of a string, the literal of a number, {@code true}/{@code false}; else empty. */
  final String text;
  /** Whether a number is written without fraction or exponent. */
  final boolean integral;
  /** The fields of an object in document order (first occurrence wins); else empty. */
  final Map<String, Node> fields;
  /** The elements of an array; else empty. */
  final List<Node> elements;

  private Node(Kind kind, int line, int column, String text, boolean integral,
      Map<String, Node> fields, List<Node> elements) {
    this.kind = kind;
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
    this.text = text;
    this.integral = integral;
    this.fields = fields;
    this.elements = elements;
  }

  static Node object(int line, int column, LinkedHashMap<String, Node> fields) {
    return new Node(Kind.OBJECT, line, column, "", false, fields, List.of());
  }

  static Node array(int line, int column, List<Node> elements) {
    return new Node(Kind.ARRAY, line, column, "", false, Map.of(), elements);
  }

  static Node scalar(Kind kind, int line, int column, String text, boolean integral) {
    return new Node(kind, line, column, text, integral, Map.of(), List.of());
  }

  /**
   * The node at a model path below this one, or the deepest node on the way.
   *
   * @param path such as {@code editions[0].modules[2].window} or {@code closingTimes[MONDAY]}
   * @return the node that best locates the path
   */
  Node locate(String path) {
    Node at = this;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      String key;
      if (c == '.') {
        i++;
        continue;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return at;
        }
        key = path.substring(i + 1, close);
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        key = path.substring(i, end);
        i = end;
      }
      Node next = at.child(key);
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  /** The field or element named by a path step; null when there is none. */
  private @Nullable Node child(String key) {
    if (kind == Kind.OBJECT) {
      return fields.get(key);
    }
    if (kind == Kind.ARRAY) {
      try {
        int index = Integer.parseInt(key);
        return index >= 0 && index < elements.size() ? elements.get(index) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
