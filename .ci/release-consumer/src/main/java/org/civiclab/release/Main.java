package org.civiclab.release;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civiclab.core.model.Program;
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
    String ics = ICalExporter.create().program(program,
        org.civiclab.core.store.DirectorySnapshot.builder().build());
    System.out.println("release consumer: " + program.id().value() + " stored on H2, "
        + ics.lines().count() + " iCalendar lines");
  }
}
