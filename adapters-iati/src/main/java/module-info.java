/** IATI 2.03 activity export of programs and their results frameworks, with the JDK's XML. */
module org.civiclab.iati {
  exports org.civiclab.iati;

  requires transitive org.civiclab.core;
  requires transitive java.xml;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static com.google.errorprone.annotations;
}
