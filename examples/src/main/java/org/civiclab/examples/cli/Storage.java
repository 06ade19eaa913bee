package org.civiclab.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.jdbc.JdbcStores;

/** Writes into and reads from the stores the way the commands share. */
final class Storage {

  private Storage() {}

  /**
   * Saves a program: as new, or over the stored one when {@code replace} is set.
   *
   * @param programs the store
   * @param program the program
   * @param replace whether an existing program may be replaced
   * @return the saved version, and whether a stored program was replaced
   * @throws ExitCodes.CommandFailure when the program exists and {@code replace} is not set
   */
  static Saved save(ProgramStore programs, Program program, boolean replace) {
    if (replace) {
      Versioned<Program> saved = programs.saveOrReplace(program);
      return new Saved(saved.version(), saved.version() > 1);
    }
    try {
      return new Saved(programs.save(program, Versioned.NEW).version(), false);
    } catch (ConcurrentUpdateException e) {
      if (e.actualVersion() == Versioned.NEW) {
        throw e;
      }
      throw new ExitCodes.CommandFailure(ExitCodes.INVALID, "program " + program.id()
          + " is already stored (version " + e.actualVersion()
          + "); use --replace to replace it");
    }
  }

  /** The outcome of {@link #save}. */
  static final class Saved {
    final long version;
    final boolean replaced;

    Saved(long version, boolean replaced) {
      this.version = version;
      this.replaced = replaced;
    }
  }

  /**
   * Adds or replaces a directory's people and organisations, all or none: one transaction, so
   * that a person the store refuses leaves none of the document's organisations behind.
   *
   * @param stores the stores
   * @param directory the directory
   */
  static void putDirectory(JdbcStores stores, DirectorySnapshot directory) {
    stores.directory().put(directory);
  }

  /**
   * @param stores the stores
   * @param only when present, the one program wanted
   * @return the stored programs in id order (or the one asked for)
   * @throws ExitCodes.CommandFailure when the program asked for is not stored
   */
  static List<Program> programs(JdbcStores stores, Optional<String> only) {
    List<Program> out = new ArrayList<>();
    for (var id : stores.programs().ids()) {
      if (only.isEmpty() || only.get().equals(id.value())) {
        stores.programs().find(id).ifPresent(v -> out.add(v.value()));
      }
    }
    if (only.isPresent() && out.isEmpty()) {
      throw new ExitCodes.CommandFailure(ExitCodes.INVALID, "no program '" + only.get()
          + "' in the store; stored: " + stores.programs().ids());
    }
    return out;
  }
}
