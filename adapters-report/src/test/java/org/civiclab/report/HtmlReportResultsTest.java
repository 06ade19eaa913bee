package org.civiclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results section of a program page: a generated program given a hand-made results
 * framework (entered actuals, so every number is known here) and commitments whose actions
 * stand differently on the report's day.
 */
class HtmlReportResultsTest {

  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");
  private static final Pattern GROUP = Pattern.compile("<g class=\"ind st-([a-z-]+)\">"
      + "<title>(.*?)</title>(.*?)</g>");
  private static final Pattern BAR = Pattern.compile("<rect x=\"(\\d+)\" y=\"\\d+\" "
      + "width=\"(\\d+)\" height=\"\\d+\" class=\"bar\"/>");
  private static final Pattern TARGET = Pattern.compile("<line x1=\"(\\d+)\"[^>]*class=\"tgt\"");

  /** A generated program with {@link ResultsFixture}'s indicators and commitments. */
  private static final class Fixture {
    final ProgramGenerator.Generated generated = ProgramGenerator.generate(31, 4);
    final ResultsFixture results = new ResultsFixture(generated.program());
    final DateRange first = results.first;
    final DateRange second = results.second;
    final LocalDate asOf = results.asOf;
    final Program program = results.program;

    String page(Path dir) throws Exception {
      HtmlReport.builder(generated.directory()).program(program).asOf(asOf).build().write(dir);
      return Files.readString(dir.resolve(HtmlReport.fileName(program)), StandardCharsets.UTF_8);
    }
  }

  private static String section(String page) {
    int at = page.indexOf("<section id=\"results\">");
    assertTrue(at >= 0, "the page has a results section");
    return page.substring(at, page.indexOf("</section>", at));
  }

  private static String figure(String html, String id) {
    int at = html.indexOf("<figure class=\"chart\" id=\"" + id + "\">");
    assertTrue(at >= 0, "figure " + id);
    return html.substring(at, html.indexOf("</figure>", at));
  }

  /** The body rows of the first table in some HTML, each as its cells. */
  private static List<List<String>> rows(String html) {
    int body = html.indexOf("<tbody>");
    assertTrue(body >= 0, "a table follows");
    String tbody = html.substring(body, html.indexOf("</tbody>", body));
    List<List<String>> out = new ArrayList<>();
    Matcher r = ROW.matcher(tbody);
    while (r.find()) {
      List<String> cells = new ArrayList<>();
      Matcher c = CELL.matcher(r.group(1));
      while (c.find()) {
        cells.add(c.group(1));
      }
      out.add(cells);
    }
    return out;
  }

  @Test
  void indicatorsAreTabledOnePerIndicatorAndPeriodWithActualTargetAndStatus(@TempDir Path dir)
      throws Exception {
    Fixture f = new Fixture();
    String page = f.page(dir);
    assertTrue(page.contains("<a href=\"#results\">Results</a>"), "the nav links the section");
    String results = section(page);
    String chart = figure(results, "results-indicators");
    String table = chart.substring(chart.indexOf("</svg>"));
    assertEquals(List.of(
        List.of("reach", "People reached &lt;early&gt;", "OUTPUT", "UNIT", f.first.toString(),
            "10", "50", "60", "register", "met"),
        List.of("reach", "People reached &lt;early&gt;", "OUTPUT", "UNIT", f.second.toString(),
            "10", "80", "40", "register", "off track"),
        List.of("women", "Share of women", "OUTCOME", "PERCENTAGE", f.first.toString(), "",
            "75", "", "", "no data"),
        List.of("story", "Councils adopt plans", "IMPACT", "QUALITATIVE", f.first.toString(),
            "", "Two councils adopt plans", "One council adopted &amp; published", "minutes",
            "met")),
        rows(table));
    assertTrue(results.contains("Measured from next year"), "an indicator without targets "
        + "is still named");
    assertFalse(results.contains("No indicators."));
    HtmlReportTest.assertSelfContained(page);
  }

