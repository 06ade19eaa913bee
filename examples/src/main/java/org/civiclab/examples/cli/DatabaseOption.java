package org.civiclab.examples.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
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
 * environment ({@code CIVICLAB_PG_USER}, {@code CIVICLAB_PG_PASSWORD}: the names
 * {@code .ci/postgres.sh} exports beside {@code CIVICLAB_PG_URL}, and the tests read), else
 * from the URL. Anything else is a directory for an embedded H2 database,
 * {@code <dir>/civiclab.mv.db}; a path ending in {@code .mv.db} names the H2 file itself. A
 * missing H2 database is an error unless {@code --create} is given: a mistyped path must not
 * quietly become an empty database.
 */
final class DatabaseOption {
  /** The file name, without H2's {@code .mv.db}, of the database inside a data directory. */
  static final String H2_NAME = "civiclab";
  /** The environment variable holding the user for a JDBC URL. */
  static final String USER_ENV = "CIVICLAB_PG_USER";
  /** The environment variable holding the password for a JDBC URL. */
  static final String PASSWORD_ENV = "CIVICLAB_PG_PASSWORD";

  @Option(names = "--db", paramLabel = "PATH|URL", required = true,
      description = "A directory for the embedded H2 database (file <dir>/civiclab.mv.db) or a "
          + "JDBC URL such as jdbc:postgresql://host/db.")
  String db;

  @Option(names = "--db-user", paramLabel = "USER",
      description = "Database user for a JDBC URL (default: env " + USER_ENV + ", else the URL).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      description = "Database password for a JDBC URL (default: env " + PASSWORD_ENV + ", "
          + "else the URL).")
  String password;

  @Option(names = "--create",
      description = "Create the H2 database when it does not exist yet (without it, a missing "
          + "database is a storage error).")
  boolean create;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  /**
   * Refuses a {@code --db} that cannot name a database (see {@link #check(CommandSpec, String,
   * String)}) and, without {@code --create}, an H2 database that does not exist.
   *
   * @throws picocli.CommandLine.ParameterException when it cannot name a database
   * @throws ExitCodes.CommandFailure when the H2 database does not exist and may not be created
   */
  void check() {
    check(mixee, "--db", db);
    if (!create) {
      requireExisting(db);
    }
  }

  /**
   * Refuses an H2 {@code --db} whose database file does not exist, before H2 would create an
   * empty one. A JDBC URL is left to the server.
   *
   * @param db the {@code --db} value
   * @throws ExitCodes.CommandFailure (storage error) when the H2 file does not exist
   */
  static void requireExisting(String db) {
    if (isUrl(db)) {
      return;
    }
    Path p = Path.of(db).toAbsolutePath().normalize();
    Path file = db.endsWith(".mv.db") ? p : p.resolve(H2_NAME + ".mv.db");
    if (!Files.exists(file)) {
      throw new ExitCodes.CommandFailure(ExitCodes.STORAGE, "no database at " + file
          + ": check --db, or add --create to create an empty one there");
    }
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
      Function<String, Optional<String>> env = DatabaseOption::env;
      return JdbcStores.connect(db, credential(user, USER_ENV, env),
          credential(password, PASSWORD_ENV, env));
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

  /**
   * @param given the value of the option, if given
   * @param variable the environment variable to fall back on
   * @param env reads an environment variable
   * @return the option, else the variable, else empty (the URL's own, if any, then applies)
   */
  static String credential(Optional<String> given, String variable,
      Function<String, Optional<String>> env) {
    return given.or(() -> env.apply(variable)).orElse("");
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isEmpty());
  }
}
