package org.civiclab.examples.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civiclab.jdbc.JdbcStores;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option shared by the commands that use a store, and the one place that
 * opens {@link JdbcStores} from it.
 *
 * <p>A value starting with {@code jdbc:} is a JDBC URL (PostgreSQL for real deployments); its
 * user and password come from {@code --db-user}/{@code --db-password}, else from the
 * environment ({@code CIVICLAB_DB_USER}, {@code CIVICLAB_DB_PASSWORD}), else from the URL.
 * Anything else is a directory for an embedded H2 database, {@code <dir>/civiclab.mv.db}
 * (created when missing); a path ending in {@code .mv.db} names the H2 file itself.
 */
final class DatabaseOption {
  /** The file name, without H2's {@code .mv.db}, of the database inside a data directory. */
  static final String H2_NAME = "civiclab";

  @Option(names = "--db", paramLabel = "PATH|URL", required = true,
      description = "A directory for the embedded H2 database (file <dir>/civiclab.mv.db) or a "
          + "JDBC URL such as jdbc:postgresql://host/db.")
  String db;

  @Option(names = "--db-user", paramLabel = "USER",
      description = "Database user for a JDBC URL (default: env CIVICLAB_DB_USER, else the URL).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      description = "Database password for a JDBC URL (default: env CIVICLAB_DB_PASSWORD, "
          + "else the URL).")
  String password;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  /**
   * Refuses a {@code --db} that cannot name a database: see {@link #check(CommandSpec, String,
   * String)}.
   *
   * @throws picocli.CommandLine.ParameterException when it cannot
   */
  void check() {
    check(mixee, "--db", db);
  }

  /**
   * Refuses, as a usage error, an H2 path that is a plain file without H2's {@code .mv.db}
   * ending: it is neither a data directory nor a database file, and H2 would fail on it.
   *
   * @param spec the command
   * @param option the option's name
   * @param db its value
   * @throws picocli.CommandLine.ParameterException when the path cannot name a database
   */
  static void check(CommandSpec spec, String option, String db) {
    if (isUrl(db)) {
      return;
    }
    Path p;
    try {
      p = Path.of(db);
    } catch (java.nio.file.InvalidPathException e) {
      throw Usage.error(spec, option, "'" + db + "' is not a path");
    }
    if (!db.endsWith(".mv.db") && Files.isRegularFile(p)) {
      throw Usage.error(spec, option, p.toAbsolutePath().normalize() + " is a file, not a "
          + "directory for the database: name a directory (the database is <dir>/" + H2_NAME
          + ".mv.db), an H2 file ending in .mv.db, or a jdbc: URL");
    }
  }

  /** @return whether {@code --db} is a JDBC URL */
  boolean isUrl() {
    return isUrl(db);
  }

  /**
   * Opens the stores {@code --db} names, migrating the tables when needed.
   *
   * @return the stores; the caller closes them
   * @throws org.civiclab.core.StoreException when the database cannot be opened
   */
  JdbcStores open() {
    return open(db, Optional.ofNullable(user), Optional.ofNullable(password));
  }

  /** @return where exported files go by default: {@code <dir>/export} for H2, else {@code ./export} */
  Path exportDirectory() {
    return isUrl(db) ? Path.of("export") : dataDirectory(db).resolve("export");
  }

  /** @return a short description of the database for messages (no password) */
  String describe() {
    return describe(db);
  }

  static boolean isUrl(String db) {
    return db.startsWith("jdbc:");
  }

  static String describe(String db) {
    return isUrl(db) ? db.replaceAll("(?i)password=[^&;]*", "password=***")
        : "H2 " + h2File(db) + ".mv.db";
  }

  static JdbcStores open(String db, Optional<String> user, Optional<String> password) {
    if (isUrl(db)) {
      String u = user.or(() -> env("CIVICLAB_DB_USER")).orElse("");
      String p = password.or(() -> env("CIVICLAB_DB_PASSWORD")).orElse("");
      return JdbcStores.connect(db, u, p);
    }
    return JdbcStores.h2(h2File(db));
  }

  /** The directory holding the H2 file (and the demo's exports). */
  static Path dataDirectory(String db) {
    Path p = Path.of(db).toAbsolutePath().normalize();
    return db.endsWith(".mv.db") ? requireNonNull(p.getParent()) : p;
  }

  private static Path h2File(String db) {
    Path p = Path.of(db).toAbsolutePath().normalize();
    return db.endsWith(".mv.db") ? p : p.resolve(H2_NAME);
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isEmpty());
  }
}
