package org.civiclab.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.json.CivicLabJson;

/**
 * Reads CivicLab JSON documents from files for the commands: finds a document's kind and
 * turns a missing or unreadable file into one clear {@link ExitCodes.CommandFailure}.
 */
final class Documents {
  /** The kinds of CivicLab document. */
  enum Kind {
    PROGRAM, DIRECTORY, ATTENDANCE;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final JsonFactory PEEK = new JsonFactory();
  private static final CivicLabJson JSON = CivicLabJson.create();

  private Documents() {}

  /** @return the JSON reader and writer the commands share */
  static CivicLabJson json() {
    return JSON;
  }

  /**
   * The kind a document says it is, read from its leading fields without reading the rest.
   * A document that does not say (or is not JSON at all) is taken for a program, so that
   * reading it reports the problem with its line and column.
   *
   * @param file the document
   * @return its kind
   */
  static Kind kind(Path file) {
    try (InputStream in = open(file); JsonParser p = PEEK.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Kind.PROGRAM;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("kind") && value == JsonToken.VALUE_STRING) {
          for (Kind k : Kind.values()) {
            if (k.label().equals(p.getText())) {
              return k;
            }
          }
          return Kind.PROGRAM;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // not JSON: the strict reader says where
    }
    return Kind.PROGRAM;
  }

  /**
   * The directory document to check a program document against when none is named: the
   * {@code directory.json} in the program's folder, as {@code export --format json} and
   * {@code demo} write it.
   *
   * @param programFile a program document
   * @return that directory document, when it exists and is not the file itself
   */
  static Optional<Path> directoryBeside(Path programFile) {
    Path sibling = programFile.toAbsolutePath().resolveSibling("directory.json");
    return sibling.equals(programFile.toAbsolutePath()) || !Files.isRegularFile(sibling)
        ? Optional.empty() : Optional.of(sibling);
  }

  /**
   * Reads a program document, checking its people and organisations when a directory is given.
   *
   * @param file the document
   * @param directory the directory, when known
   * @return the program
   */
  static Program program(Path file, Optional<? extends DirectoryView> directory) {
    try (InputStream in = open(file)) {
      return directory.isPresent() ? JSON.readProgram(in, directory.get()) : JSON.readProgram(in);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * @param file a directory document
   * @return the directory
   */
  static DirectorySnapshot directory(Path file) {
    try (InputStream in = open(file)) {
      return JSON.readDirectory(in);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * @param file an attendance document
   * @return its records, in order
   */
  static List<Attendance> attendance(Path file) {
    List<Attendance> records = new ArrayList<>();
    try (InputStream in = open(file)) {
      JSON.readAttendance(in, records::add);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    return records;
  }

  private static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new ExitCodes.CommandFailure(ExitCodes.INVALID, file + " is a directory, not a "
          + "document");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new ExitCodes.CommandFailure(ExitCodes.INVALID, "no such file: " + file);
    }
  }

  private static ExitCodes.CommandFailure unreadable(Path file, IOException e) {
    return new ExitCodes.CommandFailure(ExitCodes.INVALID, "cannot read " + file + ": "
        + e.getMessage(), e);
  }
}
