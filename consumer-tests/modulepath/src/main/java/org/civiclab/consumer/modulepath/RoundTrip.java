package org.civiclab.consumer.modulepath;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.time.DateRange;
import org.civiclab.jdbc.JdbcStores;
import org.civiclab.json.JsonFileStores;

/**
 * Saves one program to an embedded H2 store and to a JSON file store under the directory
 * given as the only argument, reads it back from each and prints what it found.
 *
 * <p>Exits with status 1 if a store gives back something other than what was saved. The
 * first lines name the modules involved, so a caller can tell the module path was used.
 */
public final class RoundTrip {
  private RoundTrip() {}

  /**
   * Runs the round trip.
   *
   * @param args one directory, created if missing, for the H2 file and the JSON files
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: RoundTrip DIRECTORY");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    System.out.println("consumer module: " + RoundTrip.class.getModule().getName());
    System.out.println("core module: " + Program.class.getModule().getName());
    System.out.println("json module: " + JsonFileStores.class.getModule().getName());
    System.out.println("jdbc module: " + JdbcStores.class.getModule().getName());
    System.out.println("core exports internal: "
        + Program.class.getModule().isExported("org.civiclab.core.internal"));

    Program program = program();
    boolean same;
    try (JdbcStores jdbc = JdbcStores.h2(dir.resolve("h2").resolve("civiclab"))) {
      same = check("h2", jdbc.programs(), program);
    }
    same &= check("json", JsonFileStores.open(dir.resolve("json")).programs(), program);
    System.exit(same ? 0 : 1);
  }

  private static boolean check(String name, ProgramStore store, Program program) {
    Versioned<Program> saved = store.save(program, Versioned.NEW);
    Optional<Versioned<Program>> read = store.find(program.id());
    boolean same = read.isPresent() && read.get().equals(saved)
        && read.get().value().equals(program);
    System.out.println(name + " round trip: " + (same ? "equal" : "DIFFERENT: " + read)
        + ", version " + saved.version());
    return same;
  }

  /** Builds the program through the public builder and accessors only. */
  static Program program() {
    return Program.builder()
        .id(ProgramId.of("consumer-demo"))
        .title(LocalizedText.of("en", "Citizen engagement").with("bg", "Ангажираност на гражданите"))
        .organizer(OrganizationId.of("civic-academy"))
        .addFunders(OrganizationId.of("open-society-fund"))
        .zone(ZoneId.of("Europe/Sofia"))
        .period(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)))
        .build();
  }
}
