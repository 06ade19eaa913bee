package org.civiclab.core.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the API status marks ({@code @org.apiguardian.api.API}) of a module's compiled classes.
 *
 * <p>The mark has CLASS retention, so reflection cannot see it: this reads the class file's
 * {@code RuntimeInvisibleAnnotations} attribute itself (JVMS 4.7.17), with no bytecode library.
 * Whether a class is public and top-level comes from reflection, so nested, local, anonymous and
 * package-private classes (the generated Immutables implementations among them) are left out.
 * Adapters run the same check on their own classes through core's test-jar.
 */
public final class ApiMarks {
  private static final String API = "Lorg/apiguardian/api/API;";

  private ApiMarks() {}

  /**
   * The status each public top-level class of a module declares, from the directory its anchor
   * class was loaded from ({@code target/classes}).
   *
   * @param anchor any class of the module's main code
   * @return binary class name to its status ({@code STABLE}, ...), empty when unmarked
   * @throws IOException when a class file cannot be read
   */
  public static TreeMap<String, Optional<String>> publicTopLevelStatuses(Class<?> anchor)
      throws IOException {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (!Files.isDirectory(classes)) {
      throw new IOException("expected the module's classes directory, got " + classes);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.getFileName().toString().endsWith(".class"))
          .collect(Collectors.toList());
    }
    TreeMap<String, Optional<String>> out = new TreeMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.equals("package-info.class") || name.equals("module-info.class")) {
        continue;
      }
      String binary = classes.relativize(f).toString()
          .replace(f.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
      Class<?> c;
      try {
        c = Class.forName(binary, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IOException(e);
      }
      if (!Modifier.isPublic(c.getModifiers()) || c.getEnclosingClass() != null
          || c.isSynthetic()) {
        continue;
      }
      try (InputStream in = Files.newInputStream(f)) {
        out.put(binary, status(in.readAllBytes()));
      }
    }
    return out;
  }

  /**
   * The status an {@code @API} mark on a class declares.
   *
   * @param classFile the class file's bytes
   * @return the status constant's name, or empty when the class carries no mark
   * @throws IOException when the bytes are not a class file
   */
  public static Optional<String> status(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.skipBytes(2 * in.readUnsignedShort());
    for (int members = 0; members < 2; members++) {
      int n = in.readUnsignedShort();
      for (int m = 0; m < n; m++) {
        in.skipBytes(6);
        skipAttributes(in);
      }
    }
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      String name = utf8[in.readUnsignedShort()];
      int length = in.readInt();
      if (!name.equals("RuntimeInvisibleAnnotations")
          && !name.equals("RuntimeVisibleAnnotations")) {
        in.skipBytes(length);
        continue;
      }
      int annotations = in.readUnsignedShort();
      for (int k = 0; k < annotations; k++) {
        List<String> status = new ArrayList<>();
        String type = annotation(in, utf8, status);
        if (type.equals(API)) {
          return Optional.of(status.isEmpty() ? "" : status.get(0));
        }
      }
    }
    return Optional.empty();
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    for (int a = 0; a < n; a++) {
      in.readUnsignedShort();
      in.skipBytes(in.readInt());
    }
  }

  /** Reads one annotation; collects the constant of its {@code status} element, if any. */
  private static String annotation(DataInputStream in, String[] utf8, List<String> status)
      throws IOException {
    String type = utf8[in.readUnsignedShort()];
    int pairs = in.readUnsignedShort();
    for (int p = 0; p < pairs; p++) {
      String element = utf8[in.readUnsignedShort()];
      elementValue(in, utf8, element.equals("status") ? status : new ArrayList<>());
    }
    return type;
  }

  private static void elementValue(DataInputStream in, String[] utf8, List<String> enums)
      throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.readUnsignedShort();
      case 'e' -> {
        in.readUnsignedShort();
        enums.add(utf8[in.readUnsignedShort()]);
      }
      case '@' -> annotation(in, utf8, new ArrayList<>());
      case '[' -> {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
          elementValue(in, utf8, enums);
        }
      }
      default -> throw new IOException("unknown element value tag " + (char) tag);
    }
  }

  /**
   * The status a class's package calls for: {@code INTERNAL} in an {@code internal} package,
   * {@code EXPERIMENTAL} in an {@code spi} package, {@code STABLE} elsewhere.
   *
   * @param binaryName a class's binary name
   * @return the expected status
   */
  public static String expectedStatus(String binaryName) {
    String pkg = binaryName.substring(0, Math.max(0, binaryName.lastIndexOf('.')));
    List<String> parts = List.of(pkg.split("\\."));
    if (parts.contains("internal")) {
      return "INTERNAL";
    }
    if (parts.contains("spi")) {
      return "EXPERIMENTAL";
    }
    return "STABLE";
  }

  /**
   * Every public top-level class whose mark is missing or does not fit its package.
   *
   * @param anchor any class of the module's main code
   * @return one line per offending class, empty when all are marked as their package says
   * @throws IOException when a class file cannot be read
   */
  public static List<String> problems(Class<?> anchor) throws IOException {
    List<String> out = new ArrayList<>();
    publicTopLevelStatuses(anchor).forEach((name, status) -> {
      String want = expectedStatus(name);
      if (status.isEmpty()) {
        out.add(name + ": no @API mark, expected @API(status = " + want + ")");
      } else if (!status.get().equals(want)) {
        out.add(name + ": @API(status = " + status.get() + "), expected " + want);
      }
    });
    return out;
  }
}
