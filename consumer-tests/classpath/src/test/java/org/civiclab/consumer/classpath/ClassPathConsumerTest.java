package org.civiclab.consumer.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.time.DateRange;
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
