/** HTML report pages and the alumni network (JGraphT) with GraphML and GEXF writers. */
module org.civiclab.report {
  exports org.civiclab.report;

  requires transitive org.civiclab.core;
  requires transitive org.jgrapht.core;
  requires java.xml;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static com.google.errorprone.annotations;
}
