package org.civiclab.jdbc;

import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.contract.AttendanceLogContract;
import org.civiclab.core.store.contract.DirectoryContract;
import org.civiclab.core.store.contract.ProgramStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** Core's storage contract on embedded H2 files opened with {@link JdbcStores#h2}. */
class H2ContractTest {
  private JdbcStores stores;

  private JdbcStores open() {
    stores = JdbcStores.h2(TestDatabases.newH2File());
    return stores;
  }

  @AfterEach
  void close() {
    if (stores != null) {
      stores.close();
    }
  }

  @Nested
  class Programs extends ProgramStoreContract {
    @Override
    protected ProgramStore newStore() {
      return open().programs();
    }
  }

  @Nested
  class People extends DirectoryContract {
    @Override
    protected Directory newDirectory() {
      return open().directory();
    }
  }

  @Nested
  class Attendance extends AttendanceLogContract {
    @Override
    protected AttendanceLog newLog() {
      return open().attendance();
    }
  }
}
