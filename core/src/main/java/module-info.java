/**
 * CivicLab's pure domain: values, time, rules, scheduling, matching, analysis and the storage
 * ports.
 *
 * <p>Exports the API packages only. {@code org.civiclab.core.internal} holds the Immutables
 * style annotation and precondition helpers; it is opened to the JDBC adapter alone, whose
 * own value types share the style, until the style moves out of the way (see the README).
 */
module org.civiclab.core {
  exports org.civiclab.core;
  exports org.civiclab.core.analysis;
  exports org.civiclab.core.enrolment;
  exports org.civiclab.core.matching;
  exports org.civiclab.core.model;
  exports org.civiclab.core.scheduling;
  exports org.civiclab.core.store;
  exports org.civiclab.core.store.memory;
  exports org.civiclab.core.time;
  exports org.civiclab.core.validation;

  // stop-gap: adapters-jdbc's package-info applies CivicStyle, a class-retention annotation
  exports org.civiclab.core.internal to org.civiclab.jdbc;

  // Guava's immutable collections appear in the values' accessors
  requires transitive com.google.common;
  requires org.slf4j;
  // compile-time only: annotations that are not needed when the library runs
  requires static org.immutables.value;
  // Immutables marks its output @javax.annotation.processing.Generated (source retention)
  requires static transitive java.compiler;
  requires static transitive org.jspecify;
  // class-retention annotations on the API (@CheckReturnValue), read by users' checkers
  requires static transitive com.google.errorprone.annotations;
}
