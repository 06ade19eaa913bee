package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.jdbc.JdbcStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civiclab report --db ...}: prints the analysis tables of the stored programs. */
@Command(name = "report", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Print the analyses of the stored programs: attendance per session, module "
        + "and track; completion; participation by country and sector; alumni per year "
        + "(cumulative) and per program; mentor-pair cadence adherence; outreach follow-ups."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day periods and due dates are read against (default: today).")
  private LocalDate asOf;

  @Option(names = "--program", paramLabel = "ID", description = "Only this program.")
  private String program;

  @Option(names = "--html", paramLabel = "DIR", description = "Also write the HTML report "
      + "(index.html and a page per program) into DIR.")
  private java.nio.file.Path html;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    database.check();
    try (JdbcStores stores = database.open()) {
      List<Program> programs = Storage.programs(stores, Optional.ofNullable(program));
      DirectorySnapshot directory = stores.directory().snapshot();
      LocalDate day = asOf != null ? asOf : LocalDate.now();
      out.println("Report on " + programs.size() + " program(s) in " + database.describe()
          + ", as of " + day + " (" + stores.attendance().size() + " attendance records)");
      for (Table t : Reports.all(programs, directory, stores.attendance(), day)) {
        out.println();
        out.print(Reports.forTerminal(t).render());
      }
      if (html != null) {
        out.println("HTML report: " + Pictures.html(html, programs, directory,
            stores.attendance(), day).get(0));
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
