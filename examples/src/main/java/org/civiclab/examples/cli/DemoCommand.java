package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civiclab.core.validation.ValidationReport;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civiclab demo}: builds the five seed programs, validates them and summarises each. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Build the five seed programs, validate them and print a summary of each.")
final class DemoCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  @Spec
  private CommandSpec spec;

  @Option(names = "--program", paramLabel = "ID",
      description = "Only this program: its source number (000-004) or its id.")
  private String only;

  @Option(names = "--assumptions", description = "Also list the facts taken from each text "
      + "and the assumptions made where it is silent.")
  private boolean assumptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SeedProgram> seeds = SeedPrograms.all().stream()
        .filter(s -> only == null || only.equals(s.source())
            || only.equals(s.program().id().value()))
        .collect(Collectors.toList());
    if (seeds.isEmpty()) {
      spec.commandLine().getErr().println("No seed program '" + only
          + "'; use 000-004 or a program id.");
      return 2;
    }
    int problems = 0;
    for (SeedProgram seed : seeds) {
      LOG.debug("validating {}", seed.program().id());
      ValidationReport report = seed.validate();
      problems += report.problems().size();
      ProgramSummary.write(seed, report, out);
      if (assumptions) {
        out.println("  Facts from the text:");
        seed.facts().forEach(f -> out.println("    - " + f));
        out.println("  Assumptions:");
        seed.assumptions().forEach(a -> out.println("    - " + a));
        out.println();
      }
    }
    out.println(seeds.size() + " program(s), " + problems + " problem(s) in total.");
    out.flush();
    return problems == 0 ? 0 : 1;
  }
}
