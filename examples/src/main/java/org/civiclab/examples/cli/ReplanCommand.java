package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.EventChange;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.PlanChange;
import org.civiclab.core.scheduling.PlanDiff;
import org.civiclab.core.scheduling.Replan;
import org.civiclab.core.scheduling.Schedule;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civiclab replan FILE --unavailable PERSON:DATE..DATE}: plans a program as {@code
 * schedule} does, re-plans it after the change and prints what moved, for whom.
 */
@Command(name = "replan", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Re-plan a program after a change: a person or venue unavailable on some "
        + "dates, or events cancelled.",
        "Plans the program as 'schedule' does with the same seed and steps, then re-plans it "
            + "keeping the hard rules first, then moving as few events and troubling as few "
            + "people as possible, and prints the events moved, added and cancelled with their "
            + "old and new times, and per person what changed for them."})
final class ReplanCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
      Locale.ENGLISH);

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", converter = Usage.ExistingFile.class,
      description = "The program document.")
  private java.nio.file.Path file;

  @Option(names = "--directory", paramLabel = "FILE", converter = Usage.ExistingFile.class,
      description = "The directory document with the program's people. Default: "
          + "directory.json in the program's folder.")
  private java.nio.file.@Nullable Path directoryFile;

  @Option(names = "--unavailable", paramLabel = "PERSON:DATE..DATE",
      description = "A person (id or name) who cannot attend anything on these dates, such "
          + "as ana:2025-11-13..2025-11-14 or ana:2025-11-13; may repeat.")
  private List<String> unavailable = new ArrayList<>();

  @Option(names = "--venue-unavailable", paramLabel = "VENUE:DATE..DATE",
      description = "A venue (id) closed on these dates; may repeat.")
  private List<String> venueUnavailable = new ArrayList<>();

  @Option(names = "--cancel", paramLabel = "EVENT",
      description = "An event (its demand id, as the plan lists it) that no longer takes "
          + "place; may repeat.")
  private List<String> cancel = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "The solver's random seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--steps", paramLabel = "N", converter = Usage.PositiveLong.class,
      description = "The most search steps, at least 1 (default " + Planning.DEFAULT_STEPS
          + ").")
  private @Nullable Long steps;

  @Override
  public Integer call() {
    PrintWriter text = spec.commandLine().getOut();
    if (directoryFile == null) {
      directoryFile = Documents.directoryBeside(file).orElse(null);
    }
    if (directoryFile == null) {
      throw Usage.error(spec, "--directory", "re-planning needs the program's people and "
          + "there is no directory.json beside " + file + ": give --directory FILE");
    }
    if (unavailable.isEmpty() && venueUnavailable.isEmpty() && cancel.isEmpty()) {
      throw Usage.error(spec, "--unavailable", "say what changed: --unavailable "
          + "PERSON:DATE..DATE, --venue-unavailable VENUE:DATE..DATE or --cancel EVENT");
    }
    DirectorySnapshot directory = Documents.directory(directoryFile);
    Program program = Documents.program(file, Optional.of(directory));
    Scheduler scheduler = Scheduler.builder().seed(seed)
        .stepLimit(steps != null ? steps : Planning.DEFAULT_STEPS).build();
    SchedulingProblem problem = Planning.scheduler(seed, 1, Optional.<Duration>empty())
        .toProblem(program, directory);
    Schedule before = scheduler.solve(problem).schedule();
    PlanChange.Builder change = PlanChange.builder();
    List<String> said = new ArrayList<>();
    for (String u : unavailable) {
      String[] parts = split(u, "--unavailable");
      Participant who = person(problem, parts[0]);
      DateRange days = dates(parts[1], "--unavailable");
      change.putUnavailablePerson(who.id(), days.days()
          .collect(com.google.common.collect.ImmutableSet.toImmutableSet()));
      said.add(who.name() + " unavailable " + days);
    }
    for (String u : venueUnavailable) {
      String[] parts = split(u, "--venue-unavailable");
      if (problem.locations().stream().noneMatch(l -> l.id().equals(parts[0]))) {
        throw Usage.error(spec, "--venue-unavailable", "no venue '" + parts[0] + "' in "
            + file);
      }
      DateRange days = dates(parts[1], "--venue-unavailable");
      change.putUnavailableVenue(parts[0], days.days()
          .collect(com.google.common.collect.ImmutableSet.toImmutableSet()));
      said.add(parts[0] + " closed " + days);
    }
    for (String c : cancel) {
      if (problem.demands().stream().noneMatch(d -> d.id().equals(c))) {
        throw Usage.error(spec, "--cancel", "no event '" + c + "' in the plan of " + file);
      }
      change.addCancelled(c);
      said.add(c + " cancelled");
    }
    Replan r = scheduler.replan(problem, before.placements(), change.build());
    text.println("Re-planned " + program.id() + " after: " + String.join("; ", said) + ".");
    print(problem, r.diff(), text);
    if (!r.result().isFeasible()) {
      PrintWriter err = spec.commandLine().getErr();
      text.flush();
      err.println("The change cannot be absorbed; hard rules that still fail:");
      r.result().schedule().hardViolations().stream().limit(Planning.MOST_LISTED)
          .map(Violation::message).forEach(m -> err.println("  " + m));
      err.flush();
      return ExitCodes.INVALID;
    }
    return ExitCodes.OK;
  }

  /** Prints a diff: counts, each change with old and new time, then per person. */
  static void print(SchedulingProblem problem, PlanDiff diff, PrintWriter out) {
    Map<String, String> names = new LinkedHashMap<>();
    problem.participants().forEach(p -> names.put(p.id(), p.name()));
    Map<String, String> rooms = new LinkedHashMap<>();
    problem.locations().forEach(l -> rooms.put(l.id(), l.name()));
    out.println(diff.moved().size() + " moved, " + diff.added().size() + " added, "
        + diff.cancelled().size() + " cancelled; " + diff.byPerson().size()
        + (diff.byPerson().size() == 1 ? " person" : " people") + " affected.");
    for (EventChange c : diff.changes()) {
      out.println("  " + c.kind().name().toLowerCase(Locale.ROOT) + " " + c.label() + ": "
          + when(c.before(), c.locationBefore().map(l -> rooms.getOrDefault(l, l))) + " -> "
          + when(c.after(), c.locationAfter().map(l -> rooms.getOrDefault(l, l))));
    }
    diff.byPerson().forEach((p, cs) -> {
      List<String> labels = new ArrayList<>();
      cs.forEach(c -> labels.add(c.label() + " (" + c.kind().name().toLowerCase(Locale.ROOT)
          + ")"));
      out.println("  for " + names.getOrDefault(p, p) + ": " + String.join(", ", labels));
    });
  }

  private static String when(Optional<TimeSpan> span, Optional<String> where) {
    return span.map(s -> s.start().format(WHEN) + "-" + s.end().toLocalTime()).orElse("-")
        + where.map(w -> " at " + w).orElse("");
  }

  private String[] split(String value, String option) {
    int at = value.lastIndexOf(':');
    if (at <= 0 || at == value.length() - 1) {
      throw Usage.error(spec, option, "'" + value + "' is not like ana:2025-11-13..2025-11-14");
    }
    return new String[] {value.substring(0, at), value.substring(at + 1)};
  }

  private Participant person(SchedulingProblem problem, String who) {
    for (Participant p : problem.participants()) {
      if (p.id().equals(who)) {
        return p;
      }
    }
    for (Participant p : problem.participants()) {
      if (p.name().equalsIgnoreCase(who)) {
        return p;
      }
    }
    throw Usage.error(spec, "--unavailable", "no person '" + who + "' takes part in " + file);
  }

  private DateRange dates(String text, String option) {
    try {
      int dots = text.indexOf("..");
      if (dots < 0) {
        return DateRange.day(LocalDate.parse(text));
      }
      LocalDate from = LocalDate.parse(text.substring(0, dots));
      LocalDate to = LocalDate.parse(text.substring(dots + 2));
      if (to.isBefore(from)) {
        throw Usage.error(spec, option, "'" + text + "' ends before it starts");
      }
      return DateRange.of(from, to);
    } catch (DateTimeParseException e) {
      throw Usage.error(spec, option, "'" + text + "' is not like 2025-11-13..2025-11-14");
    }
  }
}
