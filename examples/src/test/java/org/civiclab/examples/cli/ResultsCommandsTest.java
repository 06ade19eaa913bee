package org.civiclab.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.iati.IatiSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo}, then {@code report} shows each seed program's results framework (targets and
 * actuals) and survey response rates, and {@code export --format iati} writes one activity per
 * program that validates against the IATI schema.
 */
class ResultsCommandsTest {

  @TempDir
  Path dir;

  private String out = "";
  private String err = "";

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void reportShowsTargetsActualsAndSurveysAndIatiExportValidates() throws Exception {
    assertEquals(0, run("demo", "--db", dir.toString()), err);
    assertEquals(0, run("report", "--db", dir.toString(), "--as-of", "2025-06-30"), err);
    String report = out;
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "results-report.txt"), report);
    assertTrue(report.contains("survey response rates"), report);
    for (SeedProgram s : SeedPrograms.all()) {
      String id = s.program().id().value();
      assertTrue(report.contains("results framework of " + id), id + "\n" + report);
      assertTrue(s.program().resultsFramework().isPresent(), id);
      assertTrue(!s.program().surveys().isEmpty(), id);
    }
    String framework = report.substring(report.indexOf("results framework of segrid"));
    assertTrue(framework.contains("target") && framework.contains("actual"), framework);
    // ratios: 35 of the 40 participants of 2024 completed; 18 of them are women
    assertTrue(framework.matches("(?s).*segrid-completion-rate +Completion rate \\(%\\) +OUTPUT"
        + " +PERCENTAGE +2024-01-01\\.\\.2024-12-31 +80 +87\\.5 +computed +met.*"), framework);
    assertTrue(framework.matches("(?s).*segrid-women +Share of women among participants"
        + " \\(%\\) +OUTPUT +PERCENTAGE +2024-01-01\\.\\.2024-12-31 +45 +45 +computed +met.*"),
        framework);
    assertTrue(report.contains("response rate"), report);
    // per track and per audience, besides person attributes
    String by = report.substring(report.indexOf("results by disaggregation"));
    assertTrue(by.matches("(?s).*segrid +segrid-participants +2024-01-01\\.\\.2024-12-31 +track"
        + " +western-balkans +20\n.*"), by);
    assertTrue(by.matches("(?s).*segrid +segrid-participants +2024-01-01\\.\\.2024-12-31 +track"
        + " +baltic-sea-region +20\n.*"), by);
    assertTrue(by.matches("(?s).*segrid +segrid-participants +2024-01-01\\.\\.2024-12-31"
        + " +gender +woman +18\n.*"), by);
    assertTrue(by.matches("(?s).*citizen-engagement-2024 +ce-participants +\\S+ +audience"
        + " +staff +20\n.*citizen-engagement-2024 +ce-participants +\\S+ +audience"
        + " +external +20\n.*"), by);
    assertTrue(by.matches("(?s).*brcko-diaspora +brcko-trained +\\S+ +organization"
        + " +ba\\.brcko\\.odjeljenje-\\S+ +\\d+\n.*"), by);
    // citizen engagement: staff and external compared, survey by survey
    String byAudience = report.substring(report.indexOf("survey means by audience"));
    assertTrue(byAudience.matches("(?s).*citizen-engagement-2024 +ce-feedback-day-2 +satisfaction"
        + " +staff .*citizen-engagement-2024 +ce-feedback-day-2 +satisfaction +external .*"),
        byAudience);
    // completion rules decide the held editions, explained per person; Brčko per department
    assertTrue(report.contains("module completion by department, brcko-diaspora 2023"), report);
    assertTrue(report.matches("(?s).*brcko-2023-m2 +ba\\.brcko\\.odjeljenje-\\S+ +3 .*"), report);
    assertTrue(report.contains("completed: 8 of 8 required sessions"), report);
    assertTrue(report.contains("required sessions, survey answered"), report);
    assertTrue(report.matches("(?s).*\\nsegrid +2024 +\\(all\\) +40 +[1-9][0-9]* .*"), report);

    Path iati = dir.resolve("iati");
    assertEquals(0, run("export", "--db", dir.toString(), "--format", "iati", "--out",
        iati.toString(), "--as-of", "2025-06-30"), err);
    List<Path> files;
    try (Stream<Path> list = Files.list(iati)) {
      files = list.filter(f -> f.toString().endsWith(".iati.xml")).sorted()
          .collect(Collectors.toList());
    }
    assertEquals(SeedPrograms.all().size(), files.size(), out);
    // Brčko's participants are counted per department (their organisation), not per role
    String brcko = Files.readString(files.stream().filter(f -> f.toString()
        .contains("brcko")).findFirst().orElseThrow());
    assertTrue(brcko.matches("(?s).*<dimension name=\"organization\" "
        + "value=\"ba\\.brcko\\.odjeljenje-[^\"]+\".*"), brcko);
    assertTrue(!brcko.contains("name=\"unit\""), brcko);
    String segrid = Files.readString(files.stream().filter(f -> f.toString()
        .contains("segrid")).findFirst().orElseThrow());
    assertTrue(segrid.contains("<dimension name=\"gender\" value=\"woman\""), segrid);
    assertTrue(segrid.contains("100 times the actual of indicator segrid-completion over that"
        + " of indicator segrid-participants in the same period."), segrid);
    if (IatiSchema.locate(Path.of("")).isPresent()) {
      assertTrue(out.contains("validated 5 file(s)"), out);
      IatiSchema schema = IatiSchema.load(IatiSchema.locate(Path.of("")).orElseThrow());
      for (Path f : files) {
        assertEquals(java.util.Optional.empty(), schema.problem(f));
      }
    } else {
      assertTrue(out.contains("files not validated"), out);
    }
  }
}
