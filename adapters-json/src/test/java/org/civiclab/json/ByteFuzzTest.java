package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;

/**
 * Byte-level fuzzing of every kind of document: valid documents made by the test fixtures are
 * mutated byte by byte (bits flipped, bytes inserted, deleted or duplicated, truncation,
 * invalid UTF-8, byte order marks and other encodings, deep nesting, huge numbers, long
 * strings) and read; nothing but {@link JsonDocumentException} may leave the readers.
 *
 * <p>Each try of a property builds one valid document from a generated seed and reads
 * {@value #PER_TRY} mutations of it, drawn from a {@link Random} seeded by the try, so that
 * {@value #TRIES} tries read 10,000 documents per kind. A failure names the seed and the
 * mutations, which reproduce it.
 */
class ByteFuzzTest {
  private static final int TRIES = 20;
  private static final int PER_TRY = 500;
  private static final byte[][] BAD_UTF8 = {
      {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0,
      (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90,
      (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
      (byte) 0x80, (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xE0, (byte) 0x80,
      (byte) 0x80}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {0}};
  private static final byte[][] BOMS = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE}, {0, 0, (byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE, 0, 0}};
  private static final String[] CHARSETS = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"};
  private static final String[] TOKENS = {"{", "}", "[", "]", "\"", ":", ",", "\\", "\\u",
      "\\uD800", "\\uDC00", "\\u0000", "null", "true", "-", "0", "1e", "\n", "\r", "\t", " ",
      "/*", "//", "NaN", "Infinity", "'"};

  private final CivicLabJson json = CivicLabJson.create();

  /** Reads one mutated document of one kind. */
  private interface Read {
    void read(byte[] doc) throws IOException;
  }

  @Property(tries = TRIES)
  void mutatedProgramsFailOnlyWithTheDocumentedException(@ForAll @IntRange(min = 0,
      max = Integer.MAX_VALUE) int seed) throws IOException {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, 1);
    byte[] valid = json.toJson(g.program()).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed);
    fuzz("program", seed, valid, random, doc -> {
      if (random.nextInt(4) == 0) {
        // the text entry point: the bytes decoded leniently, lone surrogates possible
        json.readProgram(text(doc, random));
      } else {
        json.readProgram(new ByteArrayInputStream(doc));
      }
    });
  }

  @Property(tries = TRIES)
  void mutatedDirectoriesFailOnlyWithTheDocumentedException(@ForAll @IntRange(min = 0,
      max = Integer.MAX_VALUE) int seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDirectory(smallDirectory(ProgramGenerator.generate(seed, 1).directory()), out);
    Random random = new Random(seed);
    fuzz("directory", seed, out.toByteArray(), random, doc -> {
      if (random.nextBoolean()) {
        json.readDirectory(new ByteArrayInputStream(doc));
      } else {
        json.readDirectory(new ByteArrayInputStream(doc), o -> { }, p -> { });
      }
    });
  }

  @Property(tries = TRIES)
  void mutatedAttendanceFailsOnlyWithTheDocumentedException(@ForAll @IntRange(min = 0,
      max = Integer.MAX_VALUE) int seed) throws IOException {
    List<Attendance> records = new ArrayList<>();
    for (int k = 0; records.isEmpty() && k < 20; k++) {
      records = ProgramGenerator.attendance(ProgramGenerator.generate(seed + k, 2), seed);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StreamingWriter<Attendance> w = json.attendanceWriter(out)) {
      for (Attendance a : records.subList(0, Math.min(records.size(), 12))) {
        w.write(a);
      }
    }
    fuzz("attendance", seed, out.toByteArray(), new Random(seed),
        doc -> json.readAttendance(new ByteArrayInputStream(doc), a -> { }));
  }

  /**
   * All organisations and a few people of a directory (managers kept), so that each of the
   * many reads stays cheap.
   */
  private static DirectorySnapshot smallDirectory(DirectorySnapshot full) {
    DirectorySnapshot.Builder b = DirectorySnapshot.builder();
    full.organizations().values().forEach(b::addOrganization);
    Set<PersonId> kept = new HashSet<>();
    for (Person p : full.people().values()) {
      if (kept.size() < 6 && p.reportsTo().map(kept::contains).orElse(true)) {
        b.addPerson(p);
        kept.add(p.id());
      }
    }
    return b.build();
  }

  private void fuzz(String kind, int seed, byte[] valid, Random random, Read read) {
    for (int i = 0; i < PER_TRY; i++) {
      List<String> applied = new ArrayList<>();
      byte[] doc = valid;
      int n = 1 + random.nextInt(3);
      for (int m = 0; m < n; m++) {
        doc = mutate(doc, random, applied);
      }
      try {
        read.read(doc);
        Statistics.label(kind).collect("accepted");
      } catch (JsonDocumentException e) {
        Statistics.label(kind).collect("rejected");
        assertFalse(e.problems().isEmpty(), "no problems listed");
        e.problems().forEach(p -> assertFalse(p.message().isBlank(), p.toString()));
      } catch (Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        fail(kind + " document " + i + " of seed " + seed + ", mutations " + applied
            + ", threw " + t + " instead of JsonDocumentException:\n" + trace);
      }
    }
  }

