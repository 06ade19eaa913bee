package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civiclab.core.grouping.Grouping;
import org.civiclab.core.grouping.Round;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.selection.Quota;
import org.civiclab.core.selection.Selection;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.validation.ValidationReport;
import org.civiclab.examples.seeds.SeedProgram;

/**
 * What {@code demo} prints per program: the header, the schedule week by week, the mentor
 * pairs with the matcher's rationale, the learning circles, the selections from applicants and
 * the groups re-formed over rounds, the scheduler's violations, the outcome of validation and
 * where the files went.
 */
final class DemoSummary {
  private static final String RULE = "═".repeat(78);

  private DemoSummary() {}

  /**
   * Writes the summary of one program.
   *
   * @param seed the seed it came from
   * @param program the program as stored
   * @param plan the plan applied to it
   * @param report its validation report
   * @param files the files exported for it
   * @param out where to write
   */
  static void write(SeedProgram seed, Program program, ProgramPlan plan,
      ValidationReport report, List<Path> files, PrintWriter out) {
    DirectorySnapshot directory = seed.directory();
    out.println(RULE);
    out.println(seed.source() + "  " + program.title().text() + "  [" + program.id() + "]");
    out.println(RULE);
    out.println("  " + program.period().start() + " .. " + program.period().end() + "   zone "
        + program.zone() + "   " + directory.people().size() + " people, "
        + directory.organizations().size() + (directory.organizations().size() == 1
            ? " organisation" : " organisations"));
    List<Agenda.Entry> agenda = Agenda.of(program);
    out.println();
    out.println("  Schedule (" + agenda.size() + " events, times in " + program.zone() + ")");
    Agenda.print(agenda, program.zone(), "    ", out);
    if (!program.pairings().isEmpty()) {
      out.println();
      out.println("  Mentor pairs (" + program.pairings().size() + ")");
      for (MentorPairing p : program.pairings()) {
        out.println("    " + p.id() + ": " + name(directory, p.mentor()) + " mentors "
            + name(directory, p.mentee()) + "  (" + p.direction().name().toLowerCase(Locale.ROOT)
            + ", " + p.cadence() + ")");
        p.rationale().ifPresent(r -> out.println("      why: " + r.replace('\n', ' ')));
      }
    }
    if (!program.circles().isEmpty()) {
      out.println();
      out.println("  Learning circles (" + program.circles().size() + ")");
      for (LearningCircle c : program.circles()) {
        out.println("    " + c.name() + ": " + c.members().size() + " members ("
            + ProgramSummary.mix(c) + "), " + c.cadence() + ", facilitated by " + c.facilitators().stream()
                .map(f -> name(directory, f)).collect(Collectors.joining(", ")));
        out.println("      " + c.members().stream().map(m -> name(directory, m.person()))
            .collect(Collectors.joining(", ")));
      }
    }
    seed.selections().forEach((what, s) -> selection(directory, what, s, out));
    seed.groupings().forEach((what, g) -> grouping(directory, what, g, out));
    out.println();
    out.println("  Scheduling: " + Planning.outcome(plan) + "; " + plan.events().size()
        + " events in the plan, " + plan.result().stats().steps() + " steps");
    Planning.hard(plan, "    - ", out);
    ProgramSummary.validation(report, "Validation", out);
    if (!files.isEmpty()) {
      out.println("  Files: " + files.stream().map(DemoSummary::shown)
          .collect(Collectors.joining(", ")));
    }
    out.println();
  }

  /** The selection's method, quotas, probabilities and whom it chose, by name. */
  private static void selection(DirectorySnapshot directory, String what, Selection s,
      PrintWriter out) {
    out.println();
    out.println("  Selection: " + what);
    out.println("    " + s.selected().size() + " of " + s.probabilities().size()
        + " applicants by " + s.method().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + String.format(Locale.ROOT, ", each applicant's chance between %.3f and %.3f",
            s.minProbability().orElse(0), s.maxProbability().orElse(0))
        + " (" + s.panels() + (s.panels() == 1 ? " panel" : " panels") + " in the lottery)");
    out.println("    quotas: " + s.quotas().stream().map(Quota::toString)
        .collect(Collectors.joining(", ")));
    out.println("    selected: " + s.selected().stream().map(p -> name(directory, p))
        .collect(Collectors.joining(", ")));
  }

  /** The grouping's repeats against the counting bound and each round's groups, by name. */
  private static void grouping(DirectorySnapshot directory, String what, Grouping g,
      PrintWriter out) {
    out.println();
    out.println("  Groups over rounds: " + what);
    out.println("    " + g.rounds().size() + " rounds by " + g.method() + "; pairs meeting "
        + "more than once: " + g.repeatedPairs() + " (the counting lower bound is "
        + g.lowerBound() + ")" + (g.brokenRules().isEmpty() ? ""
            : "; broken: " + String.join("; ", g.brokenRules())));
    for (Round r : g.rounds()) {
      out.println("    round " + r.number() + ": " + r.groups().stream()
          .map(x -> "[" + x.members().stream().map(m -> name(directory, m)
              + (x.facilitator().filter(m::equals).isPresent() ? " (leads)" : ""))
              .collect(Collectors.joining(", ")) + "]")
          .collect(Collectors.joining(" ")));
    }
  }

  /** A path as the user would type it: relative when under the working directory. */
  static String shown(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath();
    return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
  }

  private static String name(DirectorySnapshot directory, PersonId id) {
    return directory.person(id).map(p -> p.fullName()).orElse(id.value());
  }
}
