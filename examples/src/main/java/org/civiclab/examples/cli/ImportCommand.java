package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.jdbc.JdbcStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civiclab import FILE --db ...}: puts a JSON document into a store. */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Import a CivicLab JSON document into a database.",
        "A program is saved as new (or over the stored one with --replace) after its people and "
            + "organisations are checked against the stored directory: import the directory "
            + "first. Directory entries are added or replaced by id. Attendance records are "
            + "appended, skipping records the log already holds, so importing twice is harmless."})
final class ImportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Parameters(paramLabel = "FILE", converter = Usage.ExistingFile.class, description = "A program, directory or attendance document.")
  private Path file;

  @Option(names = "--replace", description = "Replace a program that is already stored.")
  private boolean replace;

  @Option(names = "--unchecked", description = "Do not check a program's people and "
      + "organisations against the stored directory.")
  private boolean unchecked;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Documents.Kind kind = Documents.kind(file);
    database.check();
    try (JdbcStores stores = database.open()) {
      switch (kind) {
        case DIRECTORY:
          DirectorySnapshot d = Documents.directory(file);
          Storage.putDirectory(stores, d);
          out.println("imported " + d.people().size() + " people and " + d.organizations().size()
              + " organisations into " + database.describe());
          break;
        case ATTENDANCE:
          List<Attendance> records = Documents.attendance(file);
          int added = stores.attendance().appendNew(records);
          out.println("imported " + added + " attendance records (" + (records.size() - added)
              + " already stored) into " + database.describe());
          break;
        default:
          Program p = Documents.program(file, unchecked ? Optional.empty()
              : Optional.of(stores.directory().snapshot()));
          Storage.Saved saved = Storage.save(stores.programs(), p, replace);
          out.println((saved.replaced ? "replaced" : "imported") + " program "
              + Terminal.oneLine(p.id())
              + " (version " + saved.version + ") into " + database.describe());
      }
    }
    return ExitCodes.OK;
  }
}
