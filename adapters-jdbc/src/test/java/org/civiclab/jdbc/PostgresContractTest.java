package org.civiclab.jdbc;

import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.contract.AttendanceLogContract;
import org.civiclab.core.store.contract.DirectoryContract;
import org.civiclab.core.store.contract.ProgramStoreContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/** Core's storage contract on the PostgreSQL server of {@code CIVICLAB_PG_URL}; fails without it. */
@Tag("postgresql")
class PostgresContractTest {

  private static JdbcStores open() {
    return TestDatabases.emptyPostgres();
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
