package org.civiclab.bench.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.ProgramId;
import org.civiclab.jdbc.JdbcStores;
import org.jspecify.annotations.Nullable;

/**
 * {@code jdbc --db h2|postgresql --rows N [--people N] [--url URL] [--chunk N]}: imports N
 * attendance records through the adapter's batched {@code appendAll} and through a
 * hand-written batched INSERT into an identical table, in the same run and on the same
 * connection pool, and prints both times and their ratio (adapter over baseline). Both commit
 * one transaction per chunk (default 10,000 rows) and run interleaved chunk by chunk. The
 * people are imported first, through the directory, and that time is printed too.
 *
 * <p>H2 runs in a temporary file that is deleted afterwards. PostgreSQL takes the URL from
 * {@code --url} or {@code CIVICLAB_PG_URL} (user and password from {@code CIVICLAB_PG_USER}
 * and {@code CIVICLAB_PG_PASSWORD}) and works in a schema of its own that it drops at the end,
 * so it never touches CivicLab tables already in that database.
 */
public final class JdbcCommand implements BenchCommand {
  private static final String BASELINE_TABLE = "civiclab_bench_baseline";
  private static final int BATCH = 1_000;

  @Override
  public int run(String[] args) throws Exception {
    String db = null;
    String url = System.getenv("CIVICLAB_PG_URL");
    int rows = 1_000_000;
    int people = 100_000;
    int chunk = 10_000;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--db" -> db = need(args[i], value);
        case "--url" -> url = need(args[i], value);
        case "--rows" -> rows = positive(args[i], need(args[i], value));
        case "--people" -> people = positive(args[i], need(args[i], value));
        case "--chunk" -> chunk = positive(args[i], need(args[i], value));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: jdbc --db h2|postgresql --rows N [--people N] [--url URL] [--chunk N]");
      }
      i++;
    }
    if (db == null || !db.equals("h2") && !db.equals("postgresql")) {
      throw new IllegalArgumentException("--db must be h2 or postgresql");
    }
    Path tempDir = null;
    String schema = null;
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(4);
    if (db.equals("h2")) {
      tempDir = Files.createTempDirectory("civiclab-bench-");
      config.setJdbcUrl("jdbc:h2:file:" + tempDir.resolve("bench") + ";MODE=PostgreSQL"
          + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    } else {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("postgresql needs --url or CIVICLAB_PG_URL");
      }
      schema = "civiclab_bench_" + System.currentTimeMillis();
      config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
          + "&currentSchema=" + schema);
      String user = System.getenv("CIVICLAB_PG_USER");
      String password = System.getenv("CIVICLAB_PG_PASSWORD");
      if (user != null && !user.isEmpty()) {
        config.setUsername(user);
      }
      if (password != null && !password.isEmpty()) {
        config.setPassword(password);
      }
    }
    try (HikariDataSource pool = new HikariDataSource(config)) {
      if (schema != null) {
        execute(pool, "CREATE SCHEMA " + schema);
      }
      try (JdbcStores stores = JdbcStores.on(pool)) {
        createBaselineTable(pool);
        measure(stores, pool, db, rows, people, chunk);
      } finally {
        if (schema != null) {
          execute(pool, "DROP SCHEMA " + schema + " CASCADE");
        }
      }
    } finally {
      if (tempDir != null) {
        try (Stream<Path> files = Files.walk(tempDir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
    return 0;
  }

  /** The baseline's table: the same columns, keys and indexes as civiclab_attendance. */
  private static void createBaselineTable(HikariDataSource pool) throws SQLException {
    execute(pool, "DROP TABLE IF EXISTS " + BASELINE_TABLE);
    execute(pool, "CREATE TABLE " + BASELINE_TABLE + " ("
        + "seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        + " program_id VARCHAR(128) NOT NULL, event_id VARCHAR(128) NOT NULL,"
        + " person_id VARCHAR(128) NOT NULL, status VARCHAR(16) NOT NULL,"
        + " recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, recorded_nanos INTEGER NOT NULL)");
    execute(pool, "CREATE INDEX " + BASELINE_TABLE + "_event ON " + BASELINE_TABLE
        + " (event_id)");
    execute(pool, "CREATE INDEX " + BASELINE_TABLE + "_person ON " + BASELINE_TABLE
        + " (person_id)");
  }

  private static void measure(JdbcStores stores, HikariDataSource pool, String db, int rows,
      int people, int chunk) throws SQLException {
    List<Person> persons = people(people);
    List<Attendance> records = attendance(rows, people);
    // warm-up: the same code paths on a small slice, then both tables emptied
    List<Attendance> warm = records.subList(0, Math.min(records.size(), 20_000));
    for (int from = 0; from < warm.size(); from += chunk) {
      List<Attendance> slice = warm.subList(from, Math.min(warm.size(), from + chunk));
      stores.attendance().appendAll(slice);
      baseline(pool, slice);
    }
    execute(pool, "TRUNCATE TABLE civiclab_attendance");
    execute(pool, "TRUNCATE TABLE " + BASELINE_TABLE);

    long t0 = System.nanoTime();
    for (int from = 0; from < persons.size(); from += chunk) {
      stores.directory().putPeople(persons.subList(from, Math.min(persons.size(), from + chunk)));
    }
    long peopleMs = (System.nanoTime() - t0) / 1_000_000;

    // interleaved chunk by chunk, alternating who goes first, so that the machine's load
    // (shared cores, checkpoints) falls on both sides alike
    long adapterNs = 0;
    long baselineNs = 0;
    for (int from = 0, round = 0; from < records.size(); from += chunk, round++) {
      List<Attendance> slice = records.subList(from, Math.min(records.size(), from + chunk));
      for (int side = 0; side < 2; side++) {
        long t = System.nanoTime();
        if ((side + round) % 2 == 0) {
          stores.attendance().appendAll(slice);
          adapterNs += System.nanoTime() - t;
        } else {
          baseline(pool, slice);
          baselineNs += System.nanoTime() - t;
        }
      }
    }
    long adapterMs = adapterNs / 1_000_000;
    long baselineMs = baselineNs / 1_000_000;

    long stored = stores.attendance().size();
    long baselineRows = count(pool, BASELINE_TABLE);
    if (stored != rows || baselineRows != rows || stores.directory().countPeople() != people) {
      throw new IllegalStateException("row counts differ: adapter " + stored + ", baseline "
          + baselineRows + ", expected " + rows);
    }
    System.out.println("db: " + stores.database());
    System.out.println("rows: " + rows);
    System.out.println("people: " + people);
    System.out.println("chunk: " + chunk);
    System.out.println("people-ms: " + peopleMs);
    System.out.println("adapter-ms: " + adapterMs);
    System.out.println("baseline-ms: " + baselineMs);
    System.out.println("ratio: " + String.format(Locale.ROOT, "%.2f",
        (double) adapterMs / Math.max(1, baselineMs)));
  }

  /** The hand-written baseline: plain batched INSERTs of one chunk in one transaction. */
  private static void baseline(HikariDataSource pool, List<Attendance> records)
      throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + BASELINE_TABLE
          + " (program_id, event_id, person_id, status, recorded_at, recorded_nanos)"
          + " VALUES (?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (Attendance a : records) {
          ps.setString(1, a.program().value());
          ps.setString(2, a.event().value());
          ps.setString(3, a.person().value());
          ps.setString(4, a.status().name());
          ps.setObject(5, OffsetDateTime.ofInstant(a.recordedAt().truncatedTo(ChronoUnit.MICROS),
              ZoneOffset.UTC));
          ps.setInt(6, a.recordedAt().getNano());
          ps.addBatch();
          if (++pending == BATCH) {
            ps.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          ps.executeBatch();
        }
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }

  private static List<Person> people(int n) {
    List<Person> out = new ArrayList<>(n);
    String[] countries = {"SE", "BA", "GE", "BG", "RS", "BE"};
    String[] names = {"Åsa Öberg", "Emina Hadžić", "Ђорђе Петровић", "ნინო ბერიძე",
        "O'Brien \"Pat\""};
    for (int i = 0; i < n; i++) {
      out.add(Person.builder().id(PersonId.of("p" + i)).fullName(names[i % names.length] + " " + i)
          .organization(OrganizationId.of("o" + i % 50)).country(countries[i % countries.length])
          .addLanguage("en").homeZone(ZoneId.of("Europe/Sarajevo")).build());
    }
    return out;
  }

  private static List<Attendance> attendance(int n, int people) {
    SplittableRandom r = new SplittableRandom(42);
    AttendanceStatus[] statuses = AttendanceStatus.values();
    List<Attendance> out = new ArrayList<>(n);
    Instant t = Instant.parse("2024-01-01T08:00:00.000000001Z");
    ProgramId program = ProgramId.of("bench-program");
    for (int i = 0; i < n; i++) {
      out.add(Attendance.builder().program(program).event(EventId.of("e" + (i / 40)))
          .person(PersonId.of("p" + r.nextInt(Math.max(1, people))))
          .status(statuses[r.nextInt(statuses.length)])
          .recordedAt(t = t.plusNanos(1 + r.nextInt(1_000_000_000))).build());
    }
    return out;
  }

  private static void execute(HikariDataSource pool, String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(HikariDataSource pool, String table) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String need(String option, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a positive number, not '" + value + "'");
  }
}
