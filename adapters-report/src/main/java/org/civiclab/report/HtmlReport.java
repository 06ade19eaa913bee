package org.civiclab.report;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.analysis.Analyses;
import org.civiclab.core.analysis.AttendanceTally;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.SurveyAnalyses;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.QuestionType;
import org.civiclab.core.survey.Survey;

/**
 * The HTML report: one self-contained page per program and an index page across them.
 *
 * <p>A program's page shows its schedule as a calendar (a week per row of seven days, events
 * coloured by kind, planned events dashed and agreed ones solid, events named by a violation of
 * the plan marked), the same events per person and per venue, mentor pairs and learning
 * circles with their explanations, attendance and completion charts, survey results, the
 * results framework's indicators against their targets, the commitments kept and each owner's
 * actions by how they stand (all judged as of {@link Builder#asOf}), alumni per year and the alumni network as a picture. The
 * index lists the programs, alumni across them and the whole network.
 *
 * <p>Every page stands alone: styles inline, charts as inline SVG (each followed by its table),
 * no script, no font, image or style fetched from anywhere (a Content-Security-Policy of
 * {@code default-src 'none'} says so to the browser). Views per person and per venue are
 * {@code <details>} elements, which open without JavaScript. Built with {@link #builder}; a
 * report is immutable once built and can be written from several threads.
 *
 * <p>For example:
 * {@snippet :
 * HtmlReport report = HtmlReport.builder(directory)
 *     .program(program)
 *     .attendance(records)
 *     .asOf(LocalDate.of(2024, 12, 31))    // commitments and indicators as of this day
 *     .build();
 * List<Path> pages = report.write(Path.of("report"));   // index.html and a page per program
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class HtmlReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM",
      Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  /** Above this many people the index leaves betweenness (O(people x ties)) out. */
  static final long BETWEENNESS_BUDGET = 50_000_000L;

  private final DirectoryView directory;
  private final ImmutableList<Attendance> attendance;
  private final ImmutableList<Entry> programs;
  private final LocalDate asOf;

  private HtmlReport(Builder b) {
    this.directory = b.directory;
    this.attendance = ImmutableList.copyOf(b.attendance);
    this.programs = ImmutableList.copyOf(b.programs);
    this.asOf = b.asOf;
  }

  /**
   * A builder over a directory of people and organisations.
   *
   * @param directory the people and organisations the programs name
   * @return a builder
   */
  public static Builder builder(DirectoryView directory) {
    return new Builder(directory);
  }

  /**
   * The file name of a program's page: its id, made safe for file systems.
   *
   * @param program the program
   * @return such as {@code segrid-2024.html}
   */
  public static String fileName(Program program) {
    return program.id().value().replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
  }

  /**
   * Writes {@code index.html} and one page per program into a folder.
   *
   * @param folder the folder, made when missing
   * @return the files written, the index first
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> write(Path folder) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      Path index = folder.resolve("index.html");
      Files.writeString(index, index(), StandardCharsets.UTF_8);
      out.add(index);
      for (Entry e : programs) {
        Path f = folder.resolve(fileName(e.program));
        Files.writeString(f, page(e), StandardCharsets.UTF_8);
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The index page as HTML text.
   *
   * @return the page
   */
  public String index() {
    List<Program> all = programs.stream().map(e -> e.program).collect(Collectors.toList());
    Html h = new Html();
    head(h, "CivicLab report");
    h.raw("<header><h1>CivicLab report</h1><p>").num(all.size())
        .raw(" program(s).</p></header><main><section><h2>Programs</h2><table class=\"data\">"
            + "<thead><tr><th scope=\"col\">program</th><th scope=\"col\">period</th>"
            + "<th scope=\"col\">events</th><th scope=\"col\">violations</th></tr></thead>"
            + "<tbody>");
    for (Entry e : programs) {
      List<Violation> vs = new ArrayList<>();
      int n = Events.of(e.program, e.original, e.plan, vs).size();
      h.raw("<tr><td><a href=\"").text(fileName(e.program)).raw("\">");
      title(h, e.program.title());
      h.raw("</a></td><td>").text(e.program.period().toString()).raw("</td><td class=\"n\">")
          .num(n).raw("</td><td class=\"n\">").num(vs.size()).raw("</td></tr>");
    }
    h.raw("</tbody></table></section><section><h2>Alumni</h2>");
    Charts.bars(h, "alumni-year", Analyses.alumniByYear(all), List.of("year"), "cumulative",
        false);
    Charts.bars(h, "alumni-program", Analyses.alumniByProgram(all), List.of("program"),
        "alumni", false);
    h.raw("</section>");
    AlumniNetwork network = AlumniNetwork.of(all, directory, attendance);
    network(h, network, "net-all");
    h.raw("</main></body></html>\n");
    return h.toString();
  }

  private String page(Entry e) {
    Program p = e.program;
    List<Violation> violations = new ArrayList<>();
    List<ScheduleEvent> events = Events.of(p, e.original, e.plan, violations);
    Html h = new Html();
    head(h, p.title().text());
    h.raw("<header><p><a href=\"index.html\">All programs</a></p><h1>");
    title(h, p.title());
    h.raw("</h1><p>").text(p.period() + " · times in " + p.zone()).raw(" · ").num(events.size())
        .raw(" events</p><nav><a href=\"#schedule\">Schedule</a> <a href=\"#by-person\">"
            + "By person</a> <a href=\"#by-venue\">By venue</a> <a href=\"#violations\">"
            + "Violations</a> <a href=\"#pairs\">Pairs and circles</a> <a href=\"#charts\">"
            + "Attendance</a> <a href=\"#surveys\">Surveys</a> <a href=\"#results\">"
            + "Results</a> <a href=\"#alumni\">Alumni</a> <a href=\"#network\">Network</a>"
            + "</nav></header><main>");
    schedule(h, events, violations);
    perPerson(h, events);
    perVenue(h, events);
    violations(h, violations);
    pairsAndCircles(h, p);
    charts(h, p);
    surveys(h, p);
    ResultsSection.write(h, p, directory, PersonAttributes.of(directory), asOf);
    h.raw("<section id=\"alumni\"><h2>Alumni per year</h2>");
    Charts.bars(h, "alumni", Analyses.alumniByYear(List.of(p)), List.of("year"), "cumulative",
        false);
    h.raw("</section>");
    network(h, AlumniNetwork.of(List.of(p), directory, attendance), "net");
    h.raw("</main></body></html>\n");
    return h.toString();
  }

  private static void head(Html h, String title) {
    h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .text(title).raw("</title><style>").raw(CSS).raw("</style></head><body>");
  }

  /** A localized title: the original, then the other languages, each with its lang. */
  private static void title(Html h, LocalizedText t) {
    h.raw("<span lang=\"").text(t.original()).raw("\">").text(t.text()).raw("</span>");
    for (Map.Entry<String, String> x : t.texts().entrySet()) {
      if (!x.getKey().equals(t.original())) {
        h.raw(" <span class=\"alt\" lang=\"").text(x.getKey()).raw("\">").text(x.getValue())
            .raw("</span>");
      }
    }
  }

  private static void schedule(Html h, List<ScheduleEvent> events, List<Violation> violations) {
    h.raw("<section id=\"schedule\"><h2>Schedule</h2><ul class=\"legend\">");
    Set<String> kinds = new java.util.TreeSet<>();
    events.forEach(e -> kinds.add(e.kind));
    for (String k : kinds) {
      h.raw("<li><span class=\"swatch k-").text(k).raw("\"></span>").text(k.replace('-', ' '))
          .raw("</li>");
    }
    h.raw("<li><span class=\"swatch agreed\"></span>agreed (solid)</li><li><span class=\""
        + "swatch planned\"></span>planned (dashed)</li><li><span class=\"swatch violated\">"
        + "</span>named by a violation (⚠)</li></ul>");
    TreeMap<LocalDate, List<ScheduleEvent>> weeks = new TreeMap<>();
    for (ScheduleEvent e : events) {
      weeks.computeIfAbsent(e.when.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          k -> new ArrayList<>()).add(e);
    }
    if (weeks.isEmpty()) {
      h.raw("<p class=\"empty\">Nothing scheduled yet.</p>");
    }
    for (Map.Entry<LocalDate, List<ScheduleEvent>> w : weeks.entrySet()) {
      LocalDate monday = w.getKey();
      h.raw("<table class=\"week\"><caption>Week of ").text(monday.format(DAY) + " "
          + monday.getYear()).raw("</caption><thead><tr>");
      for (int d = 0; d < 7; d++) {
        h.raw("<th scope=\"col\">").text(monday.plusDays(d).format(DAY)).raw("</th>");
      }
      h.raw("</tr></thead><tbody><tr>");
      for (int d = 0; d < 7; d++) {
        LocalDate day = monday.plusDays(d);
        h.raw("<td>");
        for (ScheduleEvent e : w.getValue()) {
          if (e.when.day().equals(day)) {
            block(h, e, violations);
          }
        }
        h.raw("</td>");
      }
      h.raw("</tr></tbody></table>");
    }
    h.raw("</section>");
  }

  private static void block(Html h, ScheduleEvent e, List<Violation> violations) {
    h.raw("<div class=\"ev k-").text(e.kind).raw(e.planned ? " planned" : " agreed")
        .raw(e.cancelled ? " cancelled" : "").raw(e.violations.isEmpty() ? "" : " violated")
        .raw("\" data-event=\"").text(e.id).raw("\"><span class=\"t\">")
        .text(e.when.start().toLocalTime().format(TIME) + "–"
            + e.when.end().toLocalTime().format(TIME)).raw("</span> ");
    h.tagged("span", e.label);
    if (!e.venue.isEmpty()) {
      h.raw(" <span class=\"v\">").text(e.venue).raw("</span>");
    }
    h.raw(" <span class=\"st\">").raw(e.planned ? "planned" : e.cancelled ? "cancelled"
        : "agreed").raw("</span>");
    for (int i : e.violations) {
      h.raw(" <a class=\"warn\" href=\"#v").num(i + 1).raw("\" title=\"")
          .text(violations.get(i).message()).raw("\">⚠").num(i + 1).raw("</a>");
    }
    h.raw("</div>");
  }

  private void perPerson(Html h, List<ScheduleEvent> events) {
    Map<PersonId, List<ScheduleEvent>> by = new TreeMap<>();
    for (ScheduleEvent e : events) {
      for (PersonId p : e.attendees) {
        by.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
      }
    }
    h.raw("<section id=\"by-person\"><h2>By person</h2><p>").num(by.size())
        .raw(" people; open a name for their events.</p>");
    for (Map.Entry<PersonId, List<ScheduleEvent>> x : by.entrySet()) {
      h.raw("<details><summary>");
      h.tagged("span", name(x.getKey()));
      h.raw(" (").num(x.getValue().size()).raw(")</summary>");
      list(h, x.getValue());
      h.raw("</details>");
    }
    h.raw("</section>");
  }

  private static void perVenue(Html h, List<ScheduleEvent> events) {
    Map<String, List<ScheduleEvent>> by = new TreeMap<>();
    for (ScheduleEvent e : events) {
      by.computeIfAbsent(e.venue.isEmpty() ? "(no venue)" : e.venue, k -> new ArrayList<>())
          .add(e);
    }
    h.raw("<section id=\"by-venue\"><h2>By venue</h2>");
    for (Map.Entry<String, List<ScheduleEvent>> x : by.entrySet()) {
      h.raw("<details><summary>");
      h.tagged("span", x.getKey());
      h.raw(" (").num(x.getValue().size()).raw(")</summary>");
      list(h, x.getValue());
      h.raw("</details>");
    }
    h.raw("</section>");
  }

  private static void list(Html h, List<ScheduleEvent> events) {
    h.raw("<table class=\"data\"><thead><tr><th scope=\"col\">day</th><th scope=\"col\">time"
        + "</th><th scope=\"col\">event</th><th scope=\"col\">venue</th><th scope=\"col\">"
        + "status</th></tr></thead><tbody>");
    for (ScheduleEvent e : events) {
      h.raw("<tr><td>").text(e.when.day().toString()).raw("</td><td>")
          .text(e.when.start().toLocalTime().format(TIME)).raw("</td><td>");
      h.tagged("span", e.label);
      h.raw("</td><td>").text(e.venue).raw("</td><td>").raw(e.planned ? "planned" : "agreed")
          .raw(e.violations.isEmpty() ? "" : " ⚠").raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

  private static void violations(Html h, List<Violation> violations) {
    h.raw("<section id=\"violations\"><h2>Violations of the plan</h2>");
    if (violations.isEmpty()) {
      h.raw("<p>None: every rule holds (or no plan was given).</p>");
    } else {
      h.raw("<ol>");
      for (int i = 0; i < violations.size(); i++) {
        Violation v = violations.get(i);
        h.raw("<li id=\"v").num(i + 1).raw("\"><strong>").text(v.level().name()
            .toLowerCase(Locale.ROOT)).raw("</strong> ").text(v.ruleId()).raw(": ");
        h.tagged("span", v.message());
        h.raw("</li>");
      }
      h.raw("</ol>");
    }
    h.raw("</section>");
  }

  private void pairsAndCircles(Html h, Program p) {
    h.raw("<section id=\"pairs\"><h2>Mentor pairs</h2>");
    if (p.pairings().isEmpty()) {
      h.raw("<p class=\"empty\">No mentor pairs.</p>");
    } else {
      h.raw("<table class=\"data\"><thead><tr><th scope=\"col\">mentor</th><th scope=\"col\">"
          + "mentee</th><th scope=\"col\">direction</th><th scope=\"col\">cadence</th>"
          + "<th scope=\"col\">why this pair</th></tr></thead><tbody>");
      for (MentorPairing mp : p.pairings()) {
        h.raw("<tr><td>");
        h.tagged("span", name(mp.mentor()));
        h.raw("</td><td>");
        h.tagged("span", name(mp.mentee()));
        h.raw("</td><td>").text(mp.direction().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .raw("</td><td>").text(mp.cadence().toString()).raw("</td><td>");
        h.tagged("span", mp.rationale().orElse("(no explanation recorded)"));
        h.raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("<h2>Learning circles</h2>");
    if (p.circles().isEmpty()) {
      h.raw("<p class=\"empty\">No learning circles.</p>");
    }
    for (LearningCircle c : p.circles()) {
      Map<String, Long> levels = new LinkedHashMap<>();
      Set<String> countries = new java.util.TreeSet<>();
      for (CircleMember m : c.members()) {
        levels.merge(m.level().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        directory.person(m.person()).ifPresent(x -> countries.add(x.country()));
      }
      h.raw("<article class=\"circle\"><h3>");
      h.tagged("span", c.name());
      h.raw("</h3><p>").num(c.members().size()).raw(" members (")
          .text(levels.entrySet().stream().map(x -> x.getValue() + " " + x.getKey())
              .collect(Collectors.joining(", ")))
          .raw(") from ").text(String.join(", ", countries)).raw("; meets ")
          .text(c.cadence().toString()).raw(". Why: a mix of experience levels and "
              + "countries, so that novices learn from the experienced.</p><ul>");
      for (CircleMember m : c.members()) {
        h.raw("<li>");
        h.tagged("span", name(m.person()));
        h.raw(" — ").text(m.level().name().toLowerCase(Locale.ROOT)).raw("</li>");
      }
      for (PersonId f : c.facilitators()) {
        h.raw("<li>");
        h.tagged("span", name(f));
        h.raw(" — facilitator</li>");
      }
      h.raw("</ul></article>");
    }
    h.raw("</section>");
  }

  private void charts(Html h, Program p) {
    AttendanceTally tally = AttendanceTally.of(List.of(p));
    for (Attendance a : attendance) {
      if (a.program().equals(p.id())) {
        tally.accept(a);
      }
    }
    h.raw("<section id=\"charts\"><h2>Attendance and completion</h2>");
    Charts.bars(h, "att-module", tally.byModule(), List.of("edition", "title"), "rate", true);
    Charts.bars(h, "att-track", tally.byTrack(), List.of("edition", "track"), "rate", true);
    Charts.bars(h, "att-session", tally.bySession(), List.of("session", "title"), "rate", true);
    Charts.bars(h, "completion", Analyses.completionRates(List.of(p)),
        List.of("edition", "track"), "rate", true);
    h.raw("</section>");
  }

  /**
   * Survey results: response rate per survey, the mean of each numeric question, and how often
   * each answer was given to each choice and scale question (free text is left out: it has
   * no distribution to draw, and anonymous text could name people).
   */
  private static void surveys(Html h, Program p) {
    h.raw("<section id=\"surveys\"><h2>Surveys</h2>");
    if (p.surveys().isEmpty()) {
      h.raw("<p class=\"empty\">No surveys.</p></section>");
      return;
    }
    List<Program> one = List.of(p);
    Charts.bars(h, "survey-rates", SurveyAnalyses.responseRates(one), List.of("survey", "title"),
        "response rate", true);
    Charts.bars(h, "survey-means", SurveyAnalyses.means(one), List.of("survey", "question"),
        "mean", false);
    int n = 0;
    for (Survey s : p.surveys()) {
      for (Question q : s.questions()) {
        if (q.type() != QuestionType.FREE_TEXT && q.type() != QuestionType.NUMBER) {
          Charts.bars(h, "survey-" + (++n), SurveyAnalyses.distribution(s, q.key()),
              List.of("answer"), "share", true);
        }
      }
    }
    h.raw("</section>");
  }

  private void network(Html h, AlumniNetwork network, String id) {
    h.raw("<section id=\"network\"><h2>The alumni network</h2>");
    long cost = (long) network.graph().vertexSet().size() * network.graph().edgeSet().size();
    List<Bridge> bridges = cost <= BETWEENNESS_BUDGET ? network.bridges(10) : List.of();
    Set<PersonId> ringed = new HashSet<>();
    bridges.forEach(b -> ringed.add(b.person()));
    NetworkPicture.draw(h, id, network, ringed);
    Charts.table(h, network.summary());
    Charts.bars(h, id + "-growth", network.growthPerYear(), List.of("year"), "people", false);
    h.raw("<h3>People who bridge countries, sectors and tracks</h3>");
    if (cost > BETWEENNESS_BUDGET) {
      h.raw("<p>Betweenness is left out for a network this large; the GraphML export holds "
          + "the whole graph.</p>");
    } else if (bridges.isEmpty()) {
      h.raw("<p class=\"empty\">Nobody bridges groups yet.</p>");
    } else {
      h.raw("<table class=\"data\"><thead><tr><th scope=\"col\">person</th><th scope=\"col\">"
          + "betweenness</th><th scope=\"col\">ties</th><th scope=\"col\">why</th></tr>"
          + "</thead><tbody>");
      for (Bridge b : bridges) {
        h.raw("<tr><td>");
        h.tagged("span", name(b.person()));
        h.raw("</td><td class=\"n\">").text(String.format(Locale.ROOT, "%.3f", b.betweenness()))
            .raw("</td><td class=\"n\">").num(network.degree(b.person())).raw("</td><td>")
            .text(b.explanation()).raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>");
  }

  private String name(PersonId id) {
    return directory.person(id).map(Person::fullName).orElse(id.value());
  }

  private static final String CSS = "body{font-family:'Noto Sans','DejaVu Sans',sans-serif;"
      + "margin:0 1.5rem;color:#222;background:#fff}h1{font-size:1.6rem}h2{margin-top:2rem;"
      + "border-bottom:1px solid #ccc}.alt{color:#555;font-size:.8em;margin-left:.5em}"
      + "nav a{margin-right:.8em}table.week{border-collapse:collapse;width:100%;"
      + "table-layout:fixed;margin:.6rem 0}table.week caption{text-align:left;font-weight:bold}"
      + "table.week th,table.week td{border:1px solid #ccc;vertical-align:top;padding:2px;"
      + "font-size:.8rem}.ev{margin:2px 0;padding:2px 3px;border:2px solid #555;"
      + "border-radius:3px}.ev.planned{border-style:dashed}.ev.cancelled{text-decoration:"
      + "line-through;opacity:.6}.ev.violated{outline:3px solid #c00}.ev .t{font-weight:bold}"
      + ".ev .v,.ev .st{color:#444;font-size:.7rem}.warn{color:#c00;font-weight:bold}"
      + ".k-lecture{background:#cfe3ff}.k-workshop{background:#ffe2b8}.k-gallery-walk"
      + "{background:#e7d4ff}.k-study-visit{background:#c8f0d0}.k-group-discussion"
      + "{background:#fff3a8}.k-guest-talk{background:#ffd0d8}.k-networking{background:"
      + "#d0f4f4}.k-mentoring{background:#e0e0e0}.k-circle{background:#f0dcc8}.k-reflection"
      + "{background:#dde8c0}ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;"
      + "gap:.8em;font-size:.85rem}.swatch{display:inline-block;width:1em;height:1em;"
      + "border:1px solid #555;margin-right:.3em;vertical-align:middle}.swatch.planned"
      + "{border:2px dashed #555}.swatch.agreed{border:2px solid #555}.swatch.violated"
      + "{outline:3px solid #c00}.swatch.ring{border:2px solid #000;border-radius:50%}"
      + "table.data{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}table.data th,"
      + "table.data td{border:1px solid #ddd;padding:2px 6px;text-align:left}td.n{text-align:"
      + "right}figure{margin:1rem 0}figcaption{font-weight:bold}svg .bar{fill:#4a7fb5}"
      + "svg .lbl,svg .val{font-size:11px;fill:#222}svg .ties line{stroke:#999;"
      + "stroke-opacity:.5}svg circle.bridge{stroke:#000;stroke-width:2}"
      + "details{margin:.2rem 0}summary{cursor:pointer}.empty{color:#777}"
      + "article.circle{border-left:4px solid #f0dcc8;padding-left:.8rem}"
      + "svg .scale{fill:#f2f2f2}svg .tgt{stroke:#222;stroke-width:2}svg .base{stroke:#777;"
      + "stroke-width:2;stroke-dasharray:3 2}svg .st-met .bar{fill:#3a8d4f}"
      + "svg .st-off-track .bar{fill:#c0504d}.key{font-size:.8rem;color:#444}";

  /** One program on the report, with what the plan adds. */
  private static final class Entry {
    final Program program;
    final Optional<Program> original;
    final Optional<ProgramPlan> plan;

    Entry(Program program, Optional<Program> original, Optional<ProgramPlan> plan) {
      this.program = program;
      this.original = original;
      this.plan = plan;
    }
  }

  /** Collects the programs of a report. Not thread-safe. */
  @API(status = STABLE, since = "0.1.0")
  public static final class Builder {
    private final DirectoryView directory;
    private final List<Attendance> attendance = new ArrayList<>();
    private final List<Entry> programs = new ArrayList<>();
    private LocalDate asOf = LocalDate.now();

    Builder(DirectoryView directory) {
      this.directory = directory;
    }

    /**
     * Adds a program as stored: its sessions and meetings as they are, without a plan.
     *
     * @param program the program
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder program(Program program) {
      programs.add(new Entry(program, Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * Adds a scheduled program: sessions that had no time in {@code original} are shown as
     * planned, and the plan's violations are marked on the events they name.
     *
     * @param original the program before planning
     * @param plan its plan
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder planned(Program original, ProgramPlan plan) {
      programs.add(new Entry(plan.applyTo(original), Optional.of(original), Optional.of(plan)));
      return this;
    }

    /**
     * Adds attendance records, for the attendance charts and the same-module-day ties.
     *
     * @param records the records
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attendance(Iterable<Attendance> records) {
      records.forEach(attendance::add);
      return this;
    }

    /**
     * Sets the day the results section judges on: the status of each indicator's target
     * and whether each commitment is kept (as {@code report --as-of} does for the tables).
     *
     * @param day the day; today (in the system's time zone) when not set
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder asOf(LocalDate day) {
      this.asOf = day;
      return this;
    }

    /** @return the report */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
