package org.civiclab.jdbc.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.internal.MissingAttributesException;
import org.civiclab.core.model.TypedId;

/**
 * Turns CivicLab's immutable values (a {@code Program} with everything in it, a
 * {@code Person}, an {@code Organization}) into a compact JSON text and back, without Jackson.
 *
 * <p>The codec reads the shape of a value from its public API: the attributes are the abstract
 * type's accessors that its {@code builder()} can set (or, for values built with
 * {@code of(...)}, the parameters of the factory whose parameters are all accessors).
 * Attributes are written in name order, absent optionals and empty collections are left out, and every leaf is a JSON string, so the
 * same value always gives the same text. Decoding goes through those builders and
 * factories, so every {@code @Value.Check} runs again.
 *
 * <p>Leaves: strings, numbers, booleans, enums, typed ids, {@code java.time} dates, times,
 * instants, durations and zones, and URIs. Containers: {@code Optional}, Guava immutable lists,
 * sets, maps and sorted maps. Thread-safe.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DocumentCodec {
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private DocumentCodec() {}

  /**
   * Encodes a value.
   *
   * @param value an Immutables value of CivicLab's model
   * @param type the value's abstract type, such as {@code Program.class}
   * @param <T> the type
   * @return the JSON text
   * @throws IllegalArgumentException when the type is not a value type the codec knows
   */
  public static <T> String encode(T value, Class<T> type) {
    StringBuilder out = new StringBuilder(256);
    Json.write(tree(value, type), out);
    return out.toString();
  }

  /**
   * Decodes a value.
   *
   * @param text JSON text made by {@link #encode}
   * @param type the value's abstract type
   * @param <T> the type
   * @return the value
   * @throws IllegalArgumentException when the text is not a document of that type
   * @throws org.civiclab.core.InvalidInputException when the decoded value breaks an invariant
   */
  public static <T> T decode(String text, Class<T> type) {
    return type.cast(value(Json.parse(text), type, "$"));
  }

  private static Object tree(Object value, Type type) {
    Class<?> raw = raw(type);
    if (value instanceof Optional) {
      return tree(((Optional<?>) value).orElseThrow(), argument(type, 0));
    }
    if (value instanceof ImmutableList || value instanceof ImmutableSet) {
      List<Object> out = new ArrayList<>();
      for (Object item : (Iterable<?>) value) {
        out.add(tree(item, argument(type, 0)));
      }
      return out;
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.put((String) tree(e.getKey(), argument(type, 0)), tree(e.getValue(),
            argument(type, 1)));
      }
      return out;
    }
    if (value instanceof TypedId) {
      return ((TypedId) value).value();
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (Leaf.known(raw)) {
      return value.toString();
    }
    Shape shape = SHAPES.get(raw);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Attribute a : shape.attributes) {
      Object v = a.get(value);
      if (v instanceof Optional && ((Optional<?>) v).isEmpty()
          || v instanceof Iterable && !((Iterable<?>) v).iterator().hasNext()
          || v instanceof Map && ((Map<?, ?>) v).isEmpty()) {
        continue;
      }
      out.put(a.name, tree(v, a.type));
    }
    return out;
  }

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
      return raw == ImmutableList.class ? ImmutableList.copyOf(items) : ImmutableSet.copyOf(items);
    }
    if (raw == ImmutableMap.class || raw == ImmutableSortedMap.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) as(tree, Map.class, path)).entrySet()) {
        String p = path + "." + e.getKey();
        map.put(value(e.getKey(), argument(type, 0), p), value(e.getValue(), argument(type, 1), p));
      }
      return raw == ImmutableMap.class ? ImmutableMap.copyOf(map) : sortedMap(map);
    }
    if (TypedId.class.isAssignableFrom(raw) || raw.isEnum() || Leaf.known(raw)) {
      String text = as(tree, String.class, path);
      try {
        return TypedId.class.isAssignableFrom(raw) ? invoke(raw.getMethod("of", String.class),
            null, text) : Leaf.parse(raw, text);
      } catch (NoSuchMethodException | RuntimeException e) {
        if (e instanceof CivicLabException) {
          throw (CivicLabException) e;
        }
        throw new IllegalArgumentException("document " + path + ": '" + text + "' is not a "
            + raw.getSimpleName(), e);
      }
    }
    return SHAPES.get(raw).build(as(tree, Map.class, path), path);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableSortedMap<Object, Object> sortedMap(Map<Object, Object> map) {
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
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType) {
      return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("type " + type + " has no type arguments");
  }

  static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  /** The leaf types written as their {@code toString()}. */
  private static final class Leaf {
    private static final List<Class<?>> TYPES = List.of(String.class, Integer.class, int.class,
        Long.class, long.class, Boolean.class, boolean.class, Double.class, double.class,
        Instant.class, LocalDate.class, LocalTime.class, LocalDateTime.class, Duration.class,
        ZoneId.class, URI.class);

    static boolean known(Class<?> type) {
      return TYPES.contains(type) || ZoneId.class.isAssignableFrom(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object parse(Class<?> type, String text) {
      if (type.isEnum()) {
        return Enum.valueOf((Class) type, text);
      }
      if (type == String.class) {
        return text;
      }
      if (type == Integer.class || type == int.class) {
        return Integer.valueOf(text);
      }
      if (type == Long.class || type == long.class) {
        return Long.valueOf(text);
      }
      if (type == Boolean.class || type == boolean.class) {
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException("not a boolean");
        }
        return Boolean.valueOf(text);
      }
      if (type == Double.class || type == double.class) {
        return Double.valueOf(text);
      }
      if (type == Instant.class) {
        return Instant.parse(text);
      }
      if (type == LocalDate.class) {
        return LocalDate.parse(text);
      }
      if (type == LocalTime.class) {
        return LocalTime.parse(text);
      }
      if (type == LocalDateTime.class) {
        return LocalDateTime.parse(text);
      }
      if (type == Duration.class) {
        return Duration.parse(text);
      }
      if (ZoneId.class.isAssignableFrom(type)) {
        return ZoneId.of(text);
      }
      return URI.create(text);
    }
  }

  /** One attribute of a value type: its name, accessor and how to set it when decoding. */
  private static final class Attribute {
    final String name;
    final Method getter;
    final Type type;
    final Method setter;

    Attribute(String name, Method getter, Method setter) {
      this.name = name;
      this.getter = getter;
      this.type = getter.getGenericReturnType();
      this.setter = setter;
    }

    Object get(Object value) {
      return invoke(getter, value);
    }
  }

  /** How a value type is read and built: through a builder or a factory {@code of(...)}. */
  private static final class Shape {
    final List<Attribute> attributes;
    final Method builder;
    final Method build;
    final Method factory;

    private Shape(List<Attribute> attributes, Method builder, Method build, Method factory) {
      this.attributes = attributes;
      this.builder = builder;
      this.build = build;
      this.factory = factory;
    }

    static Shape of(Class<?> type) {
      if (!Modifier.isAbstract(type.getModifiers())
          || !type.getPackageName().startsWith("org.civiclab.core")) {
        throw new IllegalArgumentException(type.getName() + " is not a CivicLab value type");
      }
      List<Attribute> attributes = new ArrayList<>();
      Method builder = find(type, "builder");
      if (builder != null) {
        Class<?> builderType = builder.getReturnType();
        for (Method getter : type.getMethods()) {
          if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
              || getter.getDeclaringClass() == Object.class) {
            continue;
          }
          Method setter = setter(builderType, getter);
          if (setter != null) {
            attributes.add(new Attribute(getter.getName(), getter, setter));
          }
        }
        attributes.sort(Comparator.comparing(a -> a.name));
        try {
          return new Shape(attributes, builder, builderType.getMethod("build"), null);
        } catch (NoSuchMethodException e) {
          throw new IllegalArgumentException(builderType + " has no build()", e);
        }
      }
      Method factory = null;
      for (Method m : type.getMethods()) {
        if (m.getName().equals("of") && Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == type && namesAccessors(type, m)
            && (factory == null || m.getParameterCount() > factory.getParameterCount())) {
          factory = m;
        }
      }
      if (factory == null) {
        throw new IllegalArgumentException(type.getName() + " has neither builder() nor an of()"
            + " whose parameters are its accessors");
      }
      for (java.lang.reflect.Parameter p : factory.getParameters()) {
        try {
          attributes.add(new Attribute(p.getName(), type.getMethod(p.getName()), null));
        } catch (NoSuchMethodException e) {
          throw new IllegalArgumentException(type + " has no accessor " + p.getName(), e);
        }
      }
      return new Shape(attributes, null, null, factory);
    }

    /** Whether every parameter of the factory has the name and type of one of the accessors. */
    private static boolean namesAccessors(Class<?> type, Method factory) {
      for (java.lang.reflect.Parameter p : factory.getParameters()) {
        if (!p.isNamePresent()) {
          throw new IllegalStateException(type + " was compiled without -parameters");
        }
        try {
          if (type.getMethod(p.getName()).getReturnType() != p.getType()) {
            return false;
          }
        } catch (NoSuchMethodException e) {
          return false;
        }
      }
      return true;
    }

    private static Method find(Class<?> type, String name) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0
            && Modifier.isStatic(m.getModifiers())) {
          return m;
        }
      }
      return null;
    }

    private static Method setter(Class<?> builderType, Method getter) {
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

    Object build(Map<?, ?> tree, String path) {
      Map<String, Attribute> byName = new LinkedHashMap<>();
      attributes.forEach(a -> byName.put(a.name, a));
      for (Object key : tree.keySet()) {
        if (!byName.containsKey(key)) {
          throw new IllegalArgumentException("document " + path + ": unknown field '" + key + "'");
        }
      }
      if (factory != null) {
        Object[] args = new Object[attributes.size()];
        for (int i = 0; i < args.length; i++) {
          Attribute a = attributes.get(i);
          Object t = tree.get(a.name);
          if (t == null) {
            throw new IllegalArgumentException("document " + path + "." + a.name + ": missing");
          }
          args[i] = value(t, a.type, path + "." + a.name);
        }
        return invoke(factory, null, args);
      }
      Object b = invoke(builder, null);
      for (Attribute a : attributes) {
        Object t = tree.get(a.name);
        if (t != null) {
          invoke(a.setter, b, value(t, a.type, path + "." + a.name));
        }
      }
      try {
        return invoke(build, b);
      } catch (MissingAttributesException e) {
        throw new IllegalArgumentException("document " + path + ": " + e.getMessage(), e);
      }
    }
  }
}
