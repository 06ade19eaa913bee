package org.civiclab.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.model.Program;
import org.junit.jupiter.api.Test;

/**
 * The Immutables implementations are hidden behind the abstract value types (the "sandwich"):
 * no generated top-level class of core is public, and every value with a builder hands out
 * its own public nested {@code Builder} whose {@code build()} returns the abstract type.
 */
class GeneratedClassesTest {

  /** Core's compiled main classes: target/classes, read from where Program was loaded. */
  private static List<Class<?>> generated() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path classes = Path.of(Program.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.collect(Collectors.toList())) {
        String name = f.getFileName().toString();
        if ((name.startsWith("Immutable") || name.startsWith("With")) && name.endsWith(".class")
            && !name.contains("$")) {
          String binary = classes.relativize(f).toString().replace(f.getFileSystem()
              .getSeparator(), ".").replaceAll("\\.class$", "");
          out.add(Class.forName(binary, false, Program.class.getClassLoader()));
        }
      }
    }
    return out;
  }

  @Test
  void noGeneratedTopLevelClassIsPublic() throws Exception {
    List<Class<?>> generated = generated();
    assertTrue(generated.stream().filter(c -> c.getSimpleName().startsWith("Immutable")).count()
        >= 80, "expected core's generated classes, found " + generated);
    List<String> visible = generated.stream().filter(c -> Modifier.isPublic(c.getModifiers()))
        .map(Class::getName).collect(Collectors.toList());
    assertEquals(List.of(), visible);
  }

  @Test
  void everyBuilderIsTheValueTypesOwn() throws Exception {
    int builders = 0;
    for (Class<?> implementation : generated()) {
      if (!implementation.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> type = implementation.getSuperclass();
      assertTrue(Modifier.isPublic(type.getModifiers()) && Modifier.isAbstract(type.getModifiers()),
          type.getName());
      Method builder;
      try {
        builder = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      builders++;
      Class<?> returned = builder.getReturnType();
      assertEquals(type, returned.getEnclosingClass(), builder.toString());
      assertEquals("Builder", returned.getSimpleName(), builder.toString());
      assertTrue(Modifier.isPublic(returned.getModifiers()), returned.getName());
      assertEquals(type, returned.getMethod("build").getReturnType(), returned.getName());
      for (Method m : returned.getMethods()) {
        assertFalse(m.getReturnType().getSimpleName().startsWith("Immutable"), m.toString());
      }
    }
    assertTrue(builders >= 50, "only " + builders + " builders");
  }
}
