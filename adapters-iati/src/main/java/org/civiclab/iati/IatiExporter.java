package org.civiclab.iati;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apiguardian.api.API;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.ResultsTable;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.time.DateRange;

/**
 * Writes a program as an IATI 2.03 activity file: one {@code iati-activities} document holding
 * one {@code iati-activity}.
 *
 * <p><b>Mapping.</b> The identifier is the prefix, a dash and the program id; the organiser is the
 * reporting and implementing organisation (role 4), funders are funding (role 1) and partners
 * implementing too; organisation types follow the directory's sector (government 10, civil society
 * 22, private 70, academia 80, media 90). The status is pipeline (1) before the program's period,
 * implementation (2) during it and closed (4) after it; its dates are the planned start and end
 * (types 1 and 3), and the actual ones (2 and 4) once reached. The framework becomes one {@code
 * result} per indicator level (output 1, outcome 2, impact 3), described by the level, the
 * program's title and its indicators' titles; each indicator is described by how its actual is
 * obtained (its formula's definition, or entered by hand) and what it is broken down by, and keeps
 * its measure (unit 1, percentage 2, qualitative 5), its baseline (year of the baseline period's
 * start), and a {@code period} per target with the target and, when there is one, the actual:
 * computed by {@link ResultsTable#actual} or entered, with its source as a comment. Counting
 * indicators add one actual per value of each disaggregation, marked by a {@code dimension}.
 * Numbers are written with at most two decimals, in the ROOT locale.
 *
 * <p>Thread-safe and stateless; output is the same for the same input.
 */
@API(status = STABLE, since = "0.1.0")
public final class IatiExporter {
  private final String prefix;

  private IatiExporter(String prefix) {
    this.prefix = prefix;
  }

  /**
   * @param identifierPrefix what comes before the program id in each activity identifier,
   *     usually the reporting organisation's IATI identifier, such as {@code SE-ON-2021000000}
   * @return the exporter
   * @throws IllegalArgumentException when the prefix is blank
   */
  public static IatiExporter create(String identifierPrefix) {
    if (identifierPrefix.isBlank()) {
      throw new IllegalArgumentException("the identifier prefix is blank");
    }
    return new IatiExporter(identifierPrefix.strip());
  }

  /**
   * @param program a program
   * @return the activity identifier written for it
   */
  public String identifier(Program program) {
    return prefix + "-" + program.id().value();
  }

