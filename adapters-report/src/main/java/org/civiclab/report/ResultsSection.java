package org.civiclab.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.ResultsTable;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.time.DateRange;

/**
 * The "Results" section of a program's page: what the program achieved against the targets of
 * its results framework, and how its commitments were kept, both as of one day.
 *
 * <p>Indicators come from core's {@link ResultsTable}: its table is printed as is (the same
 * rows the {@code report} command prints), and the chart above it draws every numeric
 * indicator and target period as one bar, the actual against a line at the target and a dashed
 * line at the baseline, with the status word {@link ResultsTable#status} gives. Each bar has a
 * scale of its own, since indicators count different things: a percentage is drawn on 0 to
 * 100, a count on 0 to the largest of its actual, target and baseline. Qualitative indicators
 * have no bar; their words are in the table.
 *
 * <p>Core keeps no status for a commitment, only for its actions, so the section judges one
 * here ({@link #keeping}), and counts each owner's actions by how they stand on the day
 * ({@link #standing}), so a reader sees who keeps their word. Not thread-safe (it writes into one {@link Html}); stateless.
 */
final class ResultsSection {

  private static final int WIDTH = 640;
  private static final int LABEL = 220;
  private static final int BARS = 260;
  private static final int ROW = 22;

  private ResultsSection() {}

  /** How a commitment stands on a day, judged from its follow-up actions. */
  enum Keeping {
    /** Every action done or dropped on the day, at least one of them done. */
    KEPT("kept"),
    /** Some action still open or in progress, none of them overdue. */
    IN_PROGRESS("in progress"),
    /** Some action overdue on the day, or every action dropped. */
    NOT_KEPT("not kept"),
    /** No follow-up action was agreed. */
    NO_ACTIONS("no actions");

    private final String word;

    Keeping(String word) {
      this.word = word;
    }

    /** @return the word shown on the page */
    String word() {
      return word;
    }
  }

  /**
   * Writes the section.
   *
   * @param h where to write
   * @param p the program
   * @param directory names the actions' owners
   * @param attributes reads person attributes for the indicators' formulas
   * @param asOf the day statuses are judged on
   */
  static void write(Html h, Program p, DirectoryView directory, PersonAttributes attributes,
      LocalDate asOf) {
    h.raw("<section id=\"results\"><h2>Results</h2><p>Against the results framework's "
        + "targets and the commitments made, as of ").text(asOf.toString()).raw(".</p>");
    indicators(h, p, attributes, asOf);
    commitments(h, p, directory, asOf);
    h.raw("</section>");
  }

  private static void indicators(Html h, Program p, PersonAttributes attributes,
      LocalDate asOf) {
    h.raw("<h3>Indicators against targets</h3>");
    List<Indicator> all = p.resultsFramework().map(ResultsFramework::indicators)
        .orElse(ImmutableList.of());
    if (all.isEmpty()) {
      h.raw("<p class=\"empty\">No indicators.</p>");
      return;
    }
    Table table;
    try {
      table = ResultsTable.of(p, attributes, asOf);
    } catch (InvalidInputException e) {
      h.raw("<p class=\"empty\">The indicators cannot be computed: ")
          .text(String.valueOf(e.getMessage())).raw("</p>");
      return;
    }
    List<Bar> bars = new ArrayList<>();
    List<Indicator> untargeted = new ArrayList<>();
    boolean qualitative = false;
    for (Indicator ind : all) {
      if (ind.targets().isEmpty()) {
        untargeted.add(ind);
      }
      if (ind.measure() == Measure.QUALITATIVE) {
        qualitative |= !ind.targets().isEmpty();
        continue;
      }
      for (Target t : ind.targets()) {
        Optional<Target> actual = ResultsTable.actual(p, ind, t.period(), attributes);
        bars.add(new Bar(ind, t, actual.flatMap(Target::value),
            ResultsTable.status(ind, t, actual, asOf)));
      }
    }
    h.raw("<figure class=\"chart\" id=\"results-indicators\"><figcaption>")
        .text(table.title()).raw("</figcaption>");
    if (!bars.isEmpty()) {
      h.raw("<p class=\"key\">Bar: the actual; solid line: the target; dashed line: the "
          + "baseline. A percentage is drawn on 0 to 100 %, a count against the largest of "
          + "its three numbers.</p>");
      draw(h, bars);
    }
    if (qualitative) {
      h.raw("<p>Qualitative indicators have no bar: their targets and actuals are in words, "
          + "in the table.</p>");
    }
    if (table.size() > 0) {
      Charts.table(h, table);
    }
    h.raw("</figure>");
    if (!untargeted.isEmpty()) {
      h.raw("<p>Without a target yet:</p><ul class=\"untargeted\">");
      for (Indicator ind : untargeted) {
        h.raw("<li>").text(ind.id().value()).raw(" — ");
        h.tagged("span", ind.title().text());
        h.raw("</li>");
      }
      h.raw("</ul>");
    }
  }

