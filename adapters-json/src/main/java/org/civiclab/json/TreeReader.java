package org.civiclab.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads one JSON value from a parser into a {@link Node} tree that keeps positions. The
 * parser's {@code StreamReadConstraints} bound the size and depth; a duplicate field is a
 * problem (the first occurrence is kept), malformed JSON stops reading.
 */
final class TreeReader {
  private TreeReader() {}

  /**
   * Reads the value at the parser's current token, leaving the parser on its last token.
   *
   * @param p a parser positioned on the value's first token
   * @param r where problems go
   * @param path the value's path, for problems
   * @return the value
   * @throws JsonDocumentException when the JSON is malformed or beyond the limits
   * @throws IOException when the stream fails
   */
  static Node read(JsonParser p, Reading r, String path) throws IOException {
    try {
      return value(p, r, path);
    } catch (JsonProcessingException e) {
      throw r.abort(CivicLabJson.path(p.getParsingContext()), p, e);
    }
  }

  /**
   * The string at the parser's current token, with a problem when it has a lone surrogate
   * (written as a {@code \\u} escape: the reader refuses raw ones before Jackson sees them).
   */
  static Node string(JsonParser p, Reading r, String path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    String text = p.getText();
    checkText(r, path, at.getLineNr(), at.getColumnNr(), text);
    return Node.scalar(Node.Kind.STRING, at.getLineNr(), at.getColumnNr(), text, false);
  }

  /** Records a problem when a text has a surrogate without its other half. */
  static void checkText(Reading r, String path, int line, int column, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        r.add(path, line, column, String.format(java.util.Locale.ROOT, "the text has a lone"
            + " surrogate \\u%04X at character %d (half of a character; escape both halves"
            + " of a pair)", (int) c, i + 1));
        return;
      }
    }
  }

  private static Node value(JsonParser p, Reading r, String path) throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (t == null) {
      throw new JsonDocumentException(List.of(org.civiclab.core.Problem.at(path,
          "the document ends where a value is expected")));
    }
    switch (t) {
      case START_OBJECT: {
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String childPath = path.isEmpty() ? name : path + "." + name;
          JsonLocation nameAt = p.currentTokenLocation();
          checkText(r, childPath, nameAt.getLineNr(), nameAt.getColumnNr(), name);
          p.nextToken();
          Node child = value(p, r, childPath);
          if (fields.putIfAbsent(name, child) != null) {
            r.add(childPath, child, "field '" + name + "' appears twice");
          }
        }
        return Node.object(line, column, fields);
      }
      case START_ARRAY: {
        List<Node> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(value(p, r, path + "[" + elements.size() + "]"));
        }
        return Node.array(line, column, elements);
      }
      case VALUE_STRING:
        return string(p, r, path);
      case VALUE_NUMBER_INT:
        return Node.scalar(Node.Kind.NUMBER, line, column, p.getText(), true);
      case VALUE_NUMBER_FLOAT:
        return Node.scalar(Node.Kind.NUMBER, line, column, p.getText(), false);
      case VALUE_TRUE:
        return Node.scalar(Node.Kind.BOOLEAN, line, column, "true", false);
      case VALUE_FALSE:
        return Node.scalar(Node.Kind.BOOLEAN, line, column, "false", false);
      case VALUE_NULL:
        return Node.scalar(Node.Kind.NULL, line, column, "", false);
      default:
        throw new JsonDocumentException(List.of(org.civiclab.core.Problem.at(path,
            "unexpected " + t + " where a value is expected", Math.max(1, line),
            Math.max(1, column))));
    }
  }
}
