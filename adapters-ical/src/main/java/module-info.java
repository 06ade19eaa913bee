/** RFC 5545 export of programs, people's events and mentor pairs' meetings through ical4j. */
module org.civiclab.ical {
  exports org.civiclab.ical;

  requires transitive org.civiclab.core;
  requires ical4j.core;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static com.google.errorprone.annotations;
}
