package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening H2 on something that is not a database fails with one StoreException, and H2 neither
 * prints its own traces to the console (the pool's INFO lines may show) nor leaves a {@code .trace.db} beside the user's file.
 */
class H2OpenErrorsTest {
  @TempDir
  Path dir;

  /** Runs an action with System.out and System.err captured; returns what they got. */
  private static String console(Runnable action) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      action.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aDatabaseUnderAPlainFileFailsQuietly() throws IOException {
    Path plain = Files.writeString(dir.resolve("notes.txt"), "text\n");
    String console = console(() -> {
      StoreException e = assertThrows(StoreException.class,
          () -> JdbcStores.h2(plain.resolve("civiclab")));
      assertTrue(e.getMessage().startsWith("H2 database " + plain.resolve("civiclab")
          + ": could not connect: "), e.getMessage());
      assertFalse(e.getMessage().contains("Failed to initialize pool"), e.getMessage());
    });
    assertFalse(console.contains("\tat "), console);
    assertFalse(console.contains("DbException"), console);
    assertEquals(List.of("notes.txt"), files());
  }

  @Test
  void aFileThatIsNotAnH2DatabaseFailsQuietlyAndLeavesNoTraceFile() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.mv.db"), "text\n");
    String console = console(() -> {
      StoreException e = assertThrows(StoreException.class, () -> JdbcStores.h2(fake));
      assertTrue(e.getMessage().contains("fake.mv.db"), e.getMessage());
      assertTrue(e.getMessage().contains("(is the file an H2 database?)"), e.getMessage());
    });
    assertFalse(console.contains("\tat "), console);
    assertFalse(console.contains("DbException"), console);
    assertEquals(List.of("fake.mv.db"), files());
    assertEquals("text\n", Files.readString(fake));
  }
}
