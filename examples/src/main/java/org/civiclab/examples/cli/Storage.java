package org.civiclab.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.AttendanceLog;
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
    Optional<Versioned<Program>> stored = programs.find(program.id());
    if (stored.isPresent() && !replace) {
      throw new ExitCodes.CommandFailure(ExitCodes.INVALID, "program " + program.id()
          + " is already stored (version " + stored.get().version()
          + "); use --replace to replace it");
    }
    long expected = stored.map(Versioned::version).orElse(Versioned.NEW);
    Versioned<Program> saved = programs.save(program, expected);
    return new Saved(saved.version(), stored.isPresent());
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
   * Appends the records the log does not hold yet, so that importing the same records twice
   * changes nothing. A record counts as held when an equal one (same program, event, person,
   * status and instant) is in the log.
   *
   * @param log the log
   * @param records the records, in order
   * @return how many were appended
   */
  static int appendNew(AttendanceLog log, List<Attendance> records) {
    Map<EventId, Set<Attendance>> held = new HashMap<>();
    List<Attendance> fresh = new ArrayList<>();
    for (Attendance a : records) {
      Set<Attendance> known = held.computeIfAbsent(a.event(),
          e -> new HashSet<>(log.forEvent(e)));
      if (known.add(a)) {
        fresh.add(a);
      }
    }
    if (!fresh.isEmpty()) {
      log.appendAll(fresh);
    }
    return fresh.size();
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