  /**
   * Writes one program's activity file.
   *
   * @param program the program
   * @param directory for the organisations' names and sectors
   * @param attributes person attributes, for shares and disaggregations
   * @param asOf the day the activity status is judged on
   * @param out where to write UTF-8 XML; left open
   * @throws IOException when writing fails
   * @throws org.civiclab.core.InvalidInputException when a formula or disaggregation names
   *     an attribute the resolver does not know
   */
  public void write(Program program, DirectoryView directory, PersonAttributes attributes,
      LocalDate asOf, OutputStream out) throws IOException {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      new Writing(w, program, directory, attributes, asOf).document();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the IATI activity of " + program.id(), e);
    }
  }

  /** One program's document being written. */
  private final class Writing {
    private final XMLStreamWriter w;
    private final Program p;
    private final DirectoryView directory;
    private final PersonAttributes attributes;
    private final LocalDate asOf;
    private int depth;

    Writing(XMLStreamWriter w, Program p, DirectoryView directory, PersonAttributes attributes,
        LocalDate asOf) {
      this.w = w;
      this.p = p;
      this.directory = directory;
      this.attributes = attributes;
      this.asOf = asOf;
    }

    void document() throws XMLStreamException {
      w.writeStartDocument("UTF-8", "1.0");
      open("iati-activities");
      w.writeAttribute("version", "2.03");
      open("iati-activity");
      w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", p.title().original());
      element("iati-identifier", identifier(p));
      open("reporting-org");
      w.writeAttribute("ref", p.organizer().value());
      w.writeAttribute("type", orgType(p.organizer()));
      narratives(orgName(p.organizer()));
      close();
      open("title");
      narratives(p.title());
      close();
      open("description");
      w.writeAttribute("type", "1");
      narratives(p.description().orElse(p.title()));
      close();
      for (OrganizationId f : p.funders()) {
        participating(f, "1");
      }
      participating(p.organizer(), "4");
      for (OrganizationId o : p.partners()) {
        participating(o, "4");
      }
      DateRange period = p.period();
      empty("activity-status", "code", asOf.isBefore(period.start()) ? "1"
          : asOf.isAfter(period.end()) ? "4" : "2");
      date("1", period.start());
      if (!asOf.isBefore(period.start())) {
        date("2", period.start());
      }
      date("3", period.end());
      if (asOf.isAfter(period.end())) {
        date("4", period.end());
      }
      ResultsFramework f = p.resultsFramework().orElse(ResultsFramework.builder().build());
      for (IndicatorLevel level : IndicatorLevel.values()) {
        List<Indicator> at = new ArrayList<>();
        f.indicators().stream().filter(i -> i.level() == level).forEach(at::add);
        if (!at.isEmpty()) {
          result(level, at);
        }
      }
      close();
      close();
      w.writeCharacters("\n");
      w.writeEndDocument();
    }

    private void result(IndicatorLevel level, List<Indicator> indicators)
        throws XMLStreamException {
      open("result");
      w.writeAttribute("type", level == IndicatorLevel.OUTPUT ? "1"
          : level == IndicatorLevel.OUTCOME ? "2" : "3");
      open("title");
      narrative(level == IndicatorLevel.OUTPUT ? "Outputs"
          : level == IndicatorLevel.OUTCOME ? "Outcomes" : "Impact", "en");
      close();
      open("description");
      narrative(resultDescription(p, level, indicators), "en");
      close();
      for (Indicator ind : indicators) {
        indicator(ind);
      }
      close();
    }

    private void indicator(Indicator ind) throws XMLStreamException {
      open("indicator");
      w.writeAttribute("measure", switch (ind.measure()) {
        case UNIT -> "1";
        case PERCENTAGE -> "2";
        case QUALITATIVE -> "5";
      });
      w.writeAttribute("ascending", "true");
      open("title");
      narratives(ind.title());
      close();
      open("description");
      narrative(indicatorDescription(ind), "en");
      close();
      if (ind.baseline().isPresent()) {
        Target b = ind.baseline().get();
        open("baseline");
        w.writeAttribute("year", String.valueOf(b.period().start().getYear()));
        w.writeAttribute("iso-date", b.period().start().toString());
        if (b.value().isPresent()) {
          w.writeAttribute("value", number(b.value().get()));
        }
        comment(b);
        close();
      }
      for (Target t : ind.targets()) {
        open("period");
        empty("period-start", "iso-date", t.period().start().toString());
        empty("period-end", "iso-date", t.period().end().toString());
        value("target", t, Optional.empty());
        Optional<Target> actual = ResultsTable.actual(p, ind, t.period(), attributes);
        if (actual.isPresent()) {
          value("actual", actual.get(), Optional.empty());
          for (String attribute : ind.disaggregations()) {
            for (Map.Entry<String, Long> e : ResultsTable.disaggregate(p, ind, t.period(),
                attributes, attribute).entrySet()) {
              value("actual", Target.of(t.period(), e.getValue()),
                  Optional.of(new String[] {attribute, e.getKey()}));
            }
          }
        }
        close();
      }
      close();
    }

    private void value(String name, Target t, Optional<String[]> dimension)
        throws XMLStreamException {
      open(name);
      if (t.value().isPresent()) {
        w.writeAttribute("value", number(t.value().get()));
      }
      if (dimension.isPresent()) {
        open("dimension");
        w.writeAttribute("name", dimension.get()[0]);
        w.writeAttribute("value", dimension.get()[1]);
        close();
      }
      comment(t);
      close();
    }

    private void comment(Target t) throws XMLStreamException {
      List<String> words = new ArrayList<>();
      t.text().ifPresent(words::add);
      t.source().filter(s -> !s.equals("computed")).ifPresent(s -> words.add("source: " + s));
      if (!words.isEmpty()) {
        open("comment");
        narrative(String.join("; ", words), "en");
        close();
      }
    }

    private void participating(OrganizationId org, String role) throws XMLStreamException {
      open("participating-org");
      w.writeAttribute("ref", org.value());
      w.writeAttribute("type", orgType(org));
      w.writeAttribute("role", role);
      narratives(orgName(org));
      close();
    }

    private void date(String type, LocalDate day) throws XMLStreamException {
      open("activity-date");
      w.writeAttribute("type", type);
      w.writeAttribute("iso-date", day.toString());
      close();
    }

    private LocalizedText orgName(OrganizationId org) {
      return directory.organization(org).map(Organization::name)
          .orElse(LocalizedText.of("en", org.value()));
    }

    private String orgType(OrganizationId org) {
      return directory.organization(org).map(o -> switch (o.sector()) {
        case GOVERNMENT -> "10";
        case CIVIL_SOCIETY -> "22";
        case PRIVATE -> "70";
        case ACADEMIA -> "80";
        case MEDIA -> "90";
      }).orElse("90");
    }

    private void narratives(LocalizedText text) throws XMLStreamException {
      narrative(text.text(), text.original());
      for (Map.Entry<String, String> e : text.texts().entrySet()) {
        if (!e.getKey().equals(text.original())) {
          narrative(e.getValue(), e.getKey());
        }
      }
    }

    private void narrative(String text, String language) throws XMLStreamException {
      indent();
      w.writeStartElement("narrative");
      w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    private void empty(String name, String attribute, String value) throws XMLStreamException {
      indent();
      w.writeEmptyElement(name);
      w.writeAttribute(attribute, value);
    }

    private void open(String name) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      depth++;
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      w.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
  }

  /**
   * @param program the program
   * @param level the result's level
   * @param indicators its indicators at that level
   * @return what the result holds, such as {@code Outputs of <title>, measured by 2
   *     indicators: A; B.}
   */
  static String resultDescription(Program program, IndicatorLevel level,
      List<Indicator> indicators) {
    List<String> titles = new ArrayList<>();
    indicators.forEach(i -> titles.add(i.title().text()));
    String what = level == IndicatorLevel.OUTPUT ? "Outputs"
        : level == IndicatorLevel.OUTCOME ? "Outcomes" : "Impact";
    return what + " of " + program.title().text() + ", measured by " + indicators.size()
        + (indicators.size() == 1 ? " indicator: " : " indicators: ")
        + String.join("; ", titles) + ".";
  }

  /**
   * @param ind an indicator
   * @return how its actual is obtained (the formula's definition, or entered by hand) and
   *     what it is broken down by
   */
  static String indicatorDescription(Indicator ind) {
    StringBuilder b = new StringBuilder();
    if (ind.formula().isEmpty()) {
      b.append(ind.measure() == Measure.QUALITATIVE ? "Described" : "Entered")
          .append(" by hand, each actual with its source.");
    } else {
      Formula f = ind.formula().get();
      b.append("Computed from the program's records: ").append(switch (f.kind()) {
        case PARTICIPANTS -> "distinct people holding a place in an edition overlapping the "
            + "period";
        case COMPLETIONS -> "completed enrolments of editions ending in the period";
        case SHARE_WITH_ATTRIBUTE -> "percentage of the period's participants whose "
            + f.attribute().orElse("") + " is " + f.value().orElse("");
        case MEAN_ANSWER -> "mean answer to question " + f.question().orElse("")
            + " of survey " + f.survey().map(SurveyId::value).orElse("")
            + " among responses submitted in the period";
        case FOLLOW_UPS_ON_TIME -> "percentage of follow-up actions due in the period that "
            + "were done by their due date";
        case ALUMNI -> "distinct people who completed an edition ending by the period's end";
        case RATIO -> "100 times the actual of indicator "
            + f.numerator().map(IndicatorId::value).orElse("") + " over that of indicator "
            + f.denominator().map(IndicatorId::value).orElse("") + " in the same period";
      }).append('.');
    }
    if (!ind.disaggregations().isEmpty()) {
      b.append(" Broken down by ").append(String.join(", ", ind.disaggregations()))
          .append('.');
    }
    return b.toString();
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    String rounded = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "")
        .replaceAll("\\.$", "");
    // a small negative value rounds to "-0", which says more than the value does
    return rounded.equals("-0") ? "0" : rounded;
  }
}
