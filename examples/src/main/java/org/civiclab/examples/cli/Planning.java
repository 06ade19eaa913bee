package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Venue;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.PlannedEvent;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.scheduling.ProgramScheduler;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.Violation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Scheduling for the commands: the scheduler from options, and a plan printed for people. */
final class Planning {
  /** The step limit when none is given: enough for the seed programs, a second or two each. */
  static final long DEFAULT_STEPS = 100_000;

  /**
   * Steps without a better best score after which planning stops: the seed programs reach their
   * best long before the step limit, and a coordinator should not wait for the rest.
   */
  static final long UNIMPROVED_STEPS = 20_000;

  private Planning() {}

  /**
   * A program scheduler.
   *
   * @param seed the solver's random seed
   * @param steps the step limit
   * @param timeLimit the time limit, when given
   * @return the scheduler
   */
  static ProgramScheduler scheduler(long seed, long steps, Optional<Duration> timeLimit) {
    Scheduler.Builder b = Scheduler.builder().seed(seed).stepLimit(steps)
        .unimprovedStepLimit(Math.max(1, Math.min(steps, UNIMPROVED_STEPS)));
    timeLimit.ifPresent(b::timeLimit);
    return ProgramScheduler.builder().scheduler(b.build()).build();
  }

  /**
   * @param plan a plan
   * @return how many violations of a level it has
   */
  static long count(ProgramPlan plan, Level level) {
    return plan.violations().stream().filter(v -> v.level() == level).count();
  }

  /**
   * @param plan a plan
   * @return {@code 0 hard violations, 3 soft (fewer-gaps 2, even-spread 1)}
   */
  static String outcome(ProgramPlan plan) {
    Map<String, Integer> soft = new TreeMap<>();
    for (Violation v : plan.violations()) {
      if (v.level() != Level.HARD) {
        soft.merge(v.ruleId(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    soft.forEach((rule, n) -> parts.add(rule + " " + n));
    return count(plan, Level.HARD) + " hard violations, " + (plan.violations().size()
        - count(plan, Level.HARD)) + " soft" + (parts.isEmpty() ? "" : " ("
        + String.join(", ", parts) + ")");
  }

  /**
   * Prints a plan week by week, then its hard violations and, when infeasible, the conflicts.
   *
   * @param program the program planned
   * @param plan its plan
   * @param out where to print
   */
  static void print(Program program, ProgramPlan plan, PrintWriter out) {
    List<Agenda.Entry> entries = new ArrayList<>();
    for (PlannedEvent e : plan.events()) {
      // visits and outreach take place at their host or community, not at a program venue
      boolean away = e.kind() == PlannedEvent.Kind.VISIT
          || e.kind() == PlannedEvent.Kind.OUTREACH;
      String where = e.venue().flatMap(program::venue).map(Venue::name)
          .orElse(away ? "on site" : "online");
      entries.add(new Agenda.Entry(e.when(), e.kind().name().toLowerCase(Locale.ROOT),
          e.label(), where));
      // a visit's travel days: the visitors are on the way, free for nothing else
      for (int i = 0; i < e.travel().size(); i++) {
        entries.add(new Agenda.Entry(e.travel().get(i), "travel",
            (i == 0 && e.travel().size() > 1 ? "travel to: " : "travel back from: ") + e.label(),
            "on the way"));
      }
    }
    entries.sort(java.util.Comparator.comparing((Agenda.Entry x) -> x.when));
    out.println("Plan for " + program.id() + " (" + plan.events().size() + " events, times in "
        + program.zone() + ")");
    Agenda.print(entries, program.zone(), "  ", out);
    out.println();
    out.println("Violations: " + outcome(plan));
    hard(plan, "  ", out);
  }

  /** The most hard violations or conflicts listed; the rest are counted. */
  static final int MOST_LISTED = 10;

  /**
   * Lists a plan's hard violations, at most {@link #MOST_LISTED} of them.
   *
   * @param plan the plan
   * @param indent the lines' indentation
   * @param out where to print
   */
  static void hard(ProgramPlan plan, String indent, PrintWriter out) {
    List<String> lines = new ArrayList<>();
    for (Violation v : plan.violations()) {
      if (v.level() == Level.HARD) {
        lines.add("HARD " + v.ruleId() + ": " + v.message());
      }
    }
    list(lines, indent, out);
  }

  /**
   * Explains why a plan is infeasible: its conflicts, at most {@link #MOST_LISTED} of them.
   *
   * @param program the program
   * @param plan its infeasible plan
   * @param out where to print
   */
  static void explainInfeasible(Program program, ProgramPlan plan, PrintWriter out) {
    out.println("error: no schedule meets every hard rule for " + program.id() + plan.result()
        .infeasibility().map(i -> i.proven() ? " (proven before solving):"
            : " (none found within the search's limits):").orElse(""));
    List<String> lines = new ArrayList<>();
    plan.result().infeasibility().ifPresent(i -> i.conflicts().forEach(c -> lines.add(
        c.message() + " " + c.rules())));
    list(lines, "  ", out);
  }

  private static void list(List<String> lines, String indent, PrintWriter out) {
    lines.stream().limit(MOST_LISTED).forEach(l -> out.println(indent + l));
    if (lines.size() > MOST_LISTED) {
      out.println(indent + "... and " + (lines.size() - MOST_LISTED) + " more");
    }
  }

  /** Reads {@code 90s}, {@code 2m}, {@code 500ms} or an ISO-8601 duration such as {@code PT1M}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value.trim().toLowerCase(Locale.ROOT));
      try {
        if (m.matches()) {
          long n = Long.parseLong(m.group(1));
          switch (m.group(2)) {
            case "ms":
              return positive(Duration.ofMillis(n), value);
            case "s":
              return positive(Duration.ofSeconds(n), value);
            case "m":
              return positive(Duration.ofMinutes(n), value);
            default:
              return positive(Duration.ofHours(n), value);
          }
        }
        return positive(Duration.parse(value), value);
      } catch (TypeConversionException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new TypeConversionException("'" + Terminal.oneLine(value) + "' is not a duration "
            + "such as 30s, 2m, 500ms or PT1M");
      }
    }

    private static Duration positive(Duration d, String value) {
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException("'" + Terminal.oneLine(value)
            + "' must be a positive duration");
      }
      return d;
    }
  }
}
