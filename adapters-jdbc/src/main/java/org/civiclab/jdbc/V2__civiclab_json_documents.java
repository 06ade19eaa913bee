package org.civiclab.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TypedId;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

/**
 * Schema version 2: the document columns hold civiclab JSON documents ({@link Documents})
 * instead of the JDBC store's first dialect, and on PostgreSQL they become {@code jsonb}.
 *
 * <p>The first dialect wrote every attribute of the Immutables value under its accessor's
 * name, keys in name order, absent optionals and empty collections left out, and every leaf
 * as a JSON string ({@code "required":"true"}, {@code "capacity":"1"}). This class keeps the
 * least of its reader that the conversion needs: a parser of strings, arrays and objects, and
 * the mapping of that tree onto the model's builders and factories, so every value's checks
 * run again. Each row is read, rewritten with {@link Documents} and updated in place, a few
 * hundred rows at a time; a row that cannot be read stops the migration with its table, id
 * and the path of the field at fault, and Flyway rolls the migration back where the database
 * allows (PostgreSQL; H2 commits DDL, but this migration changes no table on H2).
 *
 * <p>On H2 the column stays {@code TEXT} (a character large object): it keeps the document
 * byte for byte. H2's own {@code JSON} type would store a normalised byte form and needs
 * {@code FORMAT JSON} on every bound parameter, or it stores the text as one JSON string.
 */
