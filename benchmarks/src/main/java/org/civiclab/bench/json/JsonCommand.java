package org.civiclab.bench.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.ProgramId;
import org.civiclab.json.CivicLabJson;
import org.civiclab.json.StreamingWriter;

/**
 * {@code json --records N [--out FILE]}: writes N attendance records with CivicLab's streaming
 * writer and reads them back with its strict streaming reader, then does the same with a
 * hand-written Jackson {@code JsonGenerator}/{@code JsonParser} loop over the same fields that
 * builds the same records without position tracking or problem collection. Both produce
 * byte-identical files and the same records (checked). Each side runs three times, in
 * alternating order; the best rate of each is printed with their ratios and the peak heap
 * used. Meant to run under {@code -Xmx64m} to show that memory does not grow with N.
 */
public final class JsonCommand implements BenchCommand {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final ProgramId PROGRAM = ProgramId.of("bench-program");
  private static final AttendanceStatus[] STATUSES = AttendanceStatus.values();

  /** Builds record i of the benchmark's log on the fly, so nothing is held in memory. */
  static Attendance record(long i) {
    return Attendance.builder().program(PROGRAM).event(EventId.of("session-" + (i % 997)))
        .person(PersonId.of("person-" + (i % 20_011))).status(STATUSES[(int) (i % 4)])
        .recordedAt(T0.plusSeconds(i)).build();
  }

  @Override
  public int run(String[] args) throws Exception {
    long records = 1_000_000;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--records":
          records = Long.parseLong(value(args, ++i));
          break;
        case "--out":
          out = Path.of(value(args, ++i));
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]
              + "; usage: json --records N [--out FILE]");
      }
    }
    if (records < 1) {
      throw new IllegalArgumentException("--records must be at least 1");
    }
    Path civic = out != null ? out : Files.createTempFile("civiclab-attendance", ".json");
    Path base = civic.resolveSibling(civic.getFileName() + ".baseline.json");
    try {
      CivicLabJson json = CivicLabJson.create();
      JsonFactory plain = JsonFactory.builder().build();
      long warm = Math.min(records, 200_000);
      civicWrite(json, civic, warm);
      civicRead(json, civic);
      baselineWrite(plain, base, warm);
      baselineRead(plain, base);
      System.gc();
      resetPeaks();
      long[] sums = new long[2];

      // best of three rounds, alternating which side goes first, against a noisy machine
      double cw = 0;
      double cr = 0;
      double bw = 0;
      double br = 0;
      for (int round = 0; round < 3; round++) {
        for (int side = 0; side < 2; side++) {
          boolean civiclab = (round + side) % 2 == 0;
          Path file = civiclab ? civic : base;
          long t0 = System.nanoTime();
          if (civiclab) {
            civicWrite(json, file, records);
          } else {
            baselineWrite(plain, file, records);
          }
          long t1 = System.nanoTime();
          long sum = civiclab ? civicRead(json, file) : baselineRead(plain, file);
          long t2 = System.nanoTime();
          if (civiclab) {
            cw = Math.max(cw, perSecond(records, t1 - t0));
            cr = Math.max(cr, perSecond(records, t2 - t1));
          } else {
            bw = Math.max(bw, perSecond(records, t1 - t0));
            br = Math.max(br, perSecond(records, t2 - t1));
          }
          if (round == 0) {
            sums[side] = sum;
          }
        }
      }
      long peak = peakHeapUsed();
      long civicSum = sums[0];
      long baseSum = sums[1];

      if (civicSum != baseSum || Files.size(civic) != Files.size(base)) {
        throw new IllegalStateException("the two readers disagree: " + civicSum + " vs "
            + baseSum + ", files " + Files.size(civic) + " vs " + Files.size(base) + " bytes");
      }
      print("records", String.valueOf(records));
      print("file-bytes", String.valueOf(Files.size(civic)));
      print("civiclab-write-records-per-second", format(cw));
      print("baseline-write-records-per-second", format(bw));
      print("ratio-write", String.format(Locale.ROOT, "%.2f", cw / bw));
      print("civiclab-read-records-per-second", format(cr));
      print("baseline-read-records-per-second", format(br));
      print("ratio-read", String.format(Locale.ROOT, "%.2f", cr / br));
      print("peak-heap-used-mb", String.format(Locale.ROOT, "%.1f", peak / 1048576.0));
      print("max-heap-mb", String.format(Locale.ROOT, "%.1f",
          Runtime.getRuntime().maxMemory() / 1048576.0));
      return 0;
    } finally {
      Files.deleteIfExists(base);
      if (out == null) {
        Files.deleteIfExists(civic);
      }
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void print(String key, String value) {
    System.out.println(key + ": " + value);
  }

  private static double perSecond(long n, long nanos) {
    return n / (nanos / 1e9);
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static void civicWrite(CivicLabJson json, Path file, long n) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        StreamingWriter<Attendance> w = json.attendanceWriter(out)) {
      for (long i = 0; i < n; i++) {
        w.write(record(i));
      }
    }
  }

  private static long civicRead(CivicLabJson json, Path file) throws IOException {
    long[] sum = {0};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      json.readAttendance(in, a -> sum[0] = sum[0] * 31 + a.hashCode());
    }
    return sum[0];
  }

  /** The plain loop: the same document, written field by field. */
  private static void baselineWrite(JsonFactory f, Path file, long n) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", "civiclab");
      g.writeNumberField("version", 1);
      g.writeStringField("kind", "attendance");
      g.writeArrayFieldStart("records");
      for (long i = 0; i < n; i++) {
        Attendance a = record(i);
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("program", a.program().value());
        g.writeStringField("event", a.event().value());
        g.writeStringField("person", a.person().value());
        g.writeStringField("status", a.status().name());
        g.writeStringField("recordedAt", a.recordedAt().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** The plain loop: skips to the records and builds each from its five strings. */
  private static long baselineRead(JsonFactory f, Path file) throws IOException {
    long sum = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        JsonParser p = f.createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals("records")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          var b = Attendance.builder();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String text = p.getText();
            switch (field) {
              case "program":
                b.program(ProgramId.of(text));
                break;
              case "event":
                b.event(EventId.of(text));
                break;
              case "person":
                b.person(PersonId.of(text));
                break;
              case "status":
                b.status(AttendanceStatus.valueOf(text));
                break;
              default:
                b.recordedAt(Instant.parse(text));
            }
          }
          sum = sum * 31 + b.build().hashCode();
        }
      }
    }
    return sum;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the heap used. */
  private static long peakHeapUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
