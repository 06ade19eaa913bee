package org.civiclab.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.testing.ApiMarks;
import org.junit.jupiter.api.Test;

/**
 * No signature a user can see in an API or spi package names a type of an {@code internal}
 * package: not a supertype, a public or protected field, constructor or method (parameters,
 * results, exceptions, type bounds), nor anything of a public nested class.
 */
class ApiBoundaryTest {

  @Test
  void apiAndSpiSignaturesNameNoInternalType() throws IOException, ClassNotFoundException {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (String name : ApiMarks.publicTopLevelStatuses(CivicLabException.class).keySet()) {
      if (ApiMarks.expectedStatus(name).equals("INTERNAL")) {
        continue;
      }
      check(Class.forName(name, false, getClass().getClassLoader()), leaks);
      checked++;
    }
    assertTrue(checked > 100, "checked only " + checked + " classes");
    assertEquals(List.of(), leaks, String.join("\n", leaks));
  }

  private static void check(Class<?> c, List<String> leaks) {
    String where = c.getName();
    visible(c.getGenericSuperclass(), where + " extends", leaks);
    for (Type t : c.getGenericInterfaces()) {
      if (t instanceof Class<?> i && !Modifier.isPublic(i.getModifiers())) {
        continue;  // a package-private interface (Immutables' With*) is not visible
      }
      visible(t, where + " implements", leaks);
    }
    for (Field f : c.getDeclaredFields()) {
      if (shown(f.getModifiers())) {
        visible(f.getGenericType(), where + "." + f.getName(), leaks);
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (shown(k.getModifiers())) {
        types(k.getGenericParameterTypes(), where + ".<init>", leaks);
        types(k.getGenericExceptionTypes(), where + ".<init> throws", leaks);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (shown(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        String at = where + "." + m.getName();
        visible(m.getGenericReturnType(), at + " returns", leaks);
        types(m.getGenericParameterTypes(), at, leaks);
        types(m.getGenericExceptionTypes(), at + " throws", leaks);
        for (TypeVariable<Method> v : m.getTypeParameters()) {
          types(v.getBounds(), at + " <" + v.getName() + ">", leaks);
        }
      }
    }
    for (Class<?> nested : c.getDeclaredClasses()) {
      if (shown(nested.getModifiers())) {
        check(nested, leaks);
      }
    }
  }

  private static boolean shown(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void types(Type[] types, String where, List<String> leaks) {
    for (Type t : types) {
      visible(t, where, leaks);
    }
  }

  private static void visible(Type t, String where, List<String> leaks) {
    if (t == null || t instanceof TypeVariable<?>) {
      return;
    }
    if (t instanceof ParameterizedType p) {
      visible(p.getRawType(), where, leaks);
      types(p.getActualTypeArguments(), where, leaks);
    } else if (t instanceof WildcardType w) {
      types(w.getUpperBounds(), where, leaks);
      types(w.getLowerBounds(), where, leaks);
    } else if (t instanceof GenericArrayType a) {
      visible(a.getGenericComponentType(), where, leaks);
    } else if (t instanceof Class<?> k) {
      Class<?> base = k;
      while (base.isArray()) {
        base = base.getComponentType();
      }
      if (ApiMarks.expectedStatus(base.getName()).equals("INTERNAL")
          && base.getName().startsWith("org.civiclab.")) {
        leaks.add(where + ": " + base.getName());
      }
    }
  }
}
