package org.civiclab.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * A caller outside the model's packages builds, changes and copies values through the
 * abstract types alone: no generated class is named here, and none could be, since they are
 * package-private.
 */
class ValueApiTest {
  private static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 12, 31));

  private static Program.Builder minimal() {
    return Program.builder().id(ProgramId.of("p")).title(LocalizedText.of("en", "A program"))
        .zone(ZoneId.of("Europe/Sofia")).period(YEAR);
  }

  @Test
  void buildChangeAndCopyThroughTheAbstractType() {
    Program p = minimal().organizer(OrganizationId.of("org")).build();
    Program renamed = p.withTitle(LocalizedText.of("en", "Renamed"));
    assertEquals("Renamed", renamed.title().texts().get("en"));
    assertEquals(p.organizer(), renamed.organizer());
    assertNotEquals(p, renamed);
    assertSame(p, p.withId(p.id()), "an unchanged attribute gives the same value");

    Program generated = ProgramGenerator.generate(3, 2).program();
    Program.Builder copy = Program.builder().from(generated);
    assertEquals(generated, copy.build());
    assertEquals(renamed.title(), Program.builder().from(generated).title(renamed.title())
        .build().title());
  }

  @Test
  void aMissingRequiredAttributeIsInvalidInputNamingTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> minimal().build());
    assertEquals(List.of("organizer"), paths(e));
    assertEquals("Program.organizer: required, not set", e.getMessage());
    assertTrue(e.problems().get(0).message().contains("Program"), e.problems().toString());
    assertEquals("editions[0].organizer", e.under("editions[0]").problems().get(0).path());
  }

  @Test
  void everyMissingAttributeIsListed() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Program.builder().id(ProgramId.of("p")).build());
    assertEquals(List.of("title", "organizer", "zone", "period"), paths(e));
    assertTrue(e.getMessage().contains("Program.zone: required, not set"), e.getMessage());
  }

  @Test
  void valuesOfOtherPackagesReportTheSameWay() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Demand.builder().id("d1").build());
    assertEquals(List.of("durationGrains"), paths(e));
    assertEquals("Demand.durationGrains: required, not set", e.getMessage());
  }

  private static List<String> paths(InvalidInputException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }
}
