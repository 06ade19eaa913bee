/**
 * The storage ports on plain JDBC: Flyway migrations, embedded H2 by default, PostgreSQL for
 * real deployments.
 *
 * <p>Documents are read and written by the JSON adapter, so every store holds one format.
 * The H2 and PostgreSQL drivers are found at run time through {@code java.sql.Driver} services; they are
 * required here so that an application on the module path gets them resolved without
 * {@code --add-modules}.
 */
module org.civiclab.jdbc {
  exports org.civiclab.jdbc;
  // The SQL migrations: Flyway reads them through ClassLoader.getResourceAsStream, which finds
  // a named module's resources only in packages opened to everyone. No classes live here.
  opens db.migration.civiclab;

  requires transitive org.civiclab.core;
  // the document columns hold what CivicLabJson writes
  requires org.civiclab.json;
  // JdbcStores.on(DataSource) and SQLException in the API
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  requires flyway.core;
  requires com.google.common;
  requires org.slf4j;
  requires static com.h2database;   // optional: the user adds the driver they run on
  requires static org.postgresql.jdbc;
  requires static org.immutables.value;
  // Immutables marks its output @javax.annotation.processing.Generated (source retention)
  requires static java.compiler;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static com.google.errorprone.annotations;
}
