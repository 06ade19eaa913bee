package org.civiclab.consumer.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.time.DateRange;
import org.civiclab.iati.IatiExporter;
import org.civiclab.iati.IatiSchema;
import org.civiclab.jdbc.JdbcStores;
import org.civiclab.json.JsonFileStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CivicLab's jars carry module descriptors, yet an application on the plain class path (the
 * unnamed module, as surefire runs this test) uses them as before.
 */
class ClassPathConsumerTest {
  @TempDir Path dir;

  private static final Program PROGRAM = Program.builder()
      .id(ProgramId.of("consumer-demo"))
      .title(LocalizedText.of("en", "Citizen engagement").with("bg", "Ангажираност на гражданите"))
      .organizer(OrganizationId.of("civic-academy"))
      .addFunders(OrganizationId.of("open-society-fund"))
      .zone(ZoneId.of("Europe/Sofia"))
      .period(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)))
      .build();

  @Test
  void theJarsAreOnTheClassPath() {
    assertFalse(Program.class.getModule().isNamed());
    assertFalse(JdbcStores.class.getModule().isNamed());
    assertFalse(JsonFileStores.class.getModule().isNamed());
    assertFalse(IatiExporter.class.getModule().isNamed());
  }

  @Test
  void exportsAnIatiActivityThatValidatesWhenTheSchemaIsThere() throws Exception {
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiExporter.create("XM-CIVICLAB").write(PROGRAM, directory,
        PersonAttributes.of(directory), LocalDate.of(2024, 4, 1), out);
    String xml = out.toString(StandardCharsets.UTF_8);
    assertTrue(xml.contains("<iati-identifier>XM-CIVICLAB-consumer-demo</iati-identifier>"),
        xml);
    assertTrue(xml.contains("<activity-status code=\"2\"/>"), xml);
    Optional<Path> schema = IatiSchema.locate(Path.of("").toAbsolutePath());
    if (schema.isPresent()) {
      Path file = dir.resolve("consumer.iati.xml");
      Files.write(file, out.toByteArray());
      assertEquals(Optional.empty(), IatiSchema.load(schema.get()).problem(file));
    }
  }

  @Test
  void roundTripsThroughH2() {
    try (JdbcStores jdbc = JdbcStores.h2(dir.resolve("civiclab"))) {
      roundTrip(jdbc.programs());
    }
  }

  @Test
  void roundTripsThroughJsonFiles() {
    roundTrip(JsonFileStores.open(dir.resolve("json")).programs());
  }

  private static void roundTrip(ProgramStore store) {
    Versioned<Program> saved = store.save(PROGRAM, Versioned.NEW);
    assertEquals(1, saved.version());
    assertEquals(saved, store.find(PROGRAM.id()).orElseThrow());
    assertEquals(PROGRAM, store.find(PROGRAM.id()).orElseThrow().value());
  }
}