final class V2__civiclab_json_documents extends BaseJavaMigration {
  private static final int PAGE = 500;

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Dialect dialect = Dialect.of(c);
    convert(c, dialect, "civiclab_program",
        text -> Documents.program(OldDialect.decode(text, Program.class)));
    convert(c, dialect, "civiclab_organization",
        text -> Documents.organization(OldDialect.decode(text, Organization.class)));
    convert(c, dialect, "civiclab_person",
        text -> Documents.person(OldDialect.decode(text, Person.class)));
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        for (String table : List.of("civiclab_program", "civiclab_organization",
            "civiclab_person")) {
          s.execute("ALTER TABLE " + table + " ALTER COLUMN document TYPE jsonb"
              + " USING document::jsonb");
        }
      }
    }
  }

  /** Rewrites every document of a table, page by page in id order. */
  private static void convert(Connection c, Dialect dialect, String table,
      Function<String, String> rewrite) throws SQLException {
    String after = null;
    while (true) {
      Map<String, String> page = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, document FROM " + table
          + (after == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT " + PAGE)) {
        if (after != null) {
          ps.setString(1, after);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            page.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      if (page.isEmpty()) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
          + " SET document = ? WHERE id = ?")) {
        for (Map.Entry<String, String> row : page.entrySet()) {
          String converted;
          try {
            converted = rewrite.apply(row.getValue());
          } catch (IllegalArgumentException | CivicLabException e) {
            throw new FlywayException(table + " row " + row.getKey() + ": the stored document"
                + " cannot be converted to the civiclab format: " + e.getMessage());
          }
          ps.setString(1, converted);
          ps.setString(2, row.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      after = page.keySet().stream().reduce((a, b) -> b).orElseThrow();
    }
  }

  /** The reading half of the first dialect, kept for this migration alone. */
  static final class OldDialect {
    private static final List<Class<?>> LEAVES = List.of(String.class, Integer.class, int.class,
        Long.class, long.class, Boolean.class, boolean.class, Double.class, double.class,
        Instant.class, LocalDate.class, LocalTime.class, LocalDateTime.class, Duration.class,
        URI.class);

    private final String text;
    private int at;

    private OldDialect(String text) {
      this.text = text;
    }

    /**
     * Reads a document of the first dialect.
     *
     * @param text the stored text
     * @param type the aggregate's type
     * @param <T> the type
     * @return the value
     * @throws IllegalArgumentException naming the path of the field at fault
     * @throws org.civiclab.core.InvalidInputException when the value breaks an invariant
     */
    static <T> T decode(String text, Class<T> type) {
      OldDialect p = new OldDialect(text);
      Object tree = p.value();
      if (p.at != text.length()) {
        throw p.error("unexpected text after the document");
      }
      return type.cast(value(tree, type, "$"));
    }

    // ---------------------------------------------------------------- tree to model

    private static Object value(Object tree, Type type, String path) {
      Class<?> raw = raw(type);
      if (raw == Optional.class) {
        return Optional.of(value(tree, argument(type, 0), path));
      }
      if (raw == ImmutableList.class || raw == ImmutableSet.class) {
        List<Object> items = new ArrayList<>();
        List<?> list = as(tree, List.class, path);
        for (int i = 0; i < list.size(); i++) {
          items.add(value(list.get(i), argument(type, 0), path + "[" + i + "]"));
        }
        return raw == ImmutableList.class ? ImmutableList.copyOf(items)
            : ImmutableSet.copyOf(items);
      }
      if (raw == ImmutableMap.class || raw == ImmutableSortedMap.class) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) as(tree, Map.class, path)).entrySet()) {
          String p = path + "." + e.getKey();
          map.put(value(e.getKey(), argument(type, 0), p),
              value(e.getValue(), argument(type, 1), p));
        }
        return raw == ImmutableMap.class ? ImmutableMap.copyOf(map) : sorted(map);
      }
      if (TypedId.class.isAssignableFrom(raw) || raw.isEnum() || LEAVES.contains(raw)
          || ZoneId.class.isAssignableFrom(raw)) {
        String leaf = as(tree, String.class, path);
        try {
          return leaf(raw, leaf);
        } catch (CivicLabException e) {
          throw e;
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalArgumentException("document " + path + ": '" + leaf + "' is not a "
              + raw.getSimpleName(), e);
        }
      }
      return build(raw, as(tree, Map.class, path), path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object leaf(Class<?> type, String text) throws ReflectiveOperationException {
      if (TypedId.class.isAssignableFrom(type)) {
        return invoke(type.getMethod("of", String.class), null, text);
      }
      if (type.isEnum()) {
        return Enum.valueOf((Class) type, text);
      }
      if (type == Boolean.class || type == boolean.class) {
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException("not a boolean");
        }
        return Boolean.valueOf(text);
      }
      if (ZoneId.class.isAssignableFrom(type)) {
        return ZoneId.of(text);
      }
      if (type == String.class) {
        return text;
      }
      if (type == URI.class) {
        return URI.create(text);
      }
      Class<?> boxed = type == int.class ? Integer.class : type == long.class ? Long.class
          : type == double.class ? Double.class : type;
      for (String name : List.of("valueOf", "parse")) {
        try {
          return invoke(boxed.getMethod(name, name.equals("parse") ? CharSequence.class
              : String.class), null, text);
        } catch (NoSuchMethodException e) {
          // try the next
        }
      }
      throw new IllegalArgumentException("unsupported leaf " + type);
    }

    /**
     * Builds a value through its public API, as the first dialect wrote it: with the builder's
     * setters for the abstract type's accessors, or the widest {@code of(...)} whose
     * parameters are accessors.
     */
    private static Object build(Class<?> type, Map<?, ?> tree, String path) {
      if (!Modifier.isAbstract(type.getModifiers())
          || !type.getPackageName().startsWith("org.civiclab.core")) {
        throw new IllegalArgumentException("document " + path + ": " + type.getName()
            + " is not a value type");
      }
      @Nullable Method builder = null;
      @Nullable Method factory = null;
      for (Method m : type.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        if (m.getName().equals("builder") && m.getParameterCount() == 0) {
          builder = m;
        } else if (m.getName().equals("of") && m.getReturnType() == type
            && namesAccessors(type, m)
            && (factory == null || m.getParameterCount() > factory.getParameterCount())) {
          factory = m;
        }
      }
      Map<String, Object> unread = new LinkedHashMap<>();
      tree.forEach((k, v) -> unread.put((String) k, v));
      Object result;
      if (builder != null) {
        Object b = invoke(builder, null);
        for (Method getter : type.getMethods()) {
          if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
              || !unread.containsKey(getter.getName())) {
            continue;
          }
          Method setter = setter(builder.getReturnType(), getter);
          if (setter != null) {
            String p = path + "." + getter.getName();
            invoke(setter, b, value(unread.remove(getter.getName()),
                getter.getGenericReturnType(), p));
          }
        }
        unknown(unread, path);
        try {
          result = invoke(method(builder.getReturnType(), "build"), b);
        } catch (InvalidInputException e) {
          throw new IllegalArgumentException("document " + path + ": " + e.getMessage(), e);
        }
      } else if (factory != null) {
        Object[] args = new Object[factory.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
          String name = factory.getParameters()[i].getName();
          if (!unread.containsKey(name)) {
            throw new IllegalArgumentException("document " + path + "." + name + ": missing");
          }
          args[i] = value(unread.remove(name), method(type, name).getGenericReturnType(),
              path + "." + name);
        }
        unknown(unread, path);
        result = invoke(factory, null, args);
      } else {
        throw new IllegalArgumentException("document " + path + ": " + type.getName()
            + " has neither builder nor of()");
      }
      return result;
    }

    /** Whether every parameter of the factory has the name and type of an accessor. */
    private static boolean namesAccessors(Class<?> type, Method factory) {
      for (java.lang.reflect.Parameter p : factory.getParameters()) {
        try {
          if (!p.isNamePresent() || type.getMethod(p.getName()).getReturnType() != p.getType()) {
            return false;
          }
        } catch (NoSuchMethodException e) {
          return false;
        }
      }
      return true;
    }

    private static void unknown(Map<String, Object> unread, String path) {
      if (!unread.isEmpty()) {
        throw new IllegalArgumentException("document " + path + ": unknown field '"
            + unread.keySet().iterator().next() + "'");
      }
    }

    private static @Nullable Method setter(Class<?> builderType, Method getter) {
      Class<?> raw = getter.getReturnType();
      Class<?> wanted = raw == Optional.class ? Optional.class
          : Iterable.class.isAssignableFrom(raw) ? Iterable.class
          : Map.class.isAssignableFrom(raw) ? Map.class : raw;
      try {
        return builderType.getMethod(getter.getName(), wanted);
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    private static Method method(Class<?> type, String name) {
      try {
        return type.getMethod(name);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type.getName() + " has no " + name + "()", e);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ImmutableSortedMap<Object, Object> sorted(Map<Object, Object> map) {
      return ImmutableSortedMap.copyOf((Map) map);
    }

    private static <T> T as(Object tree, Class<T> type, String path) {
      if (!type.isInstance(tree)) {
        throw new IllegalArgumentException("document " + path + ": expected a JSON "
            + (type == String.class ? "string" : type == List.class ? "array" : "object"));
      }
      return type.cast(tree);
    }

    private static Class<?> raw(Type type) {
      return type instanceof ParameterizedType
          ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
      return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static Object invoke(Method method, @Nullable Object target, Object... args) {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + method, e);
      }
    }

    // ---------------------------------------------------------------- text to tree

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
        if (!peek(']')) {
          do {
            list.add(value());
          } while (peek(','));
          expect(']');
        }
        return list;
      }
      if (c == '{') {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        if (!peek('}')) {
          do {
            String key = string();
            expect(':');
            if (map.put(key, value()) != null) {
              throw error("key '" + key + "' twice");
            }
          } while (peek(','));
          expect('}');
        }
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
      StringBuilder out = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
        } else if (at < text.length() && text.charAt(at) == 'u' && at + 5 <= text.length()) {
          try {
            out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
          } catch (NumberFormatException e) {
            throw error("bad \\u escape");
          }
          at += 5;
        } else if (at < text.length() && "\"\\/".indexOf(text.charAt(at)) >= 0) {
          out.append(text.charAt(at++));
        } else {
          throw error("bad escape");
        }
      }
      throw error("unterminated string");
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException("document at offset " + at + ": " + message);
    }
  }
}
