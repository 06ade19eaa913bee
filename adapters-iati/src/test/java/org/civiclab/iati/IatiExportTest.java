package org.civiclab.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.model.Program;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.ResultsGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every export of generated programs validates against the official IATI 2.03 schema, read
 * from {@code ../shared/iati} (or the folder the {@value IatiSchema#PROPERTY} property names).
 * Without the schema the validating tests are skipped with a message saying where it was
 * looked for; CI has it.
 */
class IatiExportTest {
  private static final IatiExporter EXPORTER = IatiExporter.create("XM-CIVICLAB");
  private static final Optional<IatiSchema> SCHEMA =
      IatiSchema.locate(Path.of("").toAbsolutePath().getParent()).map(IatiSchema::load);

  private static IatiSchema schema() {
    assumeTrue(SCHEMA.isPresent(), "IATI schema not found: set -D" + IatiSchema.PROPERTY
        + "=DIR or put it in ../shared/iati (looked upwards from "
        + Path.of("").toAbsolutePath() + "); skipping validation");
    return SCHEMA.orElseThrow();
  }

  private static Path export(ProgramGenerator.Generated g, Program p, LocalDate asOf)
      throws IOException {
    Path file = Files.createTempFile("iati-", ".xml");
    try (OutputStream out = Files.newOutputStream(file)) {
      EXPORTER.write(p, g.directory(), PersonAttributes.of(g.directory()), asOf, out);
    }
    return file;
  }

  @Property(tries = 30)
  void everyExportOfAGeneratedProgramValidates(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size,
      @ForAll @IntRange(min = -400, max = 800) int offset) throws IOException {
    IatiSchema schema = schema();
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = ResultsGenerator.withResults(SurveyGenerator.withSurveys(g.program(), seed),
        seed);
    Path file = export(g, p, p.period().start().plusDays(offset));
    try {
      assertEquals(Optional.empty(), schema.problem(file));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aProgramWithoutFrameworkStillValidatesAndTheOutputCarriesTheResults()
      throws IOException {
    IatiSchema schema = schema();
    ProgramGenerator.Generated g = ProgramGenerator.generate(7, 2);
    Path plain = export(g, g.program(), LocalDate.of(2024, 1, 1));
    Program p = ResultsGenerator.withResults(SurveyGenerator.withSurveys(g.program(), 7), 7);
    Path rich = export(g, p, p.period().end().plusDays(1));
    try {
      assertEquals(Optional.empty(), schema.problem(plain));
      assertEquals(Optional.empty(), schema.problem(rich));
      String xml = Files.readString(rich, StandardCharsets.UTF_8);
      assertTrue(xml.contains("<iati-identifier>XM-CIVICLAB-" + p.id().value()
          + "</iati-identifier>"), xml);
      assertTrue(xml.contains("<result type=\"1\">"), xml);
      assertTrue(xml.contains("<indicator measure=\"5\""), xml);
      assertTrue(xml.contains("<activity-status code=\"4\"/>"), xml);
      assertTrue(xml.contains("<dimension name=\"country\""), xml);
    } finally {
      Files.delete(plain);
      Files.delete(rich);
    }
  }

  @Test
  void anInvalidFileIsReportedWithItsLine() throws IOException {
    IatiSchema schema = schema();
    Path bad = Files.createTempFile("iati-bad-", ".xml");
    try {
      Files.writeString(bad, "<iati-activities version=\"2.03\">\n<iati-activity>\n"
          + "<title/></iati-activity></iati-activities>\n");
      Optional<String> problem = schema.problem(bad);
      assertTrue(problem.isPresent() && problem.get().contains(":3:"), problem.toString());
    } finally {
      Files.delete(bad);
    }
  }

  @Test
  void aFolderWithoutTheSchemaIsRejectedClearly() throws IOException {
    Path empty = Files.createTempDirectory("no-iati");
    try {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> IatiSchema.load(empty));
      assertTrue(e.getMessage().contains(IatiSchema.MAIN), e.getMessage());
    } finally {
      Files.delete(empty);
    }
  }
}
