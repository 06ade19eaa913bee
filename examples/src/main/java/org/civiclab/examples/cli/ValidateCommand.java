package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civiclab validate FILE}: checks a CivicLab JSON document and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Check a CivicLab JSON document (program, directory or attendance).",
        "Prints 'valid', or every problem as FILE:LINE:COLUMN: PATH: MESSAGE and exits with 1."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", converter = Usage.ExistingFile.class,
      description = "The document to check.")
  private Path file;

  @Option(names = "--directory", paramLabel = "FILE", converter = Usage.ExistingFile.class,
      description = "A directory document: also check the program's people and organisations "
          + "and the rules that need them (session times inside module windows, ...). Default: "
          + "directory.json in the program's folder, when there is one.")
  private @Nullable Path directoryFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<DirectorySnapshot> directory = Optional.empty();
    if (directoryFile == null && Documents.kind(file) == Documents.Kind.PROGRAM) {
      directoryFile = Documents.directoryBeside(file).orElse(null);
    }
    if (directoryFile != null) {
      try {
        directory = Optional.of(Documents.directory(directoryFile));
      } catch (InvalidInputException e) {
        return invalid(err, directoryFile, e);
      }
    }
    Documents.Kind kind = Documents.kind(file);
    try {
      String what;
      switch (kind) {
        case DIRECTORY:
          DirectorySnapshot d = Documents.directory(file);
          what = d.people().size() + " people, " + d.organizations().size() + " organisations";
          break;
        case ATTENDANCE:
          what = Documents.attendance(file).size() + " records";
          break;
        default:
          Program p = Documents.program(file, directory);
          what = "program " + p.id() + (directory.isPresent() ? ", people and organisations "
              + "checked against " + directoryFile : ", people and organisations not checked: "
              + "give --directory FILE for that");
      }
      out.println(Terminal.oneLine(file) + ": valid " + kind.label() + " document ("
          + Terminal.oneLine(what) + ")");
      return ExitCodes.OK;
    } catch (InvalidInputException e) {
      return invalid(err, file, e);
    }
  }

  private static int invalid(PrintWriter err, Path file, InvalidInputException e) {
    err.println(Terminal.oneLine(file) + ": invalid, " + e.problems().size() + " problem(s)");
    for (Problem p : e.problems()) {
      err.println(line(file, p));
    }
    err.flush();
    return ExitCodes.INVALID;
  }

  /**
   * One problem as a compiler would print it.
   *
   * @param file the document
   * @param p the problem
   * @return {@code FILE:LINE:COLUMN: PATH: MESSAGE} (without the position when unknown)
   */
  static String line(Path file, Problem p) {
    String where = p.position().map(pos -> file + ":" + pos).orElse(file.toString());
    return Terminal.oneLine(where + ": " + (p.path().isEmpty() ? "" : p.path() + ": ")
        + p.message());
  }
}
