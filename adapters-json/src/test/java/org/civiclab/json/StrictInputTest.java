package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civiclab.core.Problem;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.ProgramId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only UTF-8 is a CivicLab document: malformed, overlong, surrogate and out-of-range byte
 * sequences, UTF-16 and UTF-32 (with or without byte order mark) and lone surrogates in text
 * are each one {@link JsonDocumentException} at the line and column of the bad input.
 */
class StrictInputTest {
  private static final String MARK = "Civic engagement";
  private final CivicLabJson json = CivicLabJson.create();

  @TempDir
  Path root;

  /** The valid program with {@code bad} in place of the title's first letter 'C'. */
  private static byte[] program(byte... bad) {
    return splice(MalformedDocumentsTest.VALID, MARK, bad);
  }

  private static byte[] splice(String text, String marker, byte... bad) {
    int at = text.indexOf(marker);
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at + 1).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(bad);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  /** The 1-based line and column of a marker's first character, and its UTF-8 byte offset. */
  private static long[] where(String text, String marker) {
    int at = text.indexOf(marker);
    String before = text.substring(0, at);
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = at - (before.lastIndexOf('\n') + 1) + 1;
    return new long[] {line, column, before.getBytes(StandardCharsets.UTF_8).length};
  }

  private static Problem only(Executable read) {
    JsonDocumentException e = assertThrows(JsonDocumentException.class, read);
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private static void assertAt(Problem p, long[] at, String why) {
    assertEquals(at[0], p.line().orElse(-1), p.toString());
    assertEquals(at[1], p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains("not valid UTF-8"), p.toString());
    assertTrue(p.message().contains("byte offset " + at[2]), p.toString());
    assertTrue(p.message().contains(why), p.toString());
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Test
  void anOverlongNulIsRefusedWhereItIs() {
    Problem p = only(() -> json.readProgram(in(program((byte) 0xC0, (byte) 0x80))));
    assertAt(p, where(MalformedDocumentsTest.VALID, MARK), "overlong");
  }

  @Test
  void anEncodedSurrogateIsRefusedWhereItIs() {
    Problem p = only(() -> json.readProgram(in(program((byte) 0xED, (byte) 0xA0,
        (byte) 0x80))));
    assertAt(p, where(MalformedDocumentsTest.VALID, MARK), "surrogate");
  }

  @Test
  void aCodePointBeyondUnicodeIsRefusedWhereItIs() {
    Problem p = only(() -> json.readProgram(in(program((byte) 0xF4, (byte) 0x90, (byte) 0x80,
        (byte) 0x80))));
    assertAt(p, where(MalformedDocumentsTest.VALID, MARK), "beyond U+10FFFF");
  }

  @Test
  void aStrayContinuationByteAndACutSequenceAreRefused() {
    assertAt(only(() -> json.readProgram(in(program((byte) 0x80)))),
        where(MalformedDocumentsTest.VALID, MARK), "continuation");
    assertAt(only(() -> json.readProgram(in(program((byte) 0xE2, (byte) 0x82)))),
        where(MalformedDocumentsTest.VALID, MARK), "incomplete");
    byte[] cut = MalformedDocumentsTest.VALID.substring(0, 40).getBytes(StandardCharsets.UTF_8);
    byte[] doc = java.util.Arrays.copyOf(cut, cut.length + 2);
    doc[cut.length] = (byte) 0xF0;
    doc[cut.length + 1] = (byte) 0x9F;
    Problem p = only(() -> json.readProgram(in(doc)));
    assertEquals(1, p.line().orElse(-1), p.toString());
    assertEquals(41, p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains("cut off by the end"), p.toString());
  }

  @Test
  void aBadByteFarIntoALongDocumentIsLocatedAcrossBuffers() {
    StringBuilder text = new StringBuilder(MalformedDocumentsTest.VALID);
    // push the title far beyond the reader's buffers, with multi-byte characters before it
    String filler = "  \"description\": {\"original\": \"en\", \"texts\": {\"en\": \"";
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      pad.append("žščć\r\n".charAt(i % 6));
    }
    text.insert(text.indexOf("  \"id\""), filler + pad.toString().replace("\r", "\\r")
        .replace("\n", "\\n") + "\"}},\r\n");
    String doc = text.toString();
    long[] at = where(doc.replace("\r\n", "\n"), MARK);
    at[2] = where(doc, MARK)[2];
    Problem p = only(() -> json.readProgram(in(splice(doc, MARK, (byte) 0xC1, (byte) 0xBF))));
    assertAt(p, at, "overlong");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-32BE", "UTF-32LE", "UTF-16BE", "UTF-16LE"})
  void aDocumentInAnotherUnicodeEncodingIsRefusedAtTheStart(String charset) {
    byte[] doc = MalformedDocumentsTest.VALID.getBytes(Charset.forName(charset));
    Problem p = only(() -> json.readProgram(in(doc)));
    assertEquals(1, p.line().orElse(-1), p.toString());
    assertEquals(1, p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains(charset.substring(0, 6)), p.toString());
    assertTrue(p.message().contains("CivicLab documents are UTF-8"), p.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-32BE", "UTF-32LE", "UTF-16BE", "UTF-16LE"})
  void aByteOrderMarkOfAnotherEncodingIsRefused(String charset) {
    byte[] doc = ("\uFEFF" + MalformedDocumentsTest.VALID).getBytes(Charset.forName(charset));
    Problem p = only(() -> json.readProgram(in(doc)));
    assertEquals(1, p.line().orElse(-1), p.toString());
    assertEquals(1, p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains(charset.substring(0, 6) + " ("
        + (charset.endsWith("BE") ? "big" : "little") + "-endian byte order mark"), p.toString());
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    byte[] doc = ("\uFEFF" + MalformedDocumentsTest.VALID).getBytes(StandardCharsets.UTF_8);
    assertEquals("seg-2024", json.readProgram(in(doc)).id().value());
    // and positions still count from the first character after it
    Problem p = only(() -> json.readProgram(in(splice("\uFEFF" + MalformedDocumentsTest.VALID,
        MARK, (byte) 0xC0, (byte) 0x80))));
    long[] at = where(MalformedDocumentsTest.VALID, MARK);
    at[2] += 3;
    assertAt(p, at, "overlong");
  }

  @Test
  void directoriesAndAttendanceAreStrictToo() {
    String dir = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"directory\",\n"
        + "\"organizations\":[],\n\"people\":[{\"id\":\"p1\",\"fullName\":\"Ana\","
        + "\"country\":\"BA\",\"homeZone\":\"Europe/Sarajevo\"}]}";
    Problem p = only(() -> json.readDirectory(in(splice(dir, "Ana", (byte) 0xED, (byte) 0xB0,
        (byte) 0x80))));
    assertAt(p, where(dir, "Ana"), "surrogate");
    String log = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance\",\"records\":[\n"
        + "{\"program\":\"p\",\"event\":\"e\",\"person\":\"x\",\"status\":\"PRESENT\","
        + "\"recordedAt\":\"2024-01-01T10:00:00Z\"}]}";
    p = only(() -> json.readAttendance(in(splice(log, "PRESENT", (byte) 0xC0, (byte) 0x80)),
        a -> { }));
    assertAt(p, where(log, "PRESENT"), "overlong");
    byte[] utf32 = log.getBytes(Charset.forName("UTF-32LE"));
    p = only(() -> json.readAttendance(in(utf32), a -> { }));
    assertTrue(p.message().contains("UTF-32"), p.toString());
  }

  @Test
  void aLoneSurrogateInTextIsRefusedWhereItIs() {
    String high = MalformedDocumentsTest.VALID.replace(MARK, "\uD800ivic engagement");
    Problem p = only(() -> json.readProgram(high));
    long[] at = where(MalformedDocumentsTest.VALID, MARK);
    assertEquals(at[0], p.line().orElse(-1), p.toString());
    assertEquals(at[1], p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains("lone high surrogate U+D800"), p.toString());
    String low = MalformedDocumentsTest.VALID.replace(MARK, "\uDC00ivic engagement");
    p = only(() -> json.readProgram(low));
    assertEquals(at[0], p.line().orElse(-1), p.toString());
    assertEquals(at[1], p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains("lone low surrogate U+DC00"), p.toString());
    // a proper pair is fine
    String pair = MalformedDocumentsTest.VALID.replace(MARK, "\uD83D\uDE00 engagement");
    assertEquals("seg-2024", json.readProgram(pair).id().value());
  }

  @Test
  void anEscapedLoneSurrogateIsRefusedAtItsString() {
    String doc = MalformedDocumentsTest.VALID.replace(MARK, "\\uDBFFivic engagement");
    Problem p = only(() -> json.readProgram(doc));
    long[] at = where(MalformedDocumentsTest.VALID, "\"" + MARK);
    assertEquals("program.title.texts.en", p.path(), p.toString());
    assertEquals(at[0], p.line().orElse(-1), p.toString());
    assertEquals(at[1], p.column().orElse(-1), p.toString());
    assertTrue(p.message().contains("lone surrogate \\uDBFF"), p.toString());
    String log = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance\",\"records\":[\n"
        + "{\"program\":\"p\",\"event\":\"e\",\"person\":\"x\\uDC00\",\"status\":\"PRESENT\","
        + "\"recordedAt\":\"2024-01-01T10:00:00Z\"}]}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readAttendance(in(log.getBytes(StandardCharsets.UTF_8)), a -> { }));
    assertEquals("records[0].person", e.problems().get(0).path(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("lone surrogate"), e.getMessage());
  }

  @Test
  void theByteLimitCountsBytes() {
    byte[] doc = MalformedDocumentsTest.VALID.getBytes(StandardCharsets.UTF_8);
    CivicLabJson small = CivicLabJson.withLimits(JsonLimits.defaults()
        .withMaxDocumentBytes(doc.length - 1));
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> small.readProgram(in(doc)));
    assertTrue(e.getMessage().contains("exceeds a reader limit"), e.getMessage());
    CivicLabJson exact = CivicLabJson.withLimits(JsonLimits.defaults()
        .withMaxDocumentBytes(doc.length));
    assertEquals("seg-2024", exact.readProgram(MalformedDocumentsTest.VALID).id().value());
  }

  @Test
  void theFileStoresRefuseFilesThatAreNotUtf8() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    ProgramId id = json.readProgram(MalformedDocumentsTest.VALID).id();
    stores.programs().save(json.readProgram(MalformedDocumentsTest.VALID), 0);
    List<Path> files;
    try (var s = Files.list(root.resolve("programs"))) {
      files = s.filter(f -> f.toString().endsWith(".json")).toList();
    }
    assertEquals(1, files.size());
    String written = Files.readString(files.get(0));
    Files.write(files.get(0), splice(written, "Civic", (byte) 0xC0, (byte) 0x80));
    StoreException e = assertThrows(StoreException.class, () -> stores.programs().find(id));
    assertInstanceOf(JsonDocumentException.class, e.getCause(), e.toString());
    assertTrue(e.getMessage().contains("overlong"), e.getMessage());

    Path log = root.resolve("attendance.jsonl");
    Files.write(log, splice("{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance-log\"}\n"
        + "[{\"program\":\"p\",\"event\":\"e\",\"person\":\"x\",\"status\":\"PRESENT\","
        + "\"recordedAt\":\"2024-01-01T10:00:00Z\"}]\n", "PRESENT", (byte) 0xF4, (byte) 0x90,
        (byte) 0x80, (byte) 0x80));
    e = assertThrows(StoreException.class, () -> stores.attendance().size());
    assertInstanceOf(JsonDocumentException.class, e.getCause(), e.toString());
    assertTrue(e.getMessage().contains("beyond U+10FFFF"), e.getMessage());
    Problem p = ((JsonDocumentException) e.getCause()).problems().get(0);
    assertEquals(2, p.line().orElse(-1), p.toString());
  }
}
