/**
 * Versioned JSON documents for CivicLab's model and a crash-safe file-backed store.
 *
 * <p>{@code CivicLabModule} is a Jackson {@code Module}, so Jackson's databind is part of this
 * module's API.
 */
module org.civiclab.json {
  exports org.civiclab.json;

  requires transitive org.civiclab.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static com.google.errorprone.annotations;
}
