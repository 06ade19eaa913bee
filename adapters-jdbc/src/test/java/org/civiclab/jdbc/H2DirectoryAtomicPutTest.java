package org.civiclab.jdbc;

import org.civiclab.core.store.Directory;
import org.civiclab.core.store.contract.DirectoryAtomicPutContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The JDBC directory on H2 against the all-or-nothing put contract, on a data source whose
 * statements can be made to fail at the n-th execution.
 */
class H2DirectoryAtomicPutTest extends DirectoryAtomicPutContract {
  private FailingDataSource failing;
  private JdbcStores stores;

  @Override
  protected Directory newDirectory() {
    failing = new FailingDataSource(TestDatabases.h2DataSource(TestDatabases.newH2File()));
    stores = JdbcStores.on(failing.dataSource());
    return stores.directory();
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

  @AfterEach
  void close() {
    stores.close();
  }
}
