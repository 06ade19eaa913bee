package org.civiclab.json;

import java.nio.file.Path;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.contract.AttendanceLogContract;
import org.civiclab.core.store.contract.DirectoryContract;
import org.civiclab.core.store.contract.ProgramStoreContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed stores against core's storage contract, unchanged. */
class JsonFileStoresContractTest {
  @TempDir
  Path root;

  @Nested
  class Programs extends ProgramStoreContract {
    @Override
    protected ProgramStore newStore() {
      return JsonFileStores.open(root.resolve("p")).programs();
    }
  }

  @Nested
  class People extends DirectoryContract {
    @Override
    protected Directory newDirectory() {
      return JsonFileStores.open(root.resolve("d")).directory();
    }
  }

  @Nested
  class Attendance extends AttendanceLogContract {
    @Override
    protected AttendanceLog newLog() {
      return JsonFileStores.open(root.resolve("a")).attendance();
    }
  }
}
