package org.civiclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civiclab.core.model.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private static final Pattern EVENT = Pattern.compile("data-event=\"([^\"]*)\"");

  @Test
  void writesAnIndexAndOnePagePerProgramHoldingEveryEvent(@TempDir Path dir) throws Exception {
    ReportFixture f = new ReportFixture();
    List<Path> files = f.report.write(dir);
    assertEquals(f.programs.size() + 1, files.size());
    assertEquals("index.html", files.get(0).getFileName().toString());
    for (Program p : f.programs) {
      String html = Files.readString(dir.resolve(HtmlReport.fileName(p)), StandardCharsets.UTF_8);
      Set<String> shown = new TreeSet<>();
      Matcher m = EVENT.matcher(html);
      while (m.find()) {
        shown.add(m.group(1).replace("&#39;", "'").replace("&quot;", "\"")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
      }
      Set<String> expected = ReportFixture.eventIds(p);
      assertFalse(expected.isEmpty(), "the fixture has events");
      assertEquals(expected, shown, p.id().value());
      assertSelfContained(html);
      assertTrue(html.contains("<html lang=\"en\">"));
      assertTrue(html.contains("lang=\"ka\""), "Georgian text is tagged as such");
    }
    assertSelfContained(Files.readString(files.get(0), StandardCharsets.UTF_8));
  }

  @Test
  void theScheduledProgramShowsPlannedEventsDashed() {
    ReportFixture f = new ReportFixture();
    String html = f.report.index();
    assertTrue(html.contains("alumni"), html.substring(0, 200));
  }

  @Test
  void surveyResultsAreChartedAndEveryChartHasItsTable(@TempDir Path dir) throws Exception {
    ReportFixture f = new ReportFixture();
    f.report.write(dir);
    Program surveyed = f.programs.get(1);
    assertFalse(surveyed.surveys().isEmpty(), "the fixture has surveys");
    String html = Files.readString(dir.resolve(HtmlReport.fileName(surveyed)),
        StandardCharsets.UTF_8);
    for (String id : List.of("survey-rates", "survey-means", "survey-1", "att-module",
        "completion", "alumni")) {
      assertTrue(html.contains("<figure class=\"chart\" id=\"" + id + "\">"), id);
    }
    for (Program p : f.programs) {
      String page = Files.readString(dir.resolve(HtmlReport.fileName(p)), StandardCharsets.UTF_8);
      int charts = 0;
      for (int at = page.indexOf("<figure class=\"chart\""); at >= 0;
          at = page.indexOf("<figure class=\"chart\"", at + 1)) {
        String figure = page.substring(at, page.indexOf("</figure>", at));
        if (figure.contains("<svg")) {
          charts++;
          assertTrue(figure.indexOf("<table", figure.indexOf("</svg>")) > 0,
              "a table follows the chart: " + figure.substring(0, 80));
        }
      }
      assertTrue(charts > 0, p.id().value());
    }
  }

  static void assertSelfContained(String html) {
    assertFalse(html.contains("<script"), "no script");
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(),
        "no fetched asset");
    assertFalse(html.contains("url("), "no CSS url()");
    assertFalse(html.contains("@import"), "no CSS import");
    assertFalse(html.contains("<link"), "no linked asset");
  }
}
