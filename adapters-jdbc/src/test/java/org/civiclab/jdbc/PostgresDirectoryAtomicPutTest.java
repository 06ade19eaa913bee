package org.civiclab.jdbc;

import org.civiclab.core.store.Directory;
import org.civiclab.core.store.contract.DirectoryAtomicPutContract;
import org.junit.jupiter.api.Tag;

/**
 * The JDBC directory on the PostgreSQL server of {@code CIVICLAB_PG_URL} against the
 * all-or-nothing put contract, on a data source whose statements can be made to fail at the
 * n-th execution; fails without a server.
 */
@Tag("postgresql")
class PostgresDirectoryAtomicPutTest extends DirectoryAtomicPutContract {
  private FailingDataSource failing;

  @Override
  protected Directory newDirectory() {
    TestDatabases.emptyPostgres();
    failing = new FailingDataSource(TestDatabases.postgresDataSource());
    return JdbcStores.on(failing.dataSource()).directory();
  }

  @Override
  protected boolean failWritesAt(int n) {
    failing.failAt(n);
    return true;
  }

  @Override
  protected void stopFailing() {
    failing.failAt(Integer.MAX_VALUE);
  }
}
