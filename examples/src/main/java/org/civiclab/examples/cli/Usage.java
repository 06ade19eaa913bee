package org.civiclab.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The one way the commands refuse their arguments: a picocli {@link ParameterException}, which
 * picocli prints with the usage hint and turns into exit code 2. Values are checked where
 * picocli converts them (the converters here, whose message picocli prefixes with the option's
 * name); a rule between options, or one that needs the file system, throws {@link #error}.
 */
final class Usage {

  private Usage() {}

  /**
   * @param spec the command
   * @param option the option or parameter at fault, such as {@code --directory}
   * @param message what is wrong and what to give instead
   * @return the usage error to throw
   */
  static ParameterException error(CommandSpec spec, String option, String message) {
    return new ParameterException(spec.commandLine(), "Invalid value for " + option + ": "
        + Terminal.oneLine(message));
  }

  /** A whole number of at least 1, such as a step limit. */
  static final class PositiveLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long n;
      try {
        n = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + Terminal.oneLine(value)
            + "' is not a whole number");
      }
      if (n < 1) {
        throw new TypeConversionException("'" + n + "' must be at least 1");
      }
      return n;
    }
  }

  /** A document to read: a file that exists and is not a folder. */
  static final class ExistingFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path p;
      try {
        p = Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new TypeConversionException("'" + Terminal.oneLine(value) + "' is not a path");
      }
      if (Files.isDirectory(p)) {
        throw new TypeConversionException(Terminal.oneLine(value) + " is a directory, not a "
            + "document");
      }
      if (!Files.exists(p)) {
        throw new TypeConversionException("no such file: " + Terminal.oneLine(value));
      }
      return p;
    }
  }
}
