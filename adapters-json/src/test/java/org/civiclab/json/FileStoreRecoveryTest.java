package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash can leave behind, made by hand: a half-written temporary file, a torn last
 * line of the attendance log. The stores ignore it, read the last committed state, and the
 * next writer cleans it up. Also: two stores on one root (as two processes) detect each
 * other's writes, and ids that are not plain file names survive.
 */
class FileStoreRecoveryTest {
  @TempDir
  Path root;

  @Test
  void aHalfWrittenTemporaryFileIsIgnoredAndRemovedByTheNextSave() throws Exception {
    JsonFileStores stores = JsonFileStores.open(root);
    Program p = Rich.program();
    stores.programs().save(p, 0);
    Path file = root.resolve("programs").resolve(FileProgramStore.fileName(p.id()));
    Path torn = file.resolveSibling("." + file.getFileName() + ".deadbeef.tmp");
    String whole = Files.readString(file);
    Files.writeString(torn, whole.substring(0, whole.length() / 2));
    assertEquals(p, stores.programs().find(p.id()).orElseThrow().value());
    assertEquals(List.of(p.id()), stores.programs().ids());
    stores.programs().save(p, 1);
    assertFalse(Files.exists(torn));
  }

  @Test
  void aTornAttendanceLineIsIgnoredThenCutOff() throws Exception {
    JsonFileStores stores = JsonFileStores.open(root);
    List<Attendance> batch = CrashWriter.batch(Rich.program());
    stores.attendance().appendAll(batch);
    Path log = root.resolve("attendance.jsonl");
    Files.writeString(log, "[{\"program\":\"rich\",\"ev", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertEquals(batch.size(), stores.attendance().size());
    stores.attendance().appendAll(batch.subList(0, 3));
    assertEquals(batch.size() + 3, stores.attendance().size());
    assertTrue(Files.readString(log).endsWith("}]\n"));
    assertEquals(3, Files.readAllLines(log).size(), "header and two batches");
  }

  @Test
  void aDamagedFileIsAStoreErrorNamingTheProgram() throws Exception {
    JsonFileStores stores = JsonFileStores.open(root);
    stores.programs().save(Rich.program(), 0);
    Files.writeString(root.resolve("programs").resolve(
        FileProgramStore.fileName(ProgramId.of("rich"))), "{\"format\":");
    StoreException e = assertThrows(StoreException.class,
        () -> stores.programs().find(ProgramId.of("rich")));
    assertTrue(e.getMessage().startsWith("program rich: "), e.getMessage());
  }

  @Test
  void twoStoresOnOneRootDetectEachOthersWrites() {
    ProgramStore first = JsonFileStores.open(root).programs();
    ProgramStore second = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    first.save(p, 0);
    Program mine = p.withTitle(LocalizedText.of("en", "mine"));
    second.save(mine, 1);
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> first.save(p.withTitle(LocalizedText.of("en", "theirs")),
            1));
    assertEquals(2, e.actualVersion());
    assertEquals(mine, first.find(p.id()).orElseThrow().value());
  }

  @Test
  void idsThatAreNotPlainFileNamesRoundTrip() {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = Rich.program().withId(ProgramId.of("seg:2024.ბ"));
    store.save(p, 0);
    assertEquals(List.of(p.id()), store.ids());
    assertEquals(p, store.find(p.id()).orElseThrow().value());
  }
}
