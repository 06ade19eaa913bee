package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the tests' databases come from: fresh H2 files in a temporary directory, and the
 * PostgreSQL server named by {@code CIVICLAB_PG_URL} (system property {@code civiclab.pg.url}
 * first), which the tests tagged {@code postgresql} need and fail without.
 */
final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static Path h2Root;
  private static JdbcStores postgres;

  private TestDatabases() {}

  /** @return the path of a new, empty H2 database file */
  static synchronized Path newH2File() {
    try {
      if (h2Root == null) {
        // under the module's target/, so that 'mvn clean' removes them (deleteOnExit cannot
        // remove a directory that still holds files)
        Path target = Files.createDirectories(Path.of("target", "h2-tests"));
        h2Root = Files.createTempDirectory(target, "run-");
      }
      return h2Root.resolve("db" + COUNTER.incrementAndGet());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param file an H2 database file
   * @return a plain data source on it, in the mode {@link JdbcStores#h2} uses
   */
  static DataSource h2DataSource(Path file) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
        + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000" + JdbcStores.H2_DURABLE);
    return ds;
  }

  /** @return the PostgreSQL URL; fails the test when it is not configured */
  static String postgresUrl() {
    String url = System.getProperty("civiclab.pg.url", System.getenv("CIVICLAB_PG_URL"));
    if (url == null || url.isBlank()) {
      fail("the postgresql tests need a server: set CIVICLAB_PG_URL (for example by "
          + "'bash .ci/postgres.sh start' and sourcing the env file it prints)");
    }
    return url;
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  /** @return stores on the PostgreSQL test database, emptied of CivicLab's rows */
  static synchronized JdbcStores emptyPostgres() {
    if (postgres == null) {
      postgres = JdbcStores.connect(postgresUrl(), env("CIVICLAB_PG_USER"),
          env("CIVICLAB_PG_PASSWORD"));
    }
    try (Connection c = postgresDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE civiclab_enrollment, civiclab_edition, civiclab_program,"
          + " civiclab_person, civiclab_organization, civiclab_attendance");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the PostgreSQL test database", e);
    }
    return postgres;
  }

  /** @return a plain data source on the PostgreSQL test database */
  static DataSource postgresDataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(postgresUrl());
    if (!env("CIVICLAB_PG_USER").isEmpty()) {
      ds.setUser(env("CIVICLAB_PG_USER"));
    }
    if (!env("CIVICLAB_PG_PASSWORD").isEmpty()) {
      ds.setPassword(env("CIVICLAB_PG_PASSWORD"));
    }
    return ds;
  }
}
