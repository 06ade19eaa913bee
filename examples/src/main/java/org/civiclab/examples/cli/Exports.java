package org.civiclab.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.ical.ICalExporter;
import org.civiclab.json.StreamingWriter;

/**
 * Writes export files into a folder: JSON documents, iCalendar files and CSV tables. Each
 * file is written whole to a temporary name and then moved into place.
 */
final class Exports {
  private static final Set<String> RESERVED = Set.of("directory", "attendance");

  private Exports() {}

  /**
   * Writes {@code <id>.json} per program, {@code directory.json} and {@code attendance.json}
   * (the records of the given programs, in log order).
   *
   * @param folder where to write; created when missing
   * @param programs the programs
   * @param directory the people and organisations
   * @param log the attendance log
   * @return the files written
   */
  static List<Path> json(Path folder, List<Program> programs, DirectorySnapshot directory,
      AttendanceLog log) {
    List<Path> files = new ArrayList<>();
    for (Program p : programs) {
      files.add(write(folder.resolve(baseName(p) + ".json"),
          out -> Documents.json().writeProgram(p, out)));
    }
    files.add(write(folder.resolve("directory.json"),
        out -> Documents.json().writeDirectory(directory, out)));
    Set<ProgramId> ids = new java.util.HashSet<>();
    programs.forEach(p -> ids.add(p.id()));
    files.add(write(folder.resolve("attendance.json"), out -> {
      try (StreamingWriter<Attendance> w = Documents.json().attendanceWriter(out)) {
        IOException[] failure = new IOException[1];
        log.forEach(a -> {
          if (failure[0] == null && ids.contains(a.program())) {
            try {
              w.write(a);
            } catch (IOException e) {
              failure[0] = e;
            }
          }
        });
        if (failure[0] != null) {
          throw failure[0];
        }
      }
    }));
    return files;
  }

  /**
   * Writes {@code <id>.ics} per program.
   *
   * @param folder where to write; created when missing
   * @param programs the programs
   * @param directory the people and organisations
   * @param exporter the iCalendar exporter
   * @return the files written
   */
  static List<Path> ical(Path folder, List<Program> programs, DirectorySnapshot directory,
      ICalExporter exporter) {
    List<Path> files = new ArrayList<>();
    for (Program p : programs) {
      String text = exporter.program(p, directory);
      files.add(write(folder.resolve(baseName(p) + ".ics"),
          out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
    }
    return files;
  }

  /**
   * Writes each table as {@code NN-title.csv}.
   *
   * @param folder where to write; created when missing
   * @param tables the tables
   * @return the files written
   */
  static List<Path> csv(Path folder, List<Table> tables) {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      String text = tables.get(i).toCsv();
      files.add(write(folder.resolve(Reports.fileName(i + 1, tables.get(i))),
          out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
    }
    return files;
  }

  /**
   * @param file an exported file
   * @param program a program
   * @return whether the file is the program's JSON document or calendar
   */
  static boolean belongsTo(Path file, Program program) {
    String name = file.getFileName().toString();
    return name.equals(baseName(program) + ".json") || name.equals(baseName(program) + ".ics");
  }

  private static String baseName(Program p) {
    String id = p.id().value();
    return RESERVED.contains(id) ? id + "-program" : id;
  }

  /** Something that writes a file's content. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Path write(Path file, Content content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new ExitCodes.CommandFailure(ExitCodes.STORAGE, "cannot write " + file + ": "
          + e.getMessage(), e);
    }
  }
}
