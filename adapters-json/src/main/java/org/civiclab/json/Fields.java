package org.civiclab.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object into a model value: required, optional, list, set and
 * map fields, each problem recorded with its path and position. {@link #build} then rejects
 * unknown fields and builds the value through the model's own builder, moving the builder's
 * problems under the object's path.
 */
final class Fields {
  /** Reads one JSON value into a model value, or records problems and returns null. */
  @FunctionalInterface
  interface Read<T> {
    @Nullable T read(Reading r, Node node, String path);
  }

  private final Reading r;
  private final Node node;
  private final String path;
  private final int mark;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(Reading r, Node node, String path) {
    this.r = r;
    this.node = node;
    this.path = path;
    this.mark = r.mark();
  }

  /**
   * Starts reading an object.
   *
   * @return the reader, or null (with a problem recorded) when the node is not an object
   */
  static @Nullable Fields of(Reading r, Node node, String path) {
    if (node.kind != Node.Kind.OBJECT) {
      r.add(path, node, "expected an object, got " + node.kind.article);
      return null;
    }
    return new Fields(r, node, path);
  }

  private String sub(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The field's value; null when it is absent or null (a problem recorded for null). */
  private @Nullable Node present(String name) {
    known.add(name);
    Node v = node.fields.get(name);
    if (v != null && v.kind == Node.Kind.NULL) {
      r.add(sub(name), v, "null is not allowed; leave an optional field out instead");
      return null;
    }
    return v;
  }

  /**
   * Reads a required field.
   *
   * @return the value, or null when it is missing or has problems (all recorded)
   */
  <T> @Nullable T req(String name, Read<T> read) {
    boolean given = node.fields.containsKey(name);
    Node v = present(name);
    if (v == null) {
      if (!given) {
        r.add(sub(name), node, "required field '" + name + "' is missing");
      }
      return null;
    }
    return read.read(r, v, sub(name));
  }

  /**
   * Reads an optional field.
   *
   * @return the value, or null when it is absent or has problems (recorded)
   */
  <T> @Nullable T opt(String name, Read<T> read) {
    Node v = present(name);
    return v == null ? null : read.read(r, v, sub(name));
  }

  <T> List<T> list(String name, Read<T> read) {
    Node v = present(name);
    List<T> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.kind != Node.Kind.ARRAY) {
      r.add(sub(name), v, "expected an array, got " + v.kind.article);
      return out;
    }
    for (int i = 0; i < v.elements.size(); i++) {
      T t = read.read(r, v.elements.get(i), sub(name) + "[" + i + "]");
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** A list whose elements must be distinct: a repeated element is a problem. */
  <T> List<T> set(String name, Read<T> read) {
    Node v = node.fields.get(name);
    List<T> all = list(name, read);
    if (all.size() > 1) {
      Map<T, Integer> seen = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        if (seen.putIfAbsent(all.get(i), i) != null && v != null && i < v.elements.size()) {
          r.add(sub(name) + "[" + i + "]", v.elements.get(i), "'" + all.get(i)
              + "' appears twice");
        }
      }
    }
    return all;
  }

  /** An object whose field names are keys, each value read by {@code read}. */
  <V> Map<String, V> map(String name, Read<V> read) {
    Node v = present(name);
    Map<String, V> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (v.kind != Node.Kind.OBJECT) {
      r.add(sub(name), v, "expected an object, got " + v.kind.article);
      return out;
    }
    for (Map.Entry<String, Node> e : v.fields.entrySet()) {
      V t = read.read(r, e.getValue(), sub(name) + "." + e.getKey());
      if (t != null) {
        out.put(e.getKey(), t);
      }
    }
    return out;
  }

  /**
   * Rejects unknown fields and builds the value unless a problem was found in this object.
   *
   * @param build calls the model's builder
   * @return the value, or null when it has problems (all recorded)
   */
  <T> @Nullable T build(Supplier<T> build) {
    for (Map.Entry<String, Node> e : node.fields.entrySet()) {
      if (!known.contains(e.getKey())) {
        r.add(sub(e.getKey()), e.getValue(), "unknown field '" + e.getKey() + "'; expected "
            + String.join(", ", known));
      }
    }
    if (!r.cleanSince(mark)) {
      return null;
    }
    try {
      return build.get();
    } catch (InvalidInputException e) {
      rehome(r, node, path, e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      r.add(path, node, "cannot be built: " + e.getMessage());
    }
    return null;
  }

  /**
   * A value from {@link #req} inside the supplier given to {@link #build}: build calls the
   * supplier only when no problem was recorded in this object, and req returns null only
   * after recording one (a missing or null field, or a reader's problem), so it is there.
   *
   * @param value the required field's value
   * @return the value
   */
  static <T> T given(@Nullable T value) {
    return Objects.requireNonNull(value, "build ran although a required field has problems");
  }

  /** Records the model's problems under a JSON path, located at the nodes they name. */
  static void rehome(Reading r, Node root, String path, InvalidInputException e) {
    for (Problem p : e.problems()) {
      Node at = root.locate(p.path());
      r.add(p.under(path).path(), at, p.message());
    }
  }
}
