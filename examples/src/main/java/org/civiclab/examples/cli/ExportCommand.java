package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.ical.ICalExporter;
import org.civiclab.jdbc.JdbcStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civiclab export --db ... --format json|ical|csv}: writes the stored data to files. */
@Command(name = "export", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Export stored programs to files.",
        "json: <id>.json per program, directory.json and attendance.json; ical: <id>.ics per "
            + "program; csv: the analysis tables of 'report' as NN-title.csv."})
final class ExportCommand implements Callable<Integer> {

  /** The export formats. */
  enum Format { json, ical, csv, graphml, gexf, parquet, jsonl, iati }

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "json, ical, csv, graphml or gexf (the alumni network), parquet or jsonl "
          + "(tidy research tables), iati (an IATI 2.03 activity per program).")
  private Format format;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write (default: <db dir>/export for H2, ./export for a URL).")
  private Path out;

  @Option(names = "--program", paramLabel = "ID", description = "Only this program.")
  private String program;

  @Mixin
  private TidyOptions tidy;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "For csv: the day periods and due dates are read against (default: today).")
  private LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter text = spec.commandLine().getOut();
    Path folder = out != null ? out : database.exportDirectory();
    database.check();
    try (JdbcStores stores = database.open()) {
      List<Program> programs = Storage.programs(stores, Optional.ofNullable(program));
      DirectorySnapshot directory = stores.directory().snapshot();
      List<Path> files;
      if (format == Format.parquet || format == Format.jsonl || tidy.tidy) {
        format = format == Format.json ? Format.csv : format;
        text.println("tidy tables as " + format + " from " + database.describe() + ":");
        tidy.write(format.name(), folder, programs, directory, stores.attendance())
            .forEach(f -> text.println("  " + f));
        return ExitCodes.OK;
      }
      switch (format) {
        case ical:
          files = Exports.ical(folder, programs, directory, ICalExporter.create());
          break;
        case csv:
          files = Exports.csv(folder, Reports.all(programs, directory, stores.attendance(),
              asOf != null ? asOf : LocalDate.now()));
          break;
        case iati:
          files = IatiExport.write(folder, programs, directory,
              asOf != null ? asOf : LocalDate.now(), text);
          break;
        case graphml:
        case gexf:
          files = Pictures.network(folder, programs, directory, stores.attendance(),
              format == Format.gexf);
          break;
        default:
          files = Exports.json(folder, programs, directory, stores.attendance());
      }
      text.println("exported " + programs.size() + " program(s) as " + format + " from "
          + database.describe() + ":");
      files.forEach(f -> text.println("  " + f));
    }
    return ExitCodes.OK;
  }
}
