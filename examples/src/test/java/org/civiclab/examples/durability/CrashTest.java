package org.civiclab.examples.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.time.DateRange;
import org.civiclab.jdbc.JdbcStores;
import org.civiclab.json.JsonFileStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM ({@code kill -9}) at random moments and checks that every write it was
 * told had succeeded is still there, whole, on each store.
 *
 * <p>A child JVM ({@link Writer}) opens a store and loops: it reads the program's version,
 * saves the next version, then appends an attendance batch, and prints {@code ACK save <v>} or
 * {@code ACK batch <n> <size>} to its standard output only after the call returned. The parent
 * reads those lines, kills the child ({@code SIGKILL} through its {@link ProcessHandle}) after
 * a random number of them, reopens the store in this JVM and checks:
 * <ul>
 *   <li>no acknowledged save is lost: the stored version is the last acknowledged one, or one
 *       more (the save that was running when the kill came);</li>
 *   <li>the stored program is whole: it reads back equal to what that version's save wrote
 *       (each version's content is derived from its number, {@link #programAt(long)});</li>
 *   <li>every acknowledged batch is in the log, in order and complete, and at most the one
 *       batch in flight besides, also complete;</li>
 *   <li>no version is handed out twice: a save after reopening, and every save of the next
 *       child, gets a version higher than any acknowledged before.</li>
 * </ul>
 * Each store is killed 20 times ({@code -Dciviclab.crash.kills=N} for more), the same store carrying on from kill to kill.
 * The kill points come from a seeded {@link java.util.Random}; a failure names the seed, and
 * {@code -Dciviclab.crash.seed=N} replays the same kill points (the exact moment still depends
 * on the machine). Nothing here depends on timing: the waits for the child only keep a broken
 * child from hanging the build.
 *
 * <p>Tagged {@code slow}: sixty child JVMs take half a minute on a quiet machine and several on
 * a loaded one, so CI runs this with {@code -Dgroups=postgresql,slow}, not in {@code mvn verify}.
 */
@Tag("slow")
class CrashTest {
  /** How often each store is killed; {@code -Dciviclab.crash.kills=N} changes it. */
  static final int KILLS = Integer.getInteger("civiclab.crash.kills", 20);
  /** A child is killed after this many acknowledgements at least, and at most MAX_ACKS. */
  static final int MIN_ACKS = 5;
  static final int MAX_ACKS = 60;
  /** Generous bound on waiting for a child's next line; only against hanging forever. */
  private static final long PATIENCE_SECONDS = 180;

  static final ProgramId PROGRAM = ProgramId.of("crash-test");
  static final EventId EVENT = EventId.of("crash-test-session");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final Instant EPOCH = Instant.parse("2024-01-01T08:00:00Z");

  @TempDir
  Path dir;

  @Test
  void fileStoreKeepsEveryAcknowledgedWrite() throws Exception {
    crashRepeatedly(Kind.FILE, dir.resolve("store").toString());
  }

  @Test
  void h2KeepsEveryAcknowledgedWrite() throws Exception {
    crashRepeatedly(Kind.H2, dir.resolve("h2").resolve("civiclab").toString());
  }

  /** Needs the server of {@code CIVICLAB_PG_URL}; works in a schema of its own. */
  @Test
  @Tag("postgresql")
  void postgresqlKeepsEveryAcknowledgedWrite() throws Exception {
    String schema = "civiclab_crash_" + Long.toHexString(new SecureRandom().nextLong() >>> 1);
    try (Connection c = postgresAdmin(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      crashRepeatedly(Kind.POSTGRESQL, schema);
    } finally {
      try (Connection c = postgresAdmin(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // the parent

  private void crashRepeatedly(Kind kind, String location) throws Exception {
    long seed = Long.getLong("civiclab.crash.seed", new SecureRandom().nextLong());
    java.util.Random random = new java.util.Random(seed);
    long handedOut = 0; // the version of the parent's last save, where the next child goes on
    long highest = 0; // the highest version any save ever returned
    long batches = 0; // the batches in the log after the last check
    List<String> problems = new ArrayList<>();
    for (int kill = 1; kill <= KILLS; kill++) {
      int acksBeforeKill = MIN_ACKS + random.nextInt(MAX_ACKS - MIN_ACKS + 1);
      String where = kind + " kill " + kill + "/" + KILLS + " after " + acksBeforeKill
          + " acks";
      String replay = " (seed " + seed + ", replay with -Dciviclab.crash.seed=" + seed + ")";
      Path log = dir.resolve("child-" + kill + ".err");
      long started = System.nanoTime();
      List<String> acks = runAndKill(kind, location, batches, acksBeforeKill, log,
          where + replay);

      // what the child acknowledged: saves count up from the parent's last save, batches
      // from the last batch in the log, in strict alternation save, batch, save, ...
      long lastSave = handedOut;
      long lastBatch = batches - 1;
      long reused = 0;
      for (String ack : acks) {
        String[] f = ack.split(" ");
        if (f.length == 3 && f[0].equals("ACK") && f[1].equals("save")) {
          long v = Long.parseLong(f[2]);
          assertEquals(lastSave + 1, v, where + replay + ": a save was handed version " + v
              + " right after " + lastSave + "; acks " + acks);
          reused += v <= highest ? 1 : 0;
          lastSave = v;
        } else if (f.length == 4 && f[0].equals("ACK") && f[1].equals("batch")) {
          long n = Long.parseLong(f[2]);
          assertEquals(lastBatch + 1, n, where + replay + ": batch numbers out of step; acks "
              + acks);
          assertEquals(batchSize(n), Integer.parseInt(f[3]), where + replay + ": " + ack);
          lastBatch = n;
        } else {
          fail(where + replay + ": the child printed '" + ack + "'; its errors: "
              + errors(log));
        }
      }
      if (reused > 0) {
        problems.add(where + ": " + reused + " versions handed out again (up to " + highest
            + " had been acknowledged before)");
      }
      highest = Math.max(highest, lastSave);

      try (Stores stores = Stores.open(kind, location)) {
        Optional<Versioned<Program>> found = stores.programs().find(PROGRAM);
        long stored = found.map(Versioned::version).orElse(Versioned.NEW);
        if (stored < lastSave) {
          problems.add(where + ": version " + lastSave + " was acknowledged but the store"
              + " holds version " + stored + " (" + (lastSave - stored) + " saves lost)");
        }
        assertTrue(stored <= lastSave + 1, where + replay + ": the store holds version "
            + stored + ", yet only one save after " + lastSave + " can have been running");
        if (found.isPresent()) {
          assertEquals(programAt(stored), found.get().value(), where + replay
              + ": the stored program is not what the save of version " + stored + " wrote");
        }

        long inLog = wholeBatches(stores.attendance().forEvent(EVENT), where + replay);
        if (inLog < lastBatch + 1) {
          problems.add(where + ": " + (lastBatch + 1) + " batches were acknowledged but the"
              + " log holds " + inLog + " (" + (lastBatch + 1 - inLog) + " batches lost)");
        }
        assertTrue(inLog <= lastBatch + 2, where + replay + ": the log holds " + inLog
            + " batches, yet only one after batch " + lastBatch + " can have been running");
        assertTrue(Math.max(0, stored - lastSave) + Math.max(0, inLog - lastBatch - 1) <= 1,
            where + replay + ": both a save and a batch went through unacknowledged, but the"
            + " child makes one call at a time: stored version " + stored + ", last acknowledged "
            + lastSave + "; batches in the log " + inLog + ", last acknowledged " + lastBatch
            + "; the child's last acks " + acks.subList(Math.max(0, acks.size() - 6), acks.size())
            + "; its errors: " + errors(log));

        // the store carries on, and must not hand out a version twice
        Versioned<Program> next = stores.programs().save(programAt(stored + 1), stored);
        assertEquals(stored + 1, next.version(), where + replay);
        if (next.version() <= highest) {
          problems.add(where + ": after reopening, a save got version " + next.version()
              + ", which had been acknowledged before");
        }
        handedOut = next.version();
        highest = Math.max(highest, handedOut);
        batches = inLog;
      }
      System.out.printf("%s: %d acks, stored version %d, %d batches, %d ms%n", where,
          acks.size(), handedOut - 1, batches, (System.nanoTime() - started) / 1_000_000);
    }
    if (!problems.isEmpty()) {
      fail(kind + ": acknowledged writes were lost or versions reused in "
          + problems.stream().map(p -> p.substring(0, p.indexOf(':'))).distinct().count()
          + " of " + KILLS + " kills" + " (seed " + seed + ", replay with -Dciviclab.crash.seed="
          + seed + "):\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Starts a child writer, kills it after it acknowledged a number of writes and returns
   * every acknowledgement it printed in full (it may have printed more before it died).
   */
  private static List<String> runAndKill(Kind kind, String location, long firstBatch,
      int acksBeforeKill, Path errors, String where) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Xshare:auto", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", System.getProperty("java.class.path"), Writer.class.getName(),
        kind.name(), location, Long.toString(firstBatch)));
    Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    Lines lines = new Lines(child.getInputStream());
    lines.start();
    List<String> acks = new ArrayList<>();
    try {
      while (acks.size() < acksBeforeKill) {
        String line = lines.queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (line == null) {
          fail(where + ": no word from the child in " + PATIENCE_SECONDS + " s after "
              + acks + "; its errors: " + errors(errors));
        }
        if (line == Lines.END) {
          fail(where + ": the child ended by itself (exit " + child.waitFor() + ") after "
              + acks + "; its errors: " + errors(errors));
        }
        acks.add(line);
      }
    } finally {
      // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the
      // child's output, and the acknowledgements still in the pipe would be lost with it
      child.toHandle().destroyForcibly();
    }
    if (!child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
      fail(where + ": the killed child did not end");
    }
    for (String line = lines.queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS); line != Lines.END;
        line = lines.queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
      if (line == null) {
        fail(where + ": the killed child's output did not end");
      }
      acks.add(line);
    }
    return acks;
  }

  /** Reads a child's output and hands on its complete lines; a torn last line is dropped. */
  private static final class Lines extends Thread {
    static final String END = new String("end of output");
    final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final InputStream in;

    Lines(InputStream in) {
      this.in = in;
      setDaemon(true);
    }

    @Override
    public void run() {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      try (in) {
        for (int b = in.read(); b >= 0; b = in.read()) {
          if (b == '\n') {
            queue.add(line.toString(StandardCharsets.UTF_8));
            line.reset();
          } else {
            line.write(b);
          }
        }
      } catch (IOException e) {
        // the child's end of the pipe closes when it dies, which reads as an end of stream;
        // an IOException here means our end was closed, and acknowledgements may be lost
        queue.add("read failed: " + e);
      } finally {
        queue.add(END);
      }
    }
  }

  private static String errors(Path log) {
    try {
      String text = Files.readString(log);
      return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * Checks that the log holds batches 0, 1, 2, ... each complete and as written, and nothing
   * else.
   *
   * @return how many batches it holds
   */
  private static long wholeBatches(List<Attendance> records, String where) {
    long batch = 0;
    int index = 0;
    for (int r = 0; r < records.size(); r++) {
      Attendance expected = recordOf(batch, index);
      if (!expected.equals(records.get(r))) {
        fail(where + ": record " + r + " of the log is " + records.get(r) + ", expected "
            + expected + " (record " + index + " of batch " + batch + ")");
      }
      index++;
      if (index == batchSize(batch)) {
        batch++;
        index = 0;
      }
    }
    if (index != 0) {
      fail(where + ": batch " + batch + " holds " + index + " of its " + batchSize(batch)
          + " records: a batch was appended in part");
    }
    return batch;
  }

  private static Connection postgresAdmin() throws SQLException {
    return DriverManager.getConnection(postgresUrl(), env("CIVICLAB_PG_USER"),
        env("CIVICLAB_PG_PASSWORD"));
  }

  private static String postgresUrl() {
    String url = System.getenv("CIVICLAB_PG_URL");
    if (url == null || url.isBlank()) {
      fail("the postgresql tests need a server: set CIVICLAB_PG_URL (bash .ci/postgres.sh start)");
    }
    return url;
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  // ---------------------------------------------------------------------------------------
  // what the writes contain: all derived from the version or batch number

  /** The program as the save of a version writes it; its size varies with the version. */
  static Program programAt(long version) {
    LocalDate end = START.plusDays(30 + version % 400);
    List<Enrollment> enrollments = new ArrayList<>();
    for (int i = 0; i < version % 7; i++) {
      enrollments.add(Enrollment.builder().person(PersonId.of("person-" + version + "-" + i))
          .status(EnrollmentStatus.values()[(int) ((version + i) % EnrollmentStatus.values()
              .length)]).audience(i % 2 == 0 ? Audience.STAFF : Audience.EXTERNAL)
          .sequence(i + 1).build());
    }
    return Program.builder().id(PROGRAM)
        .title(LocalizedText.of("en", "Crash test, version " + version))
        .description(LocalizedText.of("en", ("version " + version + " ").repeat(
            1 + (int) (version % 13) * 40)))
        .organizer(OrganizationId.of("crash-test-organizer")).zone(ZoneOffset.UTC)
        .period(DateRange.of(START, end))
        .addEditions(Edition.builder().id(EditionId.of("edition-" + version % 3))
            .label("Edition of version " + version).period(DateRange.of(START, end))
            .addAllEnrollments(enrollments).build())
        .build();
  }

  /** @return how many records batch n holds: 1 to 9 */
  static int batchSize(long n) {
    return 1 + (int) (n % 9);
  }

  /** Record i of batch n. */
  static Attendance recordOf(long batch, int index) {
    return Attendance.builder().program(PROGRAM).event(EVENT)
        .person(PersonId.of("attendee-" + batch + "-" + index))
        .status(AttendanceStatus.values()[(int) ((batch + index)
            % AttendanceStatus.values().length)])
        .recordedAt(EPOCH.plusSeconds(batch * 60).plusNanos(index * 1_000L + 7)).build();
  }

  static List<Attendance> batch(long n) {
    List<Attendance> out = new ArrayList<>();
    for (int i = 0; i < batchSize(n); i++) {
      out.add(recordOf(n, i));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // the stores

  enum Kind { FILE, H2, POSTGRESQL }

  /** A program store and an attendance log of one kind, open until closed. */
  interface Stores extends AutoCloseable {
    ProgramStore programs();

    AttendanceLog attendance();

    @Override
    void close();

    static Stores open(Kind kind, String location) {
      if (kind == Kind.FILE) {
        JsonFileStores files = JsonFileStores.open(Path.of(location));
        return of(files.programs(), files.attendance(), () -> { });
      }
      JdbcStores jdbc;
      if (kind == Kind.H2) {
        jdbc = JdbcStores.h2(Path.of(location));
      } else {
        String url = postgresUrl();
        url += (url.contains("?") ? "&" : "?") + "currentSchema=" + location;
        jdbc = JdbcStores.connect(url, env("CIVICLAB_PG_USER"), env("CIVICLAB_PG_PASSWORD"));
      }
      return of(jdbc.programs(), jdbc.attendance(), jdbc::close);
    }

    private static Stores of(ProgramStore programs, AttendanceLog attendance, Runnable close) {
      return new Stores() {
        @Override
        public ProgramStore programs() {
          return programs;
        }

        @Override
        public AttendanceLog attendance() {
          return attendance;
        }

        @Override
        public void close() {
          close.run();
        }
      };
    }
  }

  // ---------------------------------------------------------------------------------------
  // the child

  /**
   * The child JVM: {@code Writer <kind> <location> <first batch>} writes until it is killed and
   * acknowledges each write on standard output once the call returned.
   */
  static final class Writer {
    private Writer() {}

    public static void main(String[] args) {
      try {
        Kind kind = Kind.valueOf(args[0]);
        long batch = Long.parseLong(args[2]);
        // unbuffered: each acknowledgement leaves in one write, after its call returned
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        try (Stores stores = Stores.open(kind, args[1])) {
          while (true) {
            long current = stores.programs().find(PROGRAM).map(Versioned::version)
                .orElse(Versioned.NEW);
            long saved = stores.programs().save(programAt(current + 1), current).version();
            out.write(("ACK save " + saved + "\n").getBytes(StandardCharsets.US_ASCII));
            List<Attendance> records = batch(batch);
            stores.attendance().appendAll(records);
            out.write(("ACK batch " + batch + " " + records.size() + "\n")
                .getBytes(StandardCharsets.US_ASCII));
            batch++;
          }
        }
      } catch (Throwable e) {
        e.printStackTrace();
        System.exit(3);
      }
    }
  }
}
