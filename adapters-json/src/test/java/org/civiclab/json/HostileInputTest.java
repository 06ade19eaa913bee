package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/**
 * A hostile file cannot exhaust memory: huge strings, deep nesting, long numbers, oversized
 * documents and floods of problems stop at the reader's limits with the documented exception.
 */
class HostileInputTest {
  private final CivicLabJson json = CivicLabJson.create();

  private static String header(String rest) {
    return "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"program\",\"program\":" + rest;
  }

  /** An endless stream: the reader must stop by itself. */
  private static InputStream endless(String prefix, String repeated) {
    byte[] unit = repeated.getBytes(StandardCharsets.UTF_8);
    InputStream tail = new InputStream() {
      long at;

      @Override
      public int read() {
        return unit[(int) (at++ % unit.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = unit[(int) (at++ % unit.length)];
        }
        return len;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), tail)));
  }

  @Test
  void anEndlessStringStopsAtTheStringLimit() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(endless(header("{\"id\":\""), "a")));
    assertTrue(e.getMessage().contains("exceeds a reader limit"), e.getMessage());
    assertTrue(e.getMessage().contains("String value length"), e.getMessage());
  }

  @Test
  void endlessNestingStopsAtTheDepthLimit() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(endless(header(""), "[")));
    assertTrue(e.getMessage().contains("exceeds a reader limit"), e.getMessage());
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }

  @Test
  void endlessAttendanceNestingStopsToo() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readAttendance(endless("{\"format\":\"civiclab\",\"version\":1,"
            + "\"kind\":\"attendance\",\"records\":[", "{\"x\":["), a -> { }));
    assertTrue(e.getMessage().contains("exceeds a reader limit"), e.getMessage());
  }

  @Test
  void aLongNumberStopsAtTheNumberLimit() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(endless(header("{\"id\":"), "9")));
    assertTrue(e.getMessage().contains("exceeds a reader limit"), e.getMessage());
  }

  @Test
  void aDocumentBeyondTheLengthLimitIsRejected() {
    String text = json.toJson(ProgramGenerator.generate(1, 4).program());
    CivicLabJson small = CivicLabJson.withLimits(JsonLimits.defaults()
        .withMaxDocumentBytes(text.length() / 2));
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> small.readProgram(text));
    assertTrue(e.getMessage().contains("Document length"), e.getMessage());
  }

  @Test
  void aFloodOfProblemsStopsAtTheProblemLimit() {
    StringBuilder fields = new StringBuilder("{");
    for (int i = 0; i < 5000; i++) {
      fields.append("\"f").append(i).append("\":1,");
    }
    fields.append("\"id\":\"x\"}");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(header(fields + "}")));
    assertEquals(101, e.problems().size());
    assertEquals("reading stopped after 100 problems", e.problems().get(100).message());
  }
}
