package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every valid id fits a file name of the program store: long ids of multi-byte letters, ids
 * that differ only in case (apart even where the file system ignores case), ids with
 * {@code :}. Files named by earlier snapshots are renamed on open; a file named after another
 * id is an error.
 */
class FileStoreNamesTest {
  /** Ten Georgian letters, three UTF-8 bytes each. */
  private static final String GEORGIAN = "აბგდევზთიკ";

  @TempDir
  Path root;

  private static Program withId(String id) {
    return Rich.program().withId(ProgramId.of(id));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("programs"))) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static void savesAndLoads(ProgramStore store, Program p) {
    store.save(p, 0);
    assertEquals(p, store.find(p.id()).orElseThrow().value());
    store.save(p, 1);
    assertEquals(2, store.find(p.id()).orElseThrow().version());
  }

  @Test
  void anIdOf42GeorgianLettersFits() throws IOException {
    String id = (GEORGIAN.repeat(5)).substring(0, 42);
    assertEquals(126, id.getBytes(StandardCharsets.UTF_8).length);
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = withId(id);
    savesAndLoads(store, p);
    assertEquals(List.of(p.id()), store.ids());
    store.delete(p.id(), 2);
    assertEquals(List.of(), store.ids());
  }

  @Test
  void everyValidIdGetsAShortPortableName() {
    String[] ids = {"a", "x".repeat(128), GEORGIAN.repeat(4), "\uD801\uDC00".repeat(32),
        "seg:2024:a.b_c-d", "CON", "Seg-2024"};
    for (String id : ids) {
      String name = FileProgramStore.fileName(ProgramId.of(id));
      assertTrue(name.length() <= 78, name);
      assertTrue(name.matches("[a-z0-9._-]{1,40}~[0-9a-f]{32}\\.json"), name);
    }
  }

  @Test
  void idsThatDifferOnlyInCaseAreKeptApart() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program lower = withId("seg-2024");
    Program upper = withId("SEG-2024").withTitle(
        org.civiclab.core.model.LocalizedText.of("en", "upper"));
    Program mixed = withId("Seg-2024");
    savesAndLoads(store, lower);
    savesAndLoads(store, upper);
    savesAndLoads(store, mixed);
    assertEquals(List.of(upper.id(), mixed.id(), lower.id()), store.ids());
    assertEquals(upper, store.find(upper.id()).orElseThrow().value());
    assertEquals(lower, store.find(lower.id()).orElseThrow().value());
    // distinct even when the file system folds case
    List<String> folded = names().stream().filter(n -> !n.startsWith("."))
        .map(n -> n.toLowerCase(Locale.ROOT)).distinct().collect(Collectors.toList());
    assertEquals(3, folded.size(), names().toString());
  }

  @Test
  void idsWithColonsSaveAndLoad() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program p = withId("seg:2024:north");
    savesAndLoads(store, p);
    assertEquals(List.of(p.id()), store.ids());
    assertFalse(names().stream().anyMatch(n -> n.contains(":")), names().toString());
  }

  @Test
  void filesWithTheOldNamesAreRenamedOnOpen() throws IOException {
    Program colon = withId("seg:2024");
    Program plain = withId("rich");
    ProgramStore store = JsonFileStores.open(root).programs();
    store.save(colon, 0);
    store.save(plain, 0);
    store.save(plain, 1);
    Path dir = root.resolve("programs");
    Files.move(dir.resolve(FileProgramStore.fileName(colon.id())), dir.resolve("seg%3A2024.json"));
    Files.move(dir.resolve(FileProgramStore.fileName(plain.id())), dir.resolve("rich.json"));

    ProgramStore reopened = JsonFileStores.open(root).programs();
    assertEquals(List.of(plain.id(), colon.id()), reopened.ids());
    assertEquals(2, reopened.find(plain.id()).orElseThrow().version());
    assertEquals(colon, reopened.find(colon.id()).orElseThrow().value());
    assertEquals(List.of(FileProgramStore.fileName(plain.id()),
        FileProgramStore.fileName(colon.id())).stream().sorted().collect(Collectors.toList()),
        names().stream().filter(n -> n.endsWith(".json")).collect(Collectors.toList()));
  }

  @Test
  void aFileNamedAfterAnotherIdIsAStoreError() throws IOException {
    ProgramStore store = JsonFileStores.open(root).programs();
    Program a = withId("alpha");
    store.save(a, 0);
    Path dir = root.resolve("programs");
    Files.copy(dir.resolve(FileProgramStore.fileName(a.id())),
        dir.resolve(FileProgramStore.fileName(ProgramId.of("beta"))));
    StoreException e = assertThrows(StoreException.class,
        () -> store.find(ProgramId.of("beta")));
    assertTrue(e.getMessage().contains("holds program 'alpha'"), e.getMessage());
    e = assertThrows(StoreException.class, store::ids);
    assertTrue(e.getMessage().contains("holds program 'alpha'"), e.getMessage());
    assertNotEquals(FileProgramStore.fileName(a.id()),
        FileProgramStore.fileName(ProgramId.of("beta")));
  }
}
