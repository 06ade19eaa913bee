/** An application module that uses CivicLab the way a modular application would. */
module org.civiclab.consumer.modulepath {
  requires org.civiclab.core;
  requires org.civiclab.json;
  requires org.civiclab.jdbc;
}