  @Test
  void eachNumericIndicatorPeriodIsABarAgainstItsTarget(@TempDir Path dir) throws Exception {
    Fixture f = new Fixture();
    String svg = figure(section(f.page(dir)), "results-indicators");
    svg = svg.substring(svg.indexOf("<svg"), svg.indexOf("</svg>"));
    List<String> statuses = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    Matcher g = GROUP.matcher(svg);
    while (g.find()) {
      statuses.add(g.group(1));
      titles.add(g.group(2));
      Matcher target = TARGET.matcher(g.group(3));
      assertTrue(target.find(), "a target line in " + g.group(2));
      Matcher bar = BAR.matcher(g.group(3));
      if (g.group(1).equals("no-data")) {
        assertFalse(bar.find(), "no actual, no bar: " + g.group(2));
        continue;
      }
      assertTrue(bar.find(), "a bar in " + g.group(2));
      long end = Long.parseLong(bar.group(1)) + Long.parseLong(bar.group(2));
      long goal = Long.parseLong(target.group(1));
      if (g.group(1).equals("met")) {
        assertTrue(end >= goal, "a met target's bar reaches its line: " + g.group(2));
      } else {
        assertTrue(end < goal, "a missed target's bar stops short: " + g.group(2));
      }
    }
    assertEquals(List.of("met", "off-track", "no-data"), statuses, "qualitative has no bar");
    assertEquals(List.of(
        "reach " + f.first + ": actual 60, target 50, baseline 10 — met",
        "reach " + f.second + ": actual 40, target 80, baseline 10 — off track",
        "women " + f.first + ": actual none yet, target 75 — no data"), titles);
    assertTrue(svg.contains("60 / 50 · met"), svg);
    assertTrue(svg.contains("40 / 80 · off track"), svg);
  }

