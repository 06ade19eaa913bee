package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.ProgramStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file stores' less travelled paths, each with the exact outcome: program file names
 * against a naive recomputation, documents placed by hand whose revision or id is not where
 * the writer puts it, version conflicts on save and delete, legacy names that cannot be
 * migrated, damaged attendance logs and directories named in their errors, a torn attendance
 * line longer than one read buffer, and {@link AtomicFiles}' escaping and clean-up.
 */
class FileStoreEdgesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path root;

  private Path programs() {
    return root.resolve("programs");
  }

  private Path fileOf(ProgramId id) {
    return programs().resolve(FileProgramStore.fileName(id));
  }

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** The name the class comment describes, computed the plain way. */
  private static String expectedName(String id) throws Exception {
    StringBuilder prefix = new StringBuilder();
    id.codePoints().limit(40).forEach(c -> prefix.append(
        c < 128 && (Character.isLetterOrDigit(c) || ".-_".indexOf(c) >= 0)
            ? Character.toLowerCase((char) c) : '_'));
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
    return prefix + "~" + HexFormat.of().formatHex(hash, 0, 16) + ".json";
  }

  @Test
  void programFileNamesArePrefixAndHashExactly() throws Exception {
    for (String id : List.of("a", "Seg:2024", "x.Y-z_0", "A".repeat(45), "ბ𐐀c",
        "ბ".repeat(42), "\uD801\uDC00".repeat(32))) {
      assertEquals(expectedName(id), FileProgramStore.fileName(ProgramId.of(id)), id);
    }
    assertEquals("seg_2024~", FileProgramStore.fileName(ProgramId.of("Seg:2024"))
        .substring(0, 9));
    assertEquals("a".repeat(40) + "~", FileProgramStore.fileName(ProgramId.of("A".repeat(45)))
        .substring(0, 41));
  }

  /** Rewrites a stored program document, moving fields of the root or the program to the end. */
  private void moveToEnd(Path file, String rootField, String programField) throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(file.toFile());
    if (rootField != null) {
      doc.set(rootField, doc.remove(rootField));
    }
    if (programField != null) {
      ObjectNode program = (ObjectNode) doc.get("program");
      program.set(programField, program.remove(programField));
    }
    Files.writeString(file, MAPPER.writeValueAsString(doc));
  }

  @Test
  void aRevisionAfterTheProgramIsStillTheVersionASaveChecks() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    store.save(p, 0);
    store.save(p, 1);
    store.save(p, 2);
    moveToEnd(fileOf(p.id()), "revision", null);
    assertEquals(3, store.find(p.id()).orElseThrow().version());
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> store.save(p, 2));
    assertEquals(3, e.actualVersion());
    assertEquals(4, store.save(p, 3).version());
  }

  @Test
  void aDocumentWithoutRevisionIsVersionOne() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    Files.writeString(fileOf(p.id()), CivicLabJson.create().toJson(p));
    assertEquals(1, store.find(p.id()).orElseThrow().version());
    assertEquals(2, store.save(p, 1).version());
  }

  @Test
  void anIdThatIsNotTheProgramsFirstFieldIsFoundByAWholeRead() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    store.save(p, 0);
    moveToEnd(fileOf(p.id()), null, "id");
    assertEquals(List.of(p.id()), store.ids());
    assertEquals(p, store.find(p.id()).orElseThrow().value());
  }

  @Test
  void aDamagedFileIsAStoreErrorFromIdsToo() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    store.save(Rich.program(), 0);
    Path file = fileOf(Rich.program().id());
    Files.writeString(file, "{\"format\":\"civiclab\"");
    StoreException e = assertThrows(StoreException.class, store::ids);
    assertTrue(e.getMessage().startsWith("programs: " + file
        + " is not a valid program document: "), e.getMessage());
    e = assertThrows(StoreException.class, () -> store.find(Rich.program().id()));
    assertTrue(e.getMessage().startsWith("program rich: " + file
        + " is not a valid program document: "), e.getMessage());
  }

  @Test
  void aFileHoldingAnotherProgramIsNamedExactly() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    store.save(p, 0);
    ProgramId other = ProgramId.of("other");
    Files.copy(fileOf(p.id()), fileOf(other));
    StoreException e = assertThrows(StoreException.class, () -> store.find(other));
    assertEquals("program other: " + fileOf(other) + " holds program 'rich' instead (a file"
        + " copied or renamed by hand?)", e.getMessage());
    e = assertThrows(StoreException.class, store::ids);
    assertEquals("programs: " + fileOf(other) + " holds program 'rich', whose file is "
        + FileProgramStore.fileName(p.id()) + " (a file copied or renamed by hand?)",
        e.getMessage());
  }

  @Test
  void savesAndDeletesWithTheWrongVersionChangeNothing() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> store.save(p, 1));
    assertEquals(1, e.expectedVersion());
    assertEquals(0, e.actualVersion());
    assertFalse(Files.exists(fileOf(p.id())));
    e = assertThrows(ConcurrentUpdateException.class, () -> store.delete(p.id(), 0));
    assertEquals(0, e.actualVersion(), "nothing to delete");
    store.save(p, 0);
    e = assertThrows(ConcurrentUpdateException.class, () -> store.delete(p.id(), 2));
    assertEquals(1, e.actualVersion());
    assertTrue(store.find(p.id()).isPresent());
    store.delete(p.id(), 1);
    assertEquals(List.of(), names(programs()));
    assertTrue(store.find(p.id()).isEmpty());
  }

  @Test
  void legacyNamesThatAreNoIdOrWhoseNewNameExistsAreLeftAlone() throws IOException {
    ProgramStore first = JsonFileStores.open(root).programs();
    Program p = Rich.program();
    first.save(p, 0);
    first.save(p, 1);
    String current = FileProgramStore.fileName(p.id());
    // an old copy of the same program under its legacy name, beside the current file
    Files.writeString(programs().resolve("rich.json"), CivicLabJson.create().toJson(p));
    Files.writeString(programs().resolve("%zz.json"), "not a program");
    Files.writeString(programs().resolve("a%2.json"), "not a program");
    Files.writeString(programs().resolve(".hidden.json"), "not a program");
    ProgramStore reopened = JsonFileStores.open(root).programs();
    assertEquals(List.of("%zz.json", ".hidden.json", "a%2.json", "rich.json", current),
        names(programs()), "nothing is renamed or deleted");
    assertEquals(2, reopened.find(p.id()).orElseThrow().version(), "the current file counts");
    assertEquals(List.of(p.id()), reopened.ids());
  }

  @Test
  void aRootThatIsAFileCannotBeOpened() throws IOException {
    Path file = Files.writeString(root.resolve("plain"), "x");
    StoreException e = assertThrows(StoreException.class, () -> JsonFileStores.open(file));
    assertTrue(e.getMessage().startsWith("file stores: cannot open " + file + ": "),
        e.getMessage());
    assertEquals(root, JsonFileStores.open(root).root());
  }

  // ---------------------------------------------------------------- attendance log

  private static List<Attendance> records(int n) {
    return CrashWriter.batch(Rich.program()).subList(0, n);
  }

  @Test
  void aTornLineLongerThanAReadBufferIsIgnoredThenCutOff() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    List<Attendance> batch = records(20);
    stores.attendance().appendAll(batch);
    Path log = root.resolve("attendance.jsonl");
    String committed = Files.readString(log);
    Files.writeString(log, "[" + "{\"x\":1},".repeat(4000), StandardOpenOption.APPEND);
    assertTrue(Files.size(log) - committed.length() > 3 * 8192);
    assertEquals(20, stores.attendance().size());
    stores.attendance().appendAll(batch.subList(0, 2));
    List<String> lines = Files.readAllLines(log);
    assertEquals(3, lines.size(), "header and two batches");
    assertTrue(Files.readString(log).startsWith(committed));
    assertEquals(22, stores.attendance().size());
  }

  @Test
  void aLogWithoutAnyWholeLineStartsAgainWithAHeader() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    Path log = root.resolve("attendance.jsonl");
    Files.writeString(log, "{\"format\":\"civiclab\",\"vers" + "x".repeat(9000));
    assertEquals(0, stores.attendance().size());
    stores.attendance().appendAll(records(3));
    List<String> lines = Files.readAllLines(log);
    assertEquals("{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance-log\"}",
        lines.get(0));
    assertEquals(2, lines.size());
    assertEquals(3, stores.attendance().size());
    assertEquals(List.of(records(3).get(1)), stores.attendance().forEvent(EventId.of("e1")));
  }

  @Test
  void appendNewSkipsWhatIsHeldAndQueriesFilterExactly() {
    JsonFileStores stores = JsonFileStores.open(root);
    assertEquals(0, stores.attendance().appendNew(List.of()));
    stores.attendance().appendAll(List.of());
    assertFalse(Files.exists(root.resolve("attendance.jsonl")), "nothing written");
    List<Attendance> ten = records(10);
    assertEquals(4, stores.attendance().appendNew(ten.subList(0, 4)));
    assertEquals(6, stores.attendance().appendNew(ten));
    assertEquals(0, stores.attendance().appendNew(ten.subList(2, 9)));
    assertEquals(10, stores.attendance().size());
    // events cycle e0..e6: e0 holds records 0 and 7
    assertEquals(List.of(ten.get(0), ten.get(7)),
        stores.attendance().forEvent(EventId.of("e0")));
    assertEquals(List.of(ten.get(5)), stores.attendance().forPerson(PersonId.of("p5")));
    assertEquals(List.of(), stores.attendance().forPerson(PersonId.of("nobody")));
  }

  private StoreException damagedLog(String content) throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    Path log = root.resolve("attendance.jsonl");
    Files.writeString(log, content);
    return assertThrows(StoreException.class, stores.attendance()::size);
  }

  @Test
  void aLogWithAnotherHeaderIsDamagedAtItsFirstLine() throws IOException {
    for (String header : List.of("{\"format\":\"civiclab\",\"version\":1,\"kind\":\"program\"}",
        "{\"format\":\"civiclab\",\"version\":2,\"kind\":\"attendance-log\"}", "[]")) {
      StoreException e = damagedLog(header + "\n[]\n");
      assertTrue(e.getMessage().startsWith("attendance log: " + root.resolve("attendance.jsonl")
          + " is damaged: "), e.getMessage());
      assertTrue(e.getMessage().contains("the first line is not a version 1 attendance-log"
          + " header"), e.getMessage());
    }
  }

  @Test
  void aLineThatIsNoBatchIsNamedByItsIndex() throws IOException {
    String header = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance-log\"}\n";
    StoreException e = damagedLog(header + "[]\n{\"a\":1}\n");
    assertTrue(e.getMessage().contains("[1]"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a batch of records"), e.getMessage());
    assertTrue(e.getMessage().contains("3:1") || e.getMessage().contains("line 3"),
        e.getMessage());
  }

  // ---------------------------------------------------------------- directory

  @Test
  void aDamagedDirectoryIsAStoreErrorNamingItsFile() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    stores.directory().put(Rich.directory());
    Path file = root.resolve("directory.json");
    Files.writeString(file, "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"directory\"");
    StoreException e = assertThrows(StoreException.class, stores.directory()::countPeople);
    assertTrue(e.getMessage().startsWith("directory: " + file
        + " is not a valid directory document: "), e.getMessage());
  }

  @Test
  void emptyPutsAndRemovingTheAbsentWriteNothing() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    stores.directory().put(DirectorySnapshot.of(List.of(), List.of()));
    stores.directory().removePerson(PersonId.of("nobody"));
    stores.directory().removeOrganization(Rich.o(0));
    assertFalse(Files.exists(root.resolve("directory.json")));
    stores.directory().put(Rich.directory());
    assertEquals(12, stores.directory().countPeople());
    Files.delete(root.resolve("directory.json"));
    assertEquals(0, stores.directory().countPeople(), "a deleted file is an empty directory");
    assertEquals(List.of(), stores.directory().organizations());
  }

  @Test
  void aSecondStoreOnTheRootSeesEveryChangeOfTheFirst() throws IOException {
    JsonFileStores writer = JsonFileStores.open(root);
    JsonFileStores reader = JsonFileStores.open(root);
    assertEquals(0, reader.directory().countPeople());
    DirectorySnapshot rich = Rich.directory();
    // organisations alone are a change too
    writer.directory().put(DirectorySnapshot.of(List.of(), rich.organizations().values()));
    assertEquals(List.copyOf(rich.organizations().values()), reader.directory().organizations());
    assertEquals(0, reader.directory().countPeople());
    Files.writeString(root.resolve(".directory.json.0bad.tmp"), "torn");
    writer.directory().putPeople(rich.people().values());
    assertFalse(Files.exists(root.resolve(".directory.json.0bad.tmp")), "leftover removed");
    assertEquals(12, reader.directory().countPeople());
    assertEquals(rich.people().get(Rich.p(3)), reader.directory().person(Rich.p(3))
        .orElseThrow());
    writer.directory().removePerson(Rich.p(3));
    writer.directory().removeOrganization(Rich.o(4));
    assertTrue(reader.directory().person(Rich.p(3)).isEmpty());
    assertTrue(reader.directory().organization(Rich.o(4)).isEmpty());
    assertEquals(rich.organizations().get(Rich.o(1)), reader.directory()
        .organization(Rich.o(1)).orElseThrow());
    assertEquals(4, reader.directory().organizations().size());
    List<PersonId> seen = new java.util.ArrayList<>();
    reader.directory().forEachPerson(x -> seen.add(x.id()));
    assertEquals(11, seen.size());
    assertFalse(seen.contains(Rich.p(3)));
    assertEquals(11, JsonFileStores.open(root).directory().countPeople(), "on disk as well");
    // a change made from the reader builds on the writer's state, not on a stale copy
    reader.directory().putPeople(List.of(rich.people().get(Rich.p(3))));
    assertEquals(12, writer.directory().countPeople());
  }

  @Test
  void everyReadOfASecondStoreIsFreshEvenAsItsFirstCall() {
    JsonFileStores writer = JsonFileStores.open(root);
    DirectorySnapshot rich = Rich.directory();
    writer.directory().put(rich);
    JsonFileStores reader = JsonFileStores.open(root);
    assertEquals(12, reader.directory().countPeople());
    writer.directory().removeOrganization(Rich.o(2));
    assertTrue(reader.directory().organization(Rich.o(2)).isEmpty(), "organization()");
    writer.directory().removePerson(Rich.p(5));
    List<PersonId> seen = new java.util.ArrayList<>();
    reader.directory().forEachPerson(x -> seen.add(x.id()));
    assertFalse(seen.contains(Rich.p(5)), "forEachPerson()");
    writer.directory().removePerson(Rich.p(6));
    assertEquals(10, reader.directory().findPeople(
        org.civiclab.core.store.PersonQuery.all()).size(), "findPeople()");
  }

  @Test
  void anEmptyLogFileIsAnEmptyLogAndGetsAHeaderOnAppend() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    Path log = Files.writeString(root.resolve("attendance.jsonl"), "");
    assertEquals(0, stores.attendance().size());
    stores.attendance().appendAll(records(2));
    assertEquals("{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance-log\"}",
        Files.readAllLines(log).get(0));
    List<Attendance> read = new java.util.ArrayList<>();
    stores.attendance().forEach(read::add);
    assertEquals(records(2), read);
  }

  @Test
  void aBadRecordIsNamedByItsBatchAndIndex() throws IOException {
    JsonFileStores stores = JsonFileStores.open(root);
    stores.attendance().appendAll(records(1));
    stores.attendance().appendAll(records(2));
    Path log = root.resolve("attendance.jsonl");
    List<String> lines = Files.readAllLines(log);
    String second = lines.get(2);
    Files.writeString(log, lines.get(0) + "\n" + lines.get(1) + "\n"
        + second.substring(0, second.length() - 1) + ",{\"x\":1}]\n");
    StoreException e = assertThrows(StoreException.class, stores.attendance()::size);
    assertTrue(e.getMessage().contains("[1][2]"), e.getMessage());
    assertFalse(e.getMessage().contains("[1][0]") || e.getMessage().contains("[1][1]"),
        e.getMessage());
  }

  // ---------------------------------------------------------------- atomic files

  @Test
  void fileNamesEscapeEveryOtherByteAndReadBack() {
    assertEquals("person%3A17", AtomicFiles.fileName("person:17"));
    assertEquals("a.b-c_D9%20%25%C3%A5", AtomicFiles.fileName("a.b-c_D9 %å"));
    assertEquals("a.b-c_D9 %å", AtomicFiles.idOf("a.b-c_D9%20%25%C3%A5"));
    assertEquals("A", AtomicFiles.idOf("%41"));
    assertEquals("a%4", AtomicFiles.idOf("a%4"), "a cut escape stays as it is");
    assertEquals("a%", AtomicFiles.idOf("a%"));
  }

  @Test
  void temporaryFilesAreDotNamesEndingInTmp() {
    assertTrue(AtomicFiles.isTemporary(Path.of(".x.json.1f.tmp")));
    assertFalse(AtomicFiles.isTemporary(Path.of("x.json.1f.tmp")));
    assertFalse(AtomicFiles.isTemporary(Path.of(".x.json")));
    assertEquals(".x.json.", AtomicFiles.tempPrefix(Path.of("d", "x.json")));
  }

  @Test
  void aFailedReplacementKeepsTheOldContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(root.resolve("t.json"), "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.replace(target, out -> {
      out.write("new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("t.json"), names(root));
    AtomicFiles.replace(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("t.json"), names(root));
  }

  @Test
  void leftoversOfOtherTargetsStayAndDeleteSaysWhetherItDeleted() throws IOException {
    Path target = root.resolve("t.json");
    Files.writeString(root.resolve(".t.json.1.tmp"), "torn");
    Files.writeString(root.resolve(".u.json.1.tmp"), "someone else's");
    Files.writeString(root.resolve(".t.json.keep"), "not temporary");
    AtomicFiles.removeLeftovers(target);
    assertEquals(List.of(".t.json.keep", ".u.json.1.tmp"), names(root));
    assertFalse(AtomicFiles.delete(target));
    Files.writeString(target, "x");
    assertTrue(AtomicFiles.delete(target));
    assertFalse(Files.exists(target));
    assertEquals("done", AtomicFiles.locked(root.resolve("l.lock"), () -> "done"));
  }
}
