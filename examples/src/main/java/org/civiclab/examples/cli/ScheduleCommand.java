package org.civiclab.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.store.DirectorySnapshot;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civiclab schedule FILE}: plans a program and prints the plan week by week. */
@Command(name = "schedule", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Plan a program document: every session without a time, and the meetings "
        + "its mentor pairs' and learning circles' cadences ask for.",
        "Prints the plan week by week and its violations; exits with 1 when a hard rule "
            + "cannot hold, explaining which demands and rules conflict."})
final class ScheduleCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", converter = Usage.ExistingFile.class,
      description = "The program document.")
  private Path file;

  @Option(names = "--directory", paramLabel = "FILE", converter = Usage.ExistingFile.class,
      description = "The directory document "
      + "with the program's people (working hours, zones). Default: directory.json in the "
      + "program's folder.")
  private @Nullable Path directoryFile;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "The solver's random seed (default ${DEFAULT-VALUE}); the same seed and "
          + "step limit give the same plan.")
  private long seed;

  @Option(names = "--steps", paramLabel = "N", converter = Usage.PositiveLong.class,
      description = "The most search steps, at least 1 (default " + Planning.DEFAULT_STEPS
          + ").")
  private Long steps;

  @Option(names = "--time-limit", paramLabel = "DURATION",
      converter = Planning.DurationConverter.class,
      description = "The longest the search may take, such as 30s or 2m.")
  private Duration timeLimit;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the program with the plan applied as a program document.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter text = spec.commandLine().getOut();
    if (directoryFile == null) {
      directoryFile = Documents.directoryBeside(file).orElse(null);
    }
    if (directoryFile == null) {
      throw Usage.error(spec, "--directory", "scheduling needs the program's people and there "
          + "is no directory.json beside " + file + ": give --directory FILE");
    }
    DirectorySnapshot directory = Documents.directory(directoryFile);
    Program program = Documents.program(file, Optional.of(directory));
    long limit = steps != null ? steps : timeLimit != null ? Long.MAX_VALUE
        : Planning.DEFAULT_STEPS;
    ProgramPlan plan = Planning.scheduler(seed, limit, Optional.ofNullable(timeLimit))
        .plan(program, directory);
    Planning.print(program, plan, text);
    text.println("Solved in " + plan.result().stats().elapsed().toMillis() + " ms, "
        + plan.result().stats().steps() + " steps, seed " + seed + ".");
    if (!plan.isFeasible()) {
      text.flush();
      Planning.explainInfeasible(program, plan, spec.commandLine().getErr());
      return ExitCodes.INVALID;
    }
    if (out != null) {
      Program applied = plan.applyTo(program);
      try {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
          Documents.json().writeProgram(applied, o);
        }
      } catch (IOException e) {
        throw new ExitCodes.CommandFailure(ExitCodes.STORAGE, "cannot write " + out + ": "
            + e, e);
      }
      text.println("Wrote the program with its plan to " + out);
    }
    return ExitCodes.OK;
  }
}
