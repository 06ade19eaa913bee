package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/** Opening, reopening and failing to open stores. */
class JdbcStoresTest {

  @Test
  void anH2FileKeepsItsDataAcrossReopening() {
    Path file = TestDatabases.newH2File();
    Program p = ProgramGenerator.generate(3, 3).program();
    try (JdbcStores stores = JdbcStores.h2(file)) {
      stores.programs().save(p, Versioned.NEW);
      assertEquals("H2", stores.database());
    }
    assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".mv.db")));
    try (JdbcStores stores = JdbcStores.h2(file.resolveSibling(file.getFileName() + ".mv.db"))) {
      assertEquals(Optional.of(Versioned.of(p, 1)), stores.programs().find(p.id()));
    }
  }

  @Test
  void connectsByUrl() {
    Path file = TestDatabases.newH2File();
    try (JdbcStores stores = JdbcStores.connect("jdbc:h2:file:" + file.toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "", "")) {
      assertEquals(0, stores.directory().countPeople());
    }
  }

  @Test
  void anUnreachableServerIsAStoreError() {
    StoreException e = assertThrows(StoreException.class, () -> JdbcStores.connect(
        "jdbc:postgresql://127.0.0.1:9/none?password=secret", "nobody", ""));
    assertTrue(e.getMessage().startsWith("database jdbc:postgresql://127.0.0.1:9/none?"
        + "password=***: could not connect"), e.getMessage());
  }
}
