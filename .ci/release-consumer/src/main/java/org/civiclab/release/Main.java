package org.civiclab.release;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.iati.IatiExporter;
import org.civiclab.iati.IatiSchema;
import org.civiclab.ical.ICalExporter;
import org.civiclab.jdbc.JdbcStores;
import org.civiclab.json.CivicLabJson;

/** Uses one entry point of each published jar, so the run proves the class path is whole. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    CivicLabJson json = CivicLabJson.create();
    Program program = json.readProgram(String.join("\n",
        "{\"format\": \"civiclab\", \"version\": 1, \"kind\": \"program\", \"program\": {",
        " \"id\": \"release\", \"title\": {\"original\": \"en\", \"texts\": {\"en\": \"Release\"}},",
        " \"organizer\": \"org-1\", \"zone\": \"Europe/Stockholm\",",
        " \"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-12-31\"}}}"));
    Path dir = Files.createTempDirectory("civiclab-release");
    try (JdbcStores stores = JdbcStores.h2(dir.resolve("civiclab"))) {
      stores.programs().saveOrReplace(program);
    }
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    String ics = ICalExporter.create().program(program, directory);
    Path iati = dir.resolve("release.iati.xml");
    try (OutputStream out = Files.newOutputStream(iati)) {
      IatiExporter.create("XM-CIVICLAB").write(program, directory,
          PersonAttributes.of(directory), LocalDate.of(2025, 1, 1), out);
    }
    // the official schema is read from ../shared/iati when it is there, never shipped
    Optional<Path> schema = IatiSchema.locate(Path.of("").toAbsolutePath());
    String checked = "not validated (no IATI schema found)";
    if (schema.isPresent()) {
      Optional<String> problem = IatiSchema.load(schema.get()).problem(iati);
      if (problem.isPresent()) {
        throw new IllegalStateException("the IATI export does not validate: " + problem.get());
      }
      checked = "validated";
    }
    System.out.println("release consumer: " + program.id().value() + " stored on H2, "
        + ics.lines().count() + " iCalendar lines, IATI activity " + checked);
  }
}
