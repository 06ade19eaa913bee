package org.civiclab.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The exported elements and attributes against values recomputed from the program: the
 * identifier, the organisations with their roles, types and names, the status and dates on
 * each side of the period, the narratives in every language, results and indicators with
 * their codes, baseline, targets and numbers; the document's layout; and the schema's
 * lookup and its refusal of what is not an IATI file.
 */
class IatiOutputTest {
  private static final LocalDate ANY_DAY = LocalDate.of(2023, 6, 1);
  private static final ProgramGenerator.Generated G = ProgramGenerator.generate(5, 2);

  @TempDir
  Path dir;

  private static String export(IatiExporter exporter, Program p, LocalDate asOf)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(p, G.directory(), PersonAttributes.of(G.directory()), asOf, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Element root(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)));
    return d.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    assertEquals(1, all.size(), name);
    return all.get(0);
  }

  /** The narratives of an element as "lang:text" in document order. */
  private static List<String> narratives(Element e) {
    List<String> out = new ArrayList<>();
    for (Element n : children(e, "narrative")) {
      out.add(n.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang") + ":"
          + n.getTextContent());
    }
    return out;
  }

  private static List<String> expectedNarratives(LocalizedText t) {
    List<String> out = new ArrayList<>();
    out.add(t.original() + ":" + t.text());
    t.texts().forEach((lang, text) -> {
      if (!lang.equals(t.original())) {
        out.add(lang + ":" + text);
      }
    });
    return out;
  }

  private static String type(Optional<Organization> o) {
    return o.map(x -> switch (x.sector()) {
      case GOVERNMENT -> "10";
      case CIVIL_SOCIETY -> "22";
      case PRIVATE -> "70";
      case ACADEMIA -> "80";
      case MEDIA -> "90";
    }).orElse("90");
  }

  private static String org(OrganizationId id, String role) {
    Optional<Organization> o = G.directory().organization(id);
    LocalizedText name = o.map(Organization::name).orElse(LocalizedText.of("en", id.value()));
    return id.value() + "|" + type(o) + "|" + role + "|" + expectedNarratives(name);
  }

  @Test
  void aBlankPrefixIsRefusedAndAPaddedOneStripped() {
    assertEquals("the identifier prefix is blank", assertThrows(IllegalArgumentException.class,
        () -> IatiExporter.create(" \t")).getMessage());
    assertEquals("SE-ON-1-" + G.program().id().value(),
        IatiExporter.create("  SE-ON-1 ").identifier(G.program()));
  }

  @Test
  void theActivityNamesItsOrganisationsWithRolesTypesAndNames() throws Exception {
    OrganizationId unknown = OrganizationId.of("not-in-directory");
    Program p = G.program().withPartners(unknown).withDescription(
        LocalizedText.of("sv", "Beskrivning").with("en", "Description"));
    String xml = export(IatiExporter.create("XM-T"), p, ANY_DAY);
    Element activity = child(root(xml), "iati-activity");
    assertEquals("2.03", root(xml).getAttribute("version"));
    assertEquals(p.title().original(),
        activity.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals("XM-T-" + p.id().value(), child(activity, "iati-identifier").getTextContent());
    Element reporting = child(activity, "reporting-org");
    assertEquals(p.organizer().value(), reporting.getAttribute("ref"));
    assertEquals(type(G.directory().organization(p.organizer())),
        reporting.getAttribute("type"));
    assertEquals(expectedNarratives(G.directory().organization(p.organizer()).orElseThrow()
        .name()), narratives(reporting));
    assertEquals(expectedNarratives(p.title()), narratives(child(activity, "title")));
    Element description = child(activity, "description");
    assertEquals("1", description.getAttribute("type"));
    assertEquals(List.of("sv:Beskrivning", "en:Description"), narratives(description));

    List<String> expected = new ArrayList<>();
    p.funders().forEach(f -> expected.add(org(f, "1")));
    expected.add(org(p.organizer(), "4"));
    p.partners().forEach(o -> expected.add(org(o, "4")));
    List<String> actual = new ArrayList<>();
    for (Element e : children(activity, "participating-org")) {
      actual.add(e.getAttribute("ref") + "|" + e.getAttribute("type") + "|"
          + e.getAttribute("role") + "|" + narratives(e));
    }
    assertEquals(expected, actual);
    assertTrue(actual.contains("not-in-directory|90|4|[en:not-in-directory]"), actual.toString());
    assertTrue(p.funders().size() > 0, "the sample has a funder");
  }

  @Test
  void statusAndDatesFollowTheDayOnEachSideOfThePeriod() throws Exception {
    Program p = G.program().withResultsFramework(Optional.empty());
    DateRange period = p.period();
    String start = period.start().toString();
    String end = period.end().toString();
    check(p, period.start().minusDays(1), "1", List.of("1 " + start, "3 " + end));
    check(p, period.start(), "2", List.of("1 " + start, "2 " + start, "3 " + end));
    check(p, period.end(), "2", List.of("1 " + start, "2 " + start, "3 " + end));
    check(p, period.end().plusDays(1), "4",
        List.of("1 " + start, "2 " + start, "3 " + end, "4 " + end));
  }

  private static void check(Program p, LocalDate asOf, String status, List<String> dates)
      throws Exception {
    Element activity = child(root(export(IatiExporter.create("XM"), p, asOf)), "iati-activity");
    assertEquals(status, child(activity, "activity-status").getAttribute("code"), asOf + "");
    List<String> actual = new ArrayList<>();
    for (Element d : children(activity, "activity-date")) {
      actual.add(d.getAttribute("type") + " " + d.getAttribute("iso-date"));
    }
    assertEquals(dates, actual, asOf + "");
    assertEquals(List.of(), children(activity, "result"));
  }

  private static Indicator indicator(String id, IndicatorLevel level, Measure measure,
      Target... targets) {
    return Indicator.builder().id(IndicatorId.of(id)).title(LocalizedText.of("en", "T " + id)
        .with("fr", "F " + id)).level(level).measure(measure).addTargets(targets).build();
  }

  @Test
  void resultsIndicatorsBaselinesAndTargetsCarryTheirCodesAndNumbers() throws Exception {
    DateRange second = DateRange.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
    DateRange first = DateRange.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30));
    Target baseline = Target.of(first, 2.5).withSource("register");
    Indicator impact = indicator("i", IndicatorLevel.IMPACT, Measure.QUALITATIVE,
        Target.builder().period(second).text("better").build());
    Indicator outcome = indicator("o", IndicatorLevel.OUTCOME, Measure.PERCENTAGE,
        Target.of(second, 1.0 / 3).withSource("computed"));
    Indicator output = indicator("u", IndicatorLevel.OUTPUT, Measure.UNIT,
        Target.of(second, 3), Target.of(first, 12.3456).withSource("register"))
        .withBaseline(baseline);
    Program p = G.program().withResultsFramework(ResultsFramework.builder()
        .addIndicators(impact, outcome, output).build());
    Element activity = child(root(export(IatiExporter.create("XM"), p, ANY_DAY)),
        "iati-activity");
    List<Element> results = children(activity, "result");
    assertEquals(3, results.size());
    String[][] expected = {{"1", "Outputs", "u", "1"}, {"2", "Outcomes", "o", "2"},
        {"3", "Impact", "i", "5"}};
    for (int r = 0; r < 3; r++) {
      Element result = results.get(r);
      assertEquals(expected[r][0], result.getAttribute("type"));
      assertEquals(List.of("en:" + expected[r][1]), narratives(child(result, "title")));
      Element ind = child(result, "indicator");
      assertEquals(expected[r][3], ind.getAttribute("measure"));
      assertEquals("true", ind.getAttribute("ascending"));
      assertEquals(List.of("en:T " + expected[r][2], "fr:F " + expected[r][2]),
          narratives(child(ind, "title")));
    }
    Indicator[] byLevel = {output, outcome, impact};
    for (int r = 0; r < 3; r++) {
      assertEquals(List.of("en:" + IatiExporter.resultDescription(p,
          byLevel[r].level(), List.of(byLevel[r]))), narratives(child(results.get(r),
              "description")));
      assertEquals(List.of("en:" + IatiExporter.indicatorDescription(byLevel[r])),
          narratives(child(child(results.get(r), "indicator"), "description")));
    }

    Element unit = child(results.get(0), "indicator");
    Element base = child(unit, "baseline");
    assertEquals("2023", base.getAttribute("year"));
    assertEquals("2023-03-01", base.getAttribute("iso-date"));
    assertEquals("2.5", base.getAttribute("value"));
    assertEquals(List.of("en:source: register"), narratives(child(base, "comment")));
    List<Element> periods = children(unit, "period");
    assertEquals(2, periods.size());
    assertEquals("2023-07-01", child(periods.get(0), "period-start").getAttribute("iso-date"));
    assertEquals("2023-12-31", child(periods.get(0), "period-end").getAttribute("iso-date"));
    assertEquals("3", child(periods.get(0), "target").getAttribute("value"));
    assertEquals(List.of(), children(child(periods.get(0), "target"), "comment"));
    Element counted = child(periods.get(1), "target");
    assertEquals("12.35", counted.getAttribute("value"));
    assertEquals(List.of("en:source: register"), narratives(child(counted, "comment")));
    assertEquals(List.of(), children(child(results.get(1), "indicator"), "baseline"));
    Element share = child(child(child(results.get(1), "indicator"), "period"), "target");
    assertEquals("0.33", share.getAttribute("value"));
    assertEquals(List.of(), children(share, "comment"), "a computed source goes unsaid");
    Element words = child(child(child(results.get(2), "indicator"), "period"), "target");
    assertEquals(false, words.hasAttribute("value"));
    assertEquals(List.of("en:better"), narratives(child(words, "comment")));
  }

  @Test
  void numbersHaveAtMostTwoDecimalsWithoutTrailingZeros() throws Exception {
    double[] values = {0, 7, 0.1, 0.125, 99.999, 1e15, 2.5e15, -0.004, -0.0, -0.005};
    String[] written = {"0", "7", "0.1", "0.13", "100", "1000000000000000", "2500000000000000",
        "0", "0", "-0.01"};
    Target[] targets = new Target[values.length];
    for (int i = 0; i < values.length; i++) {
      targets[i] = Target.of(DateRange.of(LocalDate.of(2023, i + 1, 2),
          LocalDate.of(2023, i + 1, 28)), values[i]);
    }
    Program p = G.program().withResultsFramework(ResultsFramework.builder()
        .addIndicators(indicator("n", IndicatorLevel.OUTPUT, Measure.UNIT, targets)).build());
    Element ind = child(child(child(root(export(IatiExporter.create("XM"), p, ANY_DAY)),
        "iati-activity"), "result"), "indicator");
    List<String> actual = new ArrayList<>();
    for (Element period : children(ind, "period")) {
      actual.add(child(period, "target").getAttribute("value"));
    }
    assertEquals(List.of(written), actual);
  }

  @Test
  void theDocumentIsIndentedAndEndsWithANewline() throws Exception {
    String xml = export(IatiExporter.create("XM"), G.program(), ANY_DAY);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<iati-activities version=\"2.03\">\n  <iati-activity xml:lang=\""
        + G.program().title().original() + "\">\n    <iati-identifier>XM-"
        + G.program().id().value() + "</iati-identifier>\n    <reporting-org ref=\""), xml);
    assertTrue(xml.endsWith("\n  </iati-activity>\n</iati-activities>\n"), xml);
    assertTrue(xml.contains("\">\n      <narrative xml:lang=\""), xml);
    assertTrue(xml.contains("\n    <activity-status code=\"2\"/>\n    <activity-date type=\"1\""),
        xml);
  }

  // ------------------------------------------------------------------------ the schema

  /** The schema folder found without IatiSchema: shared/iati above the working directory. */
  private static Optional<Path> sharedSchema() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path p = at.resolve("shared").resolve("iati");
      if (Files.isRegularFile(p.resolve(IatiSchema.MAIN))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Test
  void theSchemaIsLocatedByThePropertyOrUpTheTree() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("shared").resolve("iati"));
    Files.writeString(shared.resolve(IatiSchema.MAIN), "");
    Path deep = Files.createDirectories(dir.resolve("a").resolve("b"));
    String before = System.getProperty(IatiSchema.PROPERTY);
    try {
      System.clearProperty(IatiSchema.PROPERTY);
      assertEquals(Optional.of(shared), IatiSchema.locate(deep));
      assertEquals(Optional.of(shared), IatiSchema.locate(dir));
      System.setProperty(IatiSchema.PROPERTY, " ");
      assertEquals(Optional.of(shared), IatiSchema.locate(deep), "a blank property is unset");
      System.setProperty(IatiSchema.PROPERTY, deep.toString());
      assertEquals(Optional.empty(), IatiSchema.locate(dir),
          "a named folder without the schema is not looked past");
      System.setProperty(IatiSchema.PROPERTY, shared.toString());
      assertEquals(Optional.of(shared), IatiSchema.locate(deep.resolve("elsewhere")));
    } finally {
      if (before == null) {
        System.clearProperty(IatiSchema.PROPERTY);
      } else {
        System.setProperty(IatiSchema.PROPERTY, before);
      }
    }
  }

  @Test
  void aFolderWithABrokenSchemaIsRejectedWithTheParsersWords() throws IOException {
    Files.writeString(dir.resolve(IatiSchema.MAIN), "<not-a-schema/>");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IatiSchema.load(dir));
    assertTrue(e.getMessage().startsWith("cannot load the IATI schema from " + dir + ": "),
        e.getMessage());
    assertEquals("no " + IatiSchema.MAIN + " in " + dir.resolve("none"), assertThrows(
        IllegalArgumentException.class, () -> IatiSchema.load(dir.resolve("none")))
        .getMessage());
  }

  @Test
  void theRealSchemaIsFoundAndRefusesExternalDtdsAndWrongFiles() throws IOException {
    Optional<Path> folder = sharedSchema();
    assumeTrue(folder.isPresent(), "no shared/iati above " + Path.of("").toAbsolutePath());
    String before = System.getProperty(IatiSchema.PROPERTY);
    if (before == null) {
      assertEquals(folder.map(Path::normalize), IatiSchema.locate(Path.of("")));
    }
    IatiSchema schema = IatiSchema.load(folder.get());
    assertEquals(folder.get(), schema.folder());
    String xml = export(IatiExporter.create("XM"), G.program(), ANY_DAY);
    Path good = Files.writeString(dir.resolve("good.xml"), xml);
    assertEquals(Optional.empty(), schema.problem(good));

    Files.writeString(dir.resolve("empty.dtd"), "");
    Path withDtd = Files.writeString(dir.resolve("dtd.xml"), xml.replaceFirst("\\?>\n",
        "?>\n<!DOCTYPE iati-activities SYSTEM \"" + dir.resolve("empty.dtd").toUri() + "\">\n"));
    Optional<String> refused = schema.problem(withDtd);
    assertTrue(refused.isPresent() && refused.get().startsWith("dtd.xml:"), refused.toString());

    Path wrong = Files.writeString(dir.resolve("wrong.xml"),
        "<iati-activities version=\"2.03\">\n  <nothing/>\n</iati-activities>\n");
    Optional<String> problem = schema.problem(wrong);
    assertTrue(problem.isPresent() && problem.get().startsWith("wrong.xml:2:"),
        problem.toString());
  }
}
