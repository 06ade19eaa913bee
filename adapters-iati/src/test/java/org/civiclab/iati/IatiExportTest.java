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
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.Target;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.ResultsGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.civiclab.core.time.DateRange;
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
      // every result and indicator carries a description, right after its title
      int results = xml.split("<result ", -1).length - 1;
      int indicators = xml.split("<indicator ", -1).length - 1;
      assertTrue(results > 0 && indicators > 0, xml);
      assertEquals(results, xml.split("</title>\n      <description>", -1).length - 1, xml);
      assertEquals(indicators, xml.split("</title>\n        <description>", -1).length - 1,
          xml);
      assertTrue(xml.contains("<narrative xml:lang=\"en\">Outputs of "
          + p.title().text() + ", measured by "), xml);
    } finally {
      Files.delete(plain);
      Files.delete(rich);
    }
  }

  @Test
  void descriptionsSayHowEachActualIsObtainedAndWhatAResultHolds() {
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Indicator women = Indicator.builder().id(IndicatorId.of("women"))
        .title(LocalizedText.of("en", "Women trained")).level(IndicatorLevel.OUTPUT)
        .measure(Measure.PERCENTAGE).formula(Formula.builder()
            .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("gender").value("female").build())
        .addDisaggregations("country", "sector").addTargets(Target.of(year, 50)).build();
    Indicator modules = Indicator.builder().id(IndicatorId.of("modules"))
        .title(LocalizedText.of("en", "Modules held")).level(IndicatorLevel.OUTPUT)
        .measure(Measure.UNIT).addTargets(Target.of(year, 3)).build();
    Indicator mean = women.withId(IndicatorId.of("mean")).withMeasure(Measure.UNIT)
        .withDisaggregations().withFormula(Formula.builder().kind(FormulaKind.MEAN_ANSWER)
            .survey(SurveyId.of("final")).question("satisfaction").build());
    assertEquals("Computed from the program's records: percentage of the period's "
        + "participants whose gender is female. Broken down by country, sector.",
        IatiExporter.indicatorDescription(women));
    assertEquals("Entered by hand, each actual with its source.",
        IatiExporter.indicatorDescription(modules));
    assertEquals("Computed from the program's records: mean answer to question satisfaction"
        + " of survey final among responses submitted in the period.",
        IatiExporter.indicatorDescription(mean));
    Program p = ProgramGenerator.generate(3, 1).program();
    assertEquals("Outputs of " + p.title().text() + ", measured by 2 indicators: "
        + "Women trained; Modules held.", IatiExporter.resultDescription(p,
            IndicatorLevel.OUTPUT, List.of(women, modules)));
    assertEquals("Impact of " + p.title().text() + ", measured by 1 indicator: "
        + "Modules held.", IatiExporter.resultDescription(p, IndicatorLevel.IMPACT,
            List.of(modules)));
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