  /** One numeric indicator in one target period, ready to draw. */
  private static final class Bar {
    final Indicator indicator;
    final Target target;
    final Optional<Double> actual;
    final String status;

    Bar(Indicator indicator, Target target, Optional<Double> actual, String status) {
      this.indicator = indicator;
      this.target = target;
      this.actual = actual;
      this.status = status;
    }
  }

  private static void draw(Html h, List<Bar> bars) {
    int height = bars.size() * ROW + 8;
    h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").num(WIDTH)
        .raw("\" height=\"").num(height).raw("\" viewBox=\"0 0 ").num(WIDTH).raw(" ")
        .num(height).raw("\" aria-labelledby=\"results-indicators-t\"><title "
            + "id=\"results-indicators-t\">Indicators: actual against target</title>");
    for (int r = 0; r < bars.size(); r++) {
      Bar b = bars.get(r);
      double target = Math.max(0.0, b.target.value().orElse(0.0));
      Optional<Double> baseline = b.indicator.baseline().flatMap(Target::value);
      double max;
      if (b.indicator.measure() == Measure.PERCENTAGE) {
        max = 100.0;
      } else {
        max = Math.max(target, Math.max(b.actual.orElse(0.0), baseline.orElse(0.0)));
      }
      double scale = BARS / (max <= 0 ? 1.0 : max);
      int y = r * ROW + 4;
      String actualText = b.actual.map(Charts::format).orElse("–");
      String said = b.indicator.id().value() + " " + b.target.period() + ": actual "
          + (b.actual.isPresent() ? actualText : "none yet") + ", target "
          + Charts.format(target) + baseline.map(v -> ", baseline " + Charts.format(v))
              .orElse("") + " — " + b.status;
      h.raw("<g class=\"ind st-").text(Html.slug(b.status)).raw("\"><title>").text(said)
          .raw("</title>");
      String label = b.indicator.id().value() + " · " + shortPeriod(b.target.period());
      h.raw("<text x=\"").num(LABEL - 6).raw("\" y=\"").num(y + 14L)
          .raw("\" text-anchor=\"end\" class=\"lbl\">")
          .text(label.length() > 34 ? label.substring(0, 33) + "…" : label).raw("</text>");
      h.raw("<rect x=\"").num(LABEL).raw("\" y=\"").num(y + 2L).raw("\" width=\"").num(BARS)
          .raw("\" height=\"").num(ROW - 6L).raw("\" class=\"scale\"/>");
      if (b.actual.isPresent()) {
        h.raw("<rect x=\"").num(LABEL).raw("\" y=\"").num(y + 2L).raw("\" width=\"")
            .num(Math.round(Math.max(0.0, b.actual.get()) * scale)).raw("\" height=\"")
            .num(ROW - 6L).raw("\" class=\"bar\"/>");
      }
      if (baseline.isPresent()) {
        marker(h, LABEL + Math.round(Math.max(0.0, baseline.get()) * scale), y, "base");
      }
      marker(h, LABEL + Math.round(target * scale), y, "tgt");
      h.raw("<text x=\"").num(LABEL + BARS + 6L).raw("\" y=\"").num(y + 14L)
          .raw("\" class=\"val\">").text(actualText + " / " + Charts.format(target) + " · "
              + b.status).raw("</text></g>");
    }
    h.raw("</svg>");
  }

  /**
   * A period short enough for a bar's label: a calendar year as its number, a period within
   * one year without repeating it.
   *
   * @param p the period
   * @return such as {@code 2024}, {@code 2024-01-01..06-30} or the period as is
   */
  static String shortPeriod(DateRange p) {
    if (p.start().getYear() != p.end().getYear()) {
      return p.toString();
    }
    if (p.start().getDayOfYear() == 1 && p.end().plusDays(1).getDayOfYear() == 1) {
      return String.valueOf(p.start().getYear());
    }
    return p.start().equals(p.end()) ? p.toString()
        : p.start() + ".." + p.end().toString().substring(5);
  }

  private static void marker(Html h, long x, int y, String kind) {
    h.raw("<line x1=\"").num(x).raw("\" x2=\"").num(x).raw("\" y1=\"").num(y).raw("\" y2=\"")
        .num(y + ROW - 2L).raw("\" class=\"").raw(kind).raw("\"/>");
  }

