package org.civiclab.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/** The adapter's own behaviour on the PostgreSQL server of {@code CIVICLAB_PG_URL}. */
@Tag("postgresql")
class PostgresBehaviourTest extends StoreBehaviour {

  @Override
  protected JdbcStores openEmpty() {
    TestDatabases.emptyPostgres();
    return JdbcStores.on(dataSource());
  }

  @Override
  protected DataSource dataSource() {
    return TestDatabases.postgresDataSource();
  }

  @AfterEach
  void dropHostTable() throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS host_things");
    }
  }
}
