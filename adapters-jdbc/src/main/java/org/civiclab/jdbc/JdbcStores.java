package org.civiclab.jdbc;

import static org.apiguardian.api.API.Status.STABLE;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.civiclab.core.StoreException;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CivicLab's stores in a relational database: H2 embedded in a file, PostgreSQL, or any
 * {@link DataSource} of either that the application already has.
 *
 * <p>Opening migrates CivicLab's own tables (all named {@code civiclab_*}) with Flyway, which
 * keeps its history in {@code civiclab_schema_history} so that it never meets the host
 * application's migrations. The stores handed out share the data source and are safe for use
 * by several threads. Closing releases the connection pool if this object created it; a data
 * source passed to {@link #on(DataSource)} stays the caller's.
 *
 * {@snippet :
 * try (JdbcStores stores = JdbcStores.h2(Path.of("civiclab-db/civiclab"))) {
 *   stores.programs().save(program, Versioned.NEW);  // version 1; a stale version fails
 *   Optional<Versioned<Program>> found = stores.programs().find(program.id());
 * }
 * // PostgreSQL: JdbcStores.connect("jdbc:postgresql://localhost/civiclab", user, password)
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class JdbcStores implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStores.class);
  /** The history table of CivicLab's migrations. */
  public static final String HISTORY_TABLE = "civiclab_schema_history";
  /**
   * Makes every H2 commit write its changes to the file before the commit returns. H2's
   * default ({@code WRITE_DELAY=500}) leaves up to half a second of returned commits in
   * memory, lost when the process is killed. H2 does not fsync at commit either way, so
   * after a power loss the newest commits may still be missing (see the README).
   */
  static final String H2_DURABLE = ";WRITE_DELAY=0";

  private final @Nullable HikariDataSource ownedPool;
  private final ProgramTable programs;
  private final DirectoryTables directory;
  private final AttendanceTable attendance;
  private final Dialect dialect;

  private JdbcStores(DataSource dataSource, @Nullable HikariDataSource ownedPool) {
    this.ownedPool = ownedPool;
    try {
      try (Connection c = dataSource.getConnection()) {
        this.dialect = Dialect.of(c);
      }
      migrate(dataSource);
    } catch (SQLException | RuntimeException e) {
      if (ownedPool != null) {
        ownedPool.close();
      }
      if (e instanceof SQLException) {
        throw Jdbc.failure("database", "connect", (SQLException) e);
      }
      throw (RuntimeException) e;
    }
    Jdbc jdbc = new Jdbc(dataSource, dialect);
    this.programs = new ProgramTable(jdbc);
    this.directory = new DirectoryTables(jdbc);
    this.attendance = new AttendanceTable(jdbc);
  }

  /**
   * Opens (creating if needed) an embedded H2 database in a file, with a small connection
   * pool that {@link #close()} releases.
   *
   * @param file where the database lives; H2 adds {@code .mv.db} (a path that already ends in
   *     it is taken as is)
   * @return the stores
   * @throws StoreException when the database cannot be opened or migrated
   */
  public static JdbcStores h2(Path file) {
    String path = file.toAbsolutePath().toString();
    if (path.endsWith(".mv.db")) {
      path = path.substring(0, path.length() - ".mv.db".length());
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
        + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000" + H2_DURABLE);
    config.setMaximumPoolSize(8);
    config.setPoolName("civiclab-h2");
    HikariDataSource pool = pool(config, "H2 database " + path);
    return new JdbcStores(pool, pool);
  }

  /**
   * Connects to a database by JDBC URL (PostgreSQL for real deployments, or H2), with a
   * connection pool that {@link #close()} releases. For PostgreSQL URLs, batched inserts are
   * rewritten into multi-row statements ({@code reWriteBatchedInserts=true}) unless the URL
   * says otherwise.
   *
   * @param jdbcUrl the URL, such as {@code jdbc:postgresql://db.example.org/civiclab}
   * @param user the database user; empty to take it from the URL
   * @param password the password; empty when none is needed
   * @return the stores
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static JdbcStores connect(String jdbcUrl, String user, String password) {
    String url = jdbcUrl;
    if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
      url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (!user.isEmpty()) {
      config.setUsername(user);
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(10);
    config.setPoolName("civiclab");
    HikariDataSource pool = pool(config, "database " + jdbcUrl.replaceAll("password=[^&;]*",
        "password=***"));
    return new JdbcStores(pool, pool);
  }

  /**
   * Uses a data source the application owns: CivicLab opens and closes connections but
   * never the data source itself. H2 databases must be in PostgreSQL mode with lower-case
   * identifiers ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}); for PostgreSQL, setting
   * {@code reWriteBatchedInserts=true} on the data source makes batched imports much faster.
   *
   * @param dataSource a data source of H2 (in PostgreSQL mode) or PostgreSQL
   * @return the stores
   * @throws StoreException when the database cannot be reached, is not supported or cannot be
   *     migrated
   */
  public static JdbcStores on(DataSource dataSource) {
    return new JdbcStores(dataSource, null);
  }

  /**
   * Starts a pool. For H2, the database's own trace file is turned off (unless the URL sets
   * {@code TRACE_LEVEL_FILE}): H2 would otherwise write {@code <name>.trace.db} beside the
   * user's file and, when it cannot (the path is a plain file, say), print its stack traces
   * to the console. Its errors reach the caller as exceptions either way.
   */
  private static HikariDataSource pool(HikariConfig config, String what) {
    String url = config.getJdbcUrl();
    if (url.startsWith("jdbc:h2:")
        && !url.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE")) {
      config.addDataSourceProperty("TRACE_LEVEL_FILE", "0");
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(what + ": could not connect: " + reason(e), e);
    }
  }

  /** The database's own words for a failed connection, without the pool's wrapping. */
  private static @Nullable String reason(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        SQLException sql = (SQLException) t;
        // H2: 90028 an I/O error, 90030 a damaged file, when opening what is not a database
        boolean notADatabase = sql.getErrorCode() == 90028 || sql.getErrorCode() == 90030;
        return sql.getMessage() + (notADatabase ? " (is the file an H2 database?)" : "");
      }
    }
    return e.getMessage();
  }

  /**
   * CivicLab's migrations: the SQL scripts under {@code db/migration/civiclab} and the Java
   * ones, which are listed here rather than found by scanning so that they stay package-private.
   * Version 2 converts documents to the civiclab JSON format and, on PostgreSQL, makes the
   * document columns {@code jsonb}.
   */
  static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(dataSource)
        .table(HISTORY_TABLE).locations("classpath:db/migration/civiclab")
        .javaMigrations(new V2__civiclab_json_documents())
        .baselineOnMigrate(true).baselineVersion("0");
  }

  private static void migrate(DataSource dataSource) {
    try {
      Flyway flyway = flyway(dataSource).load();
      refuseNewer(flyway);
      var result = flyway.migrate();
      LOG.debug("CivicLab schema at version {} ({} migrations applied)",
          result.targetSchemaVersion, result.migrationsExecuted);
    } catch (FlywayException e) {
      // Flyway wraps a Java migration's own reason (such as a row it cannot convert) in
      // exceptions that only say that the migration failed: the innermost one says why
      String why = String.valueOf(e.getMessage());
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof FlywayException && t.getMessage() != null
            && !why.contains(t.getMessage())) {
          why = t.getMessage();
        }
      }
      throw new StoreException("database: could not migrate CivicLab's tables: " + why, e);
    }
  }

  /**
   * Refuses a database whose CivicLab tables a newer CivicLab has migrated. Flyway by default
   * only warns of such "future" migrations and goes on, which would let this version read and
   * write tables whose shape it does not know.
   */
  private static void refuseNewer(Flyway flyway) {
    List<String> newer = Arrays.stream(flyway.info().all())
        .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
            || m.getState() == MigrationState.FUTURE_FAILED)
        .map(m -> m.getVersion() + " (" + m.getDescription() + ")")
        .toList();
    if (!newer.isEmpty()) {
      throw new StoreException("database: a newer CivicLab has migrated its tables to version "
          + String.join(", ", newer) + ", which this CivicLab does not know; open the database"
          + " with that CivicLab or a later one");
    }
  }

  /** @return the program store */
  public JdbcProgramStore programs() {
    return programs;
  }

  /** @return the directory of people and organisations */
  public Directory directory() {
    return directory;
  }

  /** @return the attendance log */
  public AttendanceLog attendance() {
    return attendance;
  }

  /** @return {@code "H2"} or {@code "PostgreSQL"}: the database these stores run on */
  public String database() {
    return dialect == Dialect.H2 ? "H2" : "PostgreSQL";
  }

  /** Releases the connection pool when these stores created it; otherwise does nothing. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }
}