  private static void commitments(Html h, Program p, DirectoryView directory, LocalDate asOf) {
    h.raw("<h3>Commitments kept</h3>");
    if (p.commitments().isEmpty()) {
      h.raw("<p class=\"empty\">No commitments.</p>");
      return;
    }
    Map<Keeping, Long> byStatus = new EnumMap<>(Keeping.class);
    Map<CommitmentKind, Map<Keeping, Long>> byKind = new EnumMap<>(CommitmentKind.class);
    Table.Builder each = Table.builder("commitments as of " + asOf, "commitment", "kind",
        "made on", "text", "actions", "status");
    for (Commitment c : p.commitments()) {
      Keeping k = keeping(c, asOf);
      byStatus.merge(k, 1L, Long::sum);
      byKind.computeIfAbsent(c.kind(), x -> new EnumMap<>(Keeping.class)).merge(k, 1L,
          Long::sum);
      each.row(c.id().value(), word(c.kind()), c.madeOn().toString(), c.text(),
          (long) c.actions().size(), k.word());
    }
    Table.Builder status = Table.builder("commitments by status as of " + asOf, "status",
        "commitments");
    for (Keeping k : Keeping.values()) {
      status.row(k.word(), byStatus.getOrDefault(k, 0L));
    }
    Charts.bars(h, "results-commitments", status.build(), List.of("status"), "commitments",
        false);
    Table.Builder kinds = Table.builder("commitments by kind and status as of " + asOf, "kind",
        "status", "commitments");
    byKind.forEach((kind, counts) -> counts.forEach((k, n) -> kinds.row(word(kind), k.word(),
        n)));
    Charts.bars(h, "results-commitment-kinds", kinds.build(), List.of("kind", "status"),
        "commitments", false);
    owners(h, p, directory, asOf);
    h.raw("<details><summary>Each commitment</summary>");
    Charts.table(h, each.build());
    h.raw("</details>");
  }

  /**
   * Every owner's actions by how they stand on the day, owners by name, the standings in the
   * order of {@link Standing}; an owner the directory does not know is shown by id.
   */
  private static void owners(Html h, Program p, DirectoryView directory, LocalDate asOf) {
    Map<String, Map<Standing, Long>> byOwner = new TreeMap<>();
    for (Commitment c : p.commitments()) {
      for (Action a : c.actions()) {
        byOwner.computeIfAbsent(owner(a, directory), x -> new EnumMap<>(Standing.class))
            .merge(standing(a, asOf), 1L, Long::sum);
      }
    }
    Table.Builder owners = Table.builder("actions by owner as of " + asOf, "owner", "standing",
        "actions");
    byOwner.forEach((who, counts) -> counts.forEach((s, n) -> owners.row(who, s.word(), n)));
    Charts.bars(h, "results-owners", owners.build(), List.of("owner", "standing"), "actions",
        false);
  }

  private static String owner(Action a, DirectoryView directory) {
    if (a.ownerOrganization().isPresent()) {
      return directory.organization(a.ownerOrganization().get()).map(o -> o.name().text())
          .orElse(a.ownerOrganization().get().value());
    }
    return a.ownerPerson().map(id -> directory.person(id).map(Person::fullName)
        .orElse(id.value())).orElse("");
  }

  /** How one action stands on a day, as the owners' chart counts it. */
  enum Standing {
    /** Done by the day. */
    DONE("done"),
    /** Open or in progress, and not yet due. */
    ON_TIME("on time"),
    /** Past its due day and neither done nor dropped. */
    OVERDUE("overdue"),
    /** Given up. */
    DROPPED("dropped");

    private final String word;

    Standing(String word) {
      this.word = word;
    }

    /** @return the word the chart shows */
    String word() {
      return word;
    }
  }

  /**
   * How an action stands on a day: overdue before anything else, then its status.
   *
   * @param a the action
   * @param asOf the day
   * @return how it stands
   */
  static Standing standing(Action a, LocalDate asOf) {
    if (a.overdueOn(asOf)) {
      return Standing.OVERDUE;
    }
    ActionStatus s = a.statusOn(asOf);
    return s == ActionStatus.DONE ? Standing.DONE
        : s == ActionStatus.DROPPED ? Standing.DROPPED : Standing.ON_TIME;
  }

  /**
   * How a commitment stands on a day: {@link Keeping#NO_ACTIONS} without actions; else
   * {@link Keeping#NOT_KEPT} when an action is overdue on the day or every action is dropped;
   * else {@link Keeping#KEPT} when every action is done or dropped; else
   * {@link Keeping#IN_PROGRESS}.
   *
   * @param c the commitment
   * @param asOf the day
   * @return how it stands
   */
  static Keeping keeping(Commitment c, LocalDate asOf) {
    if (c.actions().isEmpty()) {
      return Keeping.NO_ACTIONS;
    }
    boolean closed = true;
    boolean dropped = true;
    for (Action a : c.actions()) {
      if (a.overdueOn(asOf)) {
        return Keeping.NOT_KEPT;
      }
      ActionStatus s = a.statusOn(asOf);
      closed &= s == ActionStatus.DONE || s == ActionStatus.DROPPED;
      dropped &= s == ActionStatus.DROPPED;
    }
    if (dropped) {
      return Keeping.NOT_KEPT;
    }
    return closed ? Keeping.KEPT : Keeping.IN_PROGRESS;
  }

  private static String word(CommitmentKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