  @Test
  void barLabelsShortenTheirPeriod() {
    assertEquals("2024", ResultsSection.shortPeriod(DateRange.of(LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31))));
    assertEquals("2024-01-01..06-30", ResultsSection.shortPeriod(
        DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))));
    assertEquals("2024-07-01..2025-06-30", ResultsSection.shortPeriod(
        DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30))));
    assertEquals("2024-03-05", ResultsSection.shortPeriod(
        DateRange.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5))));
  }

  @Test
  void commitmentsAreCountedByStatusAndByKind(@TempDir Path dir) throws Exception {
    Fixture f = new Fixture();
    String results = section(f.page(dir));
    String byStatus = figure(results, "results-commitments");
    assertTrue(byStatus.contains("<svg"), "charted");
    assertEquals(List.of(List.of("kept", "2"), List.of("in progress", "1"),
        List.of("not kept", "2"), List.of("no actions", "1")),
        rows(byStatus.substring(byStatus.indexOf("</svg>"))));
    String byKind = figure(results, "results-commitment-kinds");
    assertEquals(List.of(List.of("finding", "kept", "1"), List.of("finding", "no actions", "1"),
        List.of("recommendation", "not kept", "2"), List.of("decision", "kept", "1"),
        List.of("decision", "in progress", "1")),
        rows(byKind.substring(byKind.indexOf("</svg>"))));
    assertTrue(results.contains("Water &lt;pipes&gt; leak"), "each commitment, escaped");
    assertFalse(results.contains("No commitments."));
  }

  @Test
  void eachOwnersActionsAreCountedByHowTheyStand(@TempDir Path dir) throws Exception {
    Fixture f = new Fixture();
    String owners = figure(section(f.page(dir)), "results-owners");
    assertTrue(owners.contains("<svg"), "charted");
    String organiser = f.generated.directory().organization(f.program.organizer())
        .orElseThrow().name().text();
    Action going = f.program.commitments().get(4).actions().get(0);
    String person = f.generated.directory().person(going.ownerPerson().orElseThrow())
        .orElseThrow().fullName();
    List<List<String>> organiserRows = List.of(List.of(organiser, "done", "2"),
        List.of(organiser, "overdue", "1"), List.of(organiser, "dropped", "1"));
    List<List<String>> personRows = List.of(List.of(person, "on time", "1"));
    List<List<String>> expected = new ArrayList<>();
    // owners by name, as the page sorts them
    expected.addAll(organiser.compareTo(person) < 0 ? organiserRows : personRows);
    expected.addAll(organiser.compareTo(person) < 0 ? personRows : organiserRows);
    assertEquals(expected, rows(owners.substring(owners.indexOf("</svg>"))).stream()
        .map(r -> List.of(unescape(r.get(0)), r.get(1), r.get(2))).toList());
  }

  @Test
  void anActionIsOverdueBeforeItIsAnythingElse() {
    Fixture f = new Fixture();
    Action late = f.program.commitments().get(2).actions().get(0);
    LocalDate due = late.due().orElseThrow();
    assertEquals(ResultsSection.Standing.ON_TIME, ResultsSection.standing(late, due));
    assertEquals(ResultsSection.Standing.OVERDUE, ResultsSection.standing(late,
        due.plusDays(1)));
    Action done = f.program.commitments().get(0).actions().get(0);
    assertEquals(ResultsSection.Standing.DONE, ResultsSection.standing(done, f.asOf));
    Action dropped = f.program.commitments().get(3).actions().get(0);
    assertEquals(ResultsSection.Standing.DROPPED, ResultsSection.standing(dropped, f.asOf));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  @Test
  void aCommitmentIsKeptWhenItsActionsAreDoneAndNotKeptWhenOneIsLate() {
    Fixture f = new Fixture();
    List<String> words = new ArrayList<>();
    for (Commitment c : f.program.commitments()) {
      words.add(c.id().value() + " " + ResultsSection.keeping(c, f.asOf).word());
    }
    assertEquals(List.of("c-kept kept", "c-kept2 kept", "c-late not kept",
        "c-dropped not kept", "c-going in progress", "c-heard no actions"), words);
    Commitment late = f.program.commitments().get(2);
    LocalDate due = late.actions().get(0).due().orElseThrow();
    assertEquals(ResultsSection.Keeping.IN_PROGRESS, ResultsSection.keeping(late, due),
        "not late on its due day");
  }

  @Test
  void programsWithoutIndicatorsOrCommitmentsSaySo(@TempDir Path dir) throws Exception {
    ReportFixture f = new ReportFixture();
    f.report.write(dir);
    int without = 0;
    for (Program p : f.programs) {
      if (!p.resultsFramework().isEmpty() || !p.commitments().isEmpty()) {
        continue;
      }
      without++;
      String results = section(Files.readString(dir.resolve(HtmlReport.fileName(p)),
          StandardCharsets.UTF_8));
      assertTrue(results.contains("<p class=\"empty\">No indicators.</p>"), results);
      assertTrue(results.contains("<p class=\"empty\">No commitments.</p>"), results);
      assertFalse(results.contains("<figure"), "nothing to chart");
    }
    assertTrue(without > 0, "the fixture has a program without results");
  }

  @Test
  void anIndicatorNamingAnUnknownAttributeIsReportedNotThrown(@TempDir Path dir)
      throws Exception {
    Fixture f = new Fixture();
    Indicator odd = Indicator.builder().id(IndicatorId.of("odd"))
        .title(LocalizedText.of("en", "Share with big feet")).level(IndicatorLevel.OUTCOME)
        .measure(Measure.PERCENTAGE).formula(Formula.builder()
            .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("shoeSize").value("46").build())
        .addTargets(Target.of(f.first, 10)).build();
    Program p = f.program.withResultsFramework(ResultsFramework.builder().addIndicators(odd)
        .build());
    HtmlReport.builder(f.generated.directory()).program(p).asOf(f.asOf).build().write(dir);
    String results = section(Files.readString(dir.resolve(HtmlReport.fileName(p)),
        StandardCharsets.UTF_8));
    assertTrue(results.contains("The indicators cannot be computed:"), results);
    assertTrue(results.contains("shoeSize"), results);
    assertTrue(results.contains("id=\"results-commitments\""), "commitments still shown");
  }
}
