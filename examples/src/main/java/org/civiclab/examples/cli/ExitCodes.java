package org.civiclab.examples.cli;

import java.io.PrintWriter;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The command line's exit codes, and the handler that turns an exception escaping a command
 * into one clear message on stderr and its exit code.
 */
final class ExitCodes implements IExecutionExceptionHandler {
  /** Everything went well. */
  static final int OK = 0;
  /** Invalid input, validation problems or an infeasible schedule. */
  static final int INVALID = 1;
  /**
   * A usage error: an unknown option, a missing argument, a value out of range, a file to read
   * that does not exist (picocli's own code, for every {@link Usage} error).
   */
  static final int USAGE = 2;
  /** The store or an output file could not be read or written, or an update lost a race. */
  static final int STORAGE = 3;
  /** Anything unexpected. */
  static final int UNEXPECTED = 4;

  /** The footer every command's help ends with. */
  static final String FOOTER = "%nExit codes: 0 ok, 1 invalid input, validation problems or an "
      + "infeasible schedule, 2 usage error, 3 storage error (database or output file), 4 unexpected error "
      + "(--debug prints its stack trace).";

  private final boolean debug;

  ExitCodes(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    int code;
    if (e instanceof InvalidInputException) {
      InvalidInputException invalid = (InvalidInputException) e;
      err.println("error: " + invalid.problems().size() + " problem(s)");
      for (Problem p : invalid.problems()) {
        err.println("  " + Terminal.oneLine(p));
      }
      code = INVALID;
    } else if (e instanceof StoreException) {
      err.println("storage error: " + Terminal.oneLine(e.getMessage()));
      code = STORAGE;
    } else if (e instanceof CommandFailure) {
      err.println("error: " + Terminal.oneLine(e.getMessage()));
      code = ((CommandFailure) e).exitCode();
    } else {
      err.println("unexpected error: " + Terminal.oneLine(e) + (debug ? "" : " (run with --debug for details)"));
      code = UNEXPECTED;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** A failure a command reports with its own message and exit code. */
  static final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }

    CommandFailure(int exitCode, String message, Throwable cause) {
      super(message, cause);
      this.exitCode = exitCode;
    }

    int exitCode() {
      return exitCode;
    }
  }
}