  private static String text(byte[] doc, Random random) {
    StringBuilder s = new StringBuilder(new String(doc, StandardCharsets.UTF_8));
    if (s.length() > 0 && random.nextBoolean()) {
      s.insert(random.nextInt(s.length()), random.nextBoolean() ? '\uD800' : '\uDC00');
    }
    return s.toString();
  }

  private static byte[] mutate(byte[] doc, Random random, List<String> applied) {
    int len = doc.length;
    int at = len == 0 ? 0 : random.nextInt(len);
    int kind = random.nextInt(15);
    applied.add(kind + "@" + at);
    switch (kind) {
      case 0: { // flip a bit
        if (len == 0) {
          return doc;
        }
        byte[] out = doc.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 1: { // overwrite a byte
        if (len == 0) {
          return doc;
        }
        byte[] out = doc.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
      }
      case 2: { // insert random bytes
        byte[] bytes = new byte[1 + random.nextInt(8)];
        random.nextBytes(bytes);
        return insert(doc, at, bytes);
      }
      case 3: // delete a span
        return delete(doc, at, Math.min(len - at, 1 + random.nextInt(64)));
      case 4: { // duplicate a span elsewhere
        int span = Math.min(len - at, 1 + random.nextInt(256));
        return insert(doc, len == 0 ? 0 : random.nextInt(len), Arrays.copyOfRange(doc, at,
            at + span));
      }
      case 5: // truncate
        return Arrays.copyOf(doc, at);
      case 6: // invalid UTF-8 somewhere
        return insert(doc, at, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
      case 7: // a byte order mark, maybe of another encoding
        return insert(doc, random.nextInt(8) == 0 ? at : 0, BOMS[random.nextInt(BOMS.length)]);
      case 8: { // the whole document in another encoding, maybe with its mark
        String cs = CHARSETS[random.nextInt(CHARSETS.length)];
        String text = new String(doc, StandardCharsets.UTF_8);
        return ((random.nextBoolean() ? "\uFEFF" : "") + text).getBytes(Charset.forName(cs));
      }
      case 9: { // deep nesting
        int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        return insert(doc, valueStart(doc, at), ascii(open.repeat(depth)));
      }
      case 10: { // a huge number in place of a value or anywhere
        String number = random.nextBoolean() ? "9".repeat(1 + random.nextInt(2000))
            : "-" + random.nextInt(10) + "." + "0".repeat(random.nextInt(60)) + "1e"
                + (random.nextBoolean() ? "-" : "") + "9".repeat(1 + random.nextInt(12));
        int from = valueStart(doc, at);
        return insert(delete(doc, from, valueLength(doc, from)), from, ascii(number));
      }
      case 11: { // a JSON token
        return insert(doc, at, ascii(TOKENS[random.nextInt(TOKENS.length)]));
      }
      case 12: { // a long string value
        int from = valueStart(doc, at);
        String s = "\"" + "x".repeat(random.nextInt(4) == 0 ? 70_000 : random.nextInt(300))
            + "\"";
        return insert(delete(doc, from, valueLength(doc, from)), from, ascii(s));
      }
      case 13: { // a multi-byte character, valid
        String[] chars = {"é", "ж", "ქ", "中", "😀", "\u200B", "\uFEFF"};
        return insert(doc, at, chars[random.nextInt(chars.length)]
            .getBytes(StandardCharsets.UTF_8));
      }
      default: { // remove a whole line
        int start = lastIndexOf(doc, (byte) '\n', at) + 1;
        int end = indexOf(doc, (byte) '\n', at);
        return delete(doc, start, (end < 0 ? len : end) - start);
      }
    }
  }

  /** Where the value after the first colon at or after {@code at} starts, else {@code at}. */
  private static int valueStart(byte[] doc, int at) {
    int colon = indexOf(doc, (byte) ':', at);
    if (colon < 0) {
      return at;
    }
    int i = colon + 1;
    while (i < doc.length && doc[i] == ' ') {
      i++;
    }
    return i;
  }

  /** The length of a scalar value starting at {@code from} (a guess for containers: 0). */
  private static int valueLength(byte[] doc, int from) {
    if (from >= doc.length) {
      return 0;
    }
    if (doc[from] == '"') {
      int i = from + 1;
      while (i < doc.length && doc[i] != '"') {
        i += doc[i] == '\\' ? 2 : 1;
      }
      return Math.min(doc.length, i + 1) - from;
    }
    int i = from;
    while (i < doc.length && ",}]\n ".indexOf(doc[i]) < 0 && doc[i] != '{' && doc[i] != '[') {
      i++;
    }
    return i - from;
  }

  private static int indexOf(byte[] doc, byte b, int from) {
    for (int i = from; i < doc.length; i++) {
      if (doc[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] doc, byte b, int from) {
    for (int i = Math.min(from, doc.length - 1); i >= 0; i--) {
      if (doc[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] insert(byte[] doc, int at, byte[] bytes) {
    byte[] out = new byte[doc.length + bytes.length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    System.arraycopy(doc, at, out, at + bytes.length, doc.length - at);
    return out;
  }

  private static byte[] delete(byte[] doc, int at, int length) {
    if (length <= 0) {
      return doc;
    }
    byte[] out = new byte[doc.length - length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(doc, at + length, out, at, doc.length - at - length);
    return out;
  }
}
