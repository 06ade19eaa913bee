/**
 * CivicLab's pure domain: values, time, rules, scheduling, matching, analysis and the storage
 * ports.
 *
 * <p>Exports the API packages and the extension points ({@code scheduling.spi},
 * {@code matching.spi}); the {@code internal} packages (the Immutables style, precondition
 * helpers, the scheduling and matching engines) are exported to no module.
 */
module org.civiclab.core {
  exports org.civiclab.core;
  exports org.civiclab.core.analysis;
  exports org.civiclab.core.enrolment;
  exports org.civiclab.core.grouping;
  exports org.civiclab.core.matching;
  exports org.civiclab.core.matching.spi;
  exports org.civiclab.core.model;
  exports org.civiclab.core.scheduling;
  exports org.civiclab.core.selection;
  exports org.civiclab.core.scheduling.spi;
  exports org.civiclab.core.store;
  exports org.civiclab.core.store.memory;
  exports org.civiclab.core.survey;
  exports org.civiclab.core.commitment;
  exports org.civiclab.core.results;
  exports org.civiclab.core.time;
  exports org.civiclab.core.validation;

  // Guava's immutable collections appear in the values' accessors
  requires transitive com.google.common;
  requires org.slf4j;
  // compile-time only: annotations that are not needed when the library runs
  requires static org.immutables.value;
  // Immutables marks its output @javax.annotation.processing.Generated (source retention)
  requires static transitive java.compiler;
  requires static transitive org.jspecify;
  // @API status marks (class retention): read by tools, not needed to run
  requires static transitive org.apiguardian.api;
  // class-retention annotations on the API (@CheckReturnValue), read by users' checkers
  requires static transitive com.google.errorprone.annotations;
}
