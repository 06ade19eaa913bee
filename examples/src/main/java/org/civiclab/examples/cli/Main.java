package org.civiclab.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code civiclab} command line: one picocli command with a subcommand per task.
 *
 * <p>Subcommands: {@code demo} (the five seed programs scheduled, stored, exported and
 * summarised), {@code validate}, {@code schedule}, {@code import}, {@code export} and
 * {@code report}. Output is UTF-8 so Cyrillic and Georgian text prints correctly. Exit codes:
 * 0 success, 1 invalid input, validation problems or an infeasible schedule, 2 a usage error,
 * 3 a storage error, 4 anything unexpected. Errors are one message on stderr; {@code --debug}
 * adds the stack trace. Control characters from documents and messages are printed escaped
 * ({@link Terminal}).
 */
@Command(name = "civiclab", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Model, schedule, store and report on civic capacity-building programs.",
    footer = ExitCodes.FOOTER,
    subcommands = {DemoCommand.class, ValidateCommand.class, ScheduleCommand.class,
        ImportCommand.class, ExportCommand.class, ReportCommand.class,
        ReplanCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Spec
  private CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  private boolean debug;

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments, such as {@code demo}
   */
  public static void main(String[] args) {
    PrintStream utf8 = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    System.setOut(utf8);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(utf8, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new PrintStream(
        new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line in-process, writing to the given streams.
   *
   * @param out where normal output goes
   * @param err where errors and usage hints go
   * @param args the arguments
   * @return the exit code: 0 on success
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    // no colours in help: the escaping writers would show their escape codes
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    PrintWriter safeOut = Terminal.escaping(out);
    PrintWriter safeErr = Terminal.escaping(err);
    cli.setOut(safeOut);
    cli.setErr(safeErr);
    cli.setExecutionExceptionHandler(new ExitCodes(java.util.Arrays.asList(args)
        .contains("--debug")));
    int code = cli.execute(args);
    safeOut.flush();
    safeErr.flush();
    return code;
  }

  /** Without a subcommand: say one is needed and show the usage. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: choose one of " + spec.subcommands().keySet());
  }
}
