package org.civiclab.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;

/** The adapter's own behaviour on embedded H2. */
class H2BehaviourTest extends StoreBehaviour {
  private Path file;

  @Override
  protected JdbcStores openEmpty() {
    file = TestDatabases.newH2File();
    return JdbcStores.h2(file);
  }

  @Override
  protected DataSource dataSource() {
    return TestDatabases.h2DataSource(file);
  }
}
