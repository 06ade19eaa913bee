package org.civiclab.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Program;
import org.civiclab.iati.IatiExporter;
import org.civiclab.iati.IatiSchema;

/**
 * {@code export --format iati}: one IATI 2.03 activity file {@code <id>.iati.xml} per program,
 * each validated against the official schema when it can be found (the
 * {@code civiclab.iati.schema} property or a {@code shared/iati} folder above the working
 * directory); the validation's verdict is printed, never hidden.
 */
final class IatiExport {
  /** The activity identifier prefix: IATI's "XM" for identifiers without a registry. */
  static final String PREFIX = "XM-CIVICLAB";

  private IatiExport() {}

  /**
   * @param folder where to write; created when missing
   * @param programs the programs
   * @param directory their organisations and people
   * @param asOf the day the activity status is judged on
   * @param text where the validation verdict is printed
   * @return the files written
   * @throws IllegalStateException when the schema is found and a file does not validate
   */
  static List<Path> write(Path folder, List<Program> programs, DirectoryView directory,
      LocalDate asOf, PrintWriter text) {
    IatiExporter exporter = IatiExporter.create(PREFIX);
    PersonAttributes attributes = PersonAttributes.of(directory);
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Program p : programs) {
        Path file = folder.resolve(p.id().value() + ".iati.xml");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
          exporter.write(p, directory, attributes, asOf, out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        files.add(file);
      }
      Optional<Path> schemaDir = IatiSchema.locate(Path.of(""));
      if (schemaDir.isEmpty()) {
        text.println("IATI schema not found (set -D" + IatiSchema.PROPERTY
            + "=DIR): files not validated");
        return files;
      }
      IatiSchema schema = IatiSchema.load(schemaDir.get());
      for (Path f : files) {
        Optional<String> problem = schema.problem(f);
        if (problem.isPresent()) {
          throw new IllegalStateException("IATI export does not validate: " + problem.get());
        }
      }
      text.println("validated " + files.size() + " file(s) against the IATI 2.03 schema in "
          + schemaDir.get());
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
