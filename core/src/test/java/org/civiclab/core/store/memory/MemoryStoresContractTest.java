package org.civiclab.core.store.memory;

import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.contract.AttendanceLogContract;
import org.civiclab.core.store.contract.DirectoryContract;
import org.civiclab.core.store.contract.ProgramStoreContract;
import org.junit.jupiter.api.Nested;

/** The in-memory stores against the storage contract. */
class MemoryStoresContractTest {

  @Nested
  class Programs extends ProgramStoreContract {
    @Override
    protected ProgramStore newStore() {
      return MemoryStores.programs();
    }
  }

  @Nested
  class People extends DirectoryContract {
    @Override
    protected Directory newDirectory() {
      return MemoryStores.directory();
    }
  }

  @Nested
  class Attendance extends AttendanceLogContract {
    @Override
    protected AttendanceLog newLog() {
      return MemoryStores.attendance();
    }
  }
}
