package org.civiclab.jdbc;

import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.contract.AttendanceLogContract;
import org.civiclab.core.store.contract.DirectoryContract;
import org.civiclab.core.store.contract.ProgramStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** Core's three storage contract suites on stores that a subclass opens on one database. */
abstract class ContractSuites {
  private JdbcStores opened;

  /** @return stores on an empty database */
  protected abstract JdbcStores openEmpty();

  /** @return whether the stores belong to one test and are closed after it */
  protected abstract boolean closeAfterEachTest();

  private JdbcStores open() {
    opened = openEmpty();
    return opened;
  }

  @AfterEach
  void close() {
    if (opened != null && closeAfterEachTest()) {
      opened.close();
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
