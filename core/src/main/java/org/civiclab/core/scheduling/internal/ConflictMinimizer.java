package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Conflict;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.SolverListener;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.scheduling.spi.Rule;

/**
 * Deletion filtering over the solver: starting from the demands in hard conflict and those
 * sharing a person or room with them, drops each demand whose removal leaves the rest still
 * unsolvable. A demand is kept only when the solver found a feasible schedule without it, so
 * when the filtering finishes within its budget every one-smaller subset has a witness
 * schedule: the set is minimal. That the set itself has no feasible schedule rests on the
 * solver not finding one within its steps.
 */
@API(status = INTERNAL, since = "0.1.0")
final class ConflictMinimizer {
  /** Steps per sub-solve; each stops at its first feasible schedule. */
  static final long STEPS_PER_CHECK = 20_000;
  /** The most sub-solves. */
  static final int MAX_CHECKS = 64;
  /** The most wall time for all sub-solves together, when the caller sets no time limit. */
  static final Duration TIME_BUDGET = Duration.ofSeconds(10);
  private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};

  private final ProblemIndex ix;
  private final List<Rule> rules;
  private final long seed;
  private final long deadline;
  private int checks;

  /** One minimal conflict, and whether minimality is proven (false: the budget ran out). */
  record Result(Conflict conflict, boolean minimal) {}

  /**
   * A minimizer.
   *
   * @param budget the most wall time for all sub-solves together; zero or less tries none
   */
  ConflictMinimizer(ProblemIndex ix, List<Rule> rules, long seed, Duration budget) {
    this.ix = ix;
    this.rules = rules;
    this.seed = seed;
    this.deadline = System.nanoTime() + Math.max(0, budget.toNanos());
  }

  Optional<Result> minimize(List<Violation> hard) {
    SchedulingProblem p = ix.problem;
    Set<String> violating = new LinkedHashSet<>();
    hard.forEach(v -> violating.addAll(v.demands()));
    if (violating.isEmpty()) {
      return Optional.empty();
    }
    Set<String> people = new TreeSet<>();
    for (Demand d : p.demands()) {
      if (violating.contains(d.id())) {
        people.addAll(d.requiredAttendees());
      }
    }
    List<String> set = new ArrayList<>();
    for (Demand d : p.demands()) {
      if (violating.contains(d.id()) || d.requiredAttendees().stream().anyMatch(people::contains)
          || !d.online()) {
        set.add(d.id());
      }
    }
    if (feasible(set).orElse(false)) {
      set = new ArrayList<>();
      for (Demand d : p.demands()) {
        set.add(d.id());
      }
    }
    boolean done = true;
    // try dropping demands not in conflict first, so the set shrinks fast
    List<String> order = new ArrayList<>(set);
    order.sort((a, b) -> Boolean.compare(violating.contains(a), violating.contains(b)));
    for (String d : order) {
      if (checks >= MAX_CHECKS || System.nanoTime() > deadline) {
        done = false;
        break;
      }
      List<String> without = new ArrayList<>(set);
      without.remove(d);
      if (without.isEmpty()) {
        continue;
      }
      Optional<Boolean> ok = feasible(without);
      if (ok.isEmpty()) {
        // the budget ran out inside the sub-solve: its answer proves nothing
        done = false;
        break;
      }
      if (!ok.get()) {
        set = without;
      }
    }
    Set<String> rulesHit = new TreeSet<>();
    hard.stream().filter(v -> v.demands().stream().anyMatch(violating::contains))
        .forEach(v -> rulesHit.add(v.ruleId()));
    List<String> ordered = new ArrayList<>(set);
    java.util.Collections.sort(ordered);
    return Optional.of(new Result(Conflict.builder().demands(ordered).rules(rulesHit)
        .message(words(ordered)).build(), done));
  }

  /**
   * Whether the solver finds a schedule without hard violations for these demands alone; empty
   * when the budget ran out before it could tell.
   */
  private Optional<Boolean> feasible(List<String> ids) {
    checks++;
    Set<String> keep = new LinkedHashSet<>(ids);
    SchedulingProblem p = ix.problem;
    List<Demand> ds = new ArrayList<>();
    // an order towards a demand left out no longer binds
    p.demands().stream().filter(d -> keep.contains(d.id()))
        .map(d -> keep.containsAll(d.after()) ? d : Demand.builder().from(d)
            .after(d.after().stream().filter(keep::contains).toList()).build())
        .forEach(ds::add);
    Map<String, Placement> previous = new LinkedHashMap<>();
    p.previousPlan().forEach((k, v) -> {
      if (keep.contains(k)) {
        previous.put(k, v);
      }
    });
    SchedulingProblem sub = SchedulingProblem.builder().from(p).demands(ds)
        .previousPlan(previous).build();
    SchedulingResult r = new SolverRun(ProblemIndex.of(sub), rules, seed, STEPS_PER_CHECK,
        Optional.empty(), new SolverListener() {}, () -> System.nanoTime() > deadline, 400,
        Long.MAX_VALUE, Optional.empty()).forChecking().run();
    if (!r.isFeasible() && r.stats().cancelled()) {
      return Optional.empty();
    }
    return Optional.of(r.isFeasible());
  }

  /** The conflict in a coordinator's words. */
  private String words(List<String> ids) {
    List<Demand> ds = new ArrayList<>();
    for (String id : ids) {
      ix.demandNumber(id).ifPresent(n -> ds.add(ix.demand(n)));
    }
    Set<String> common = new LinkedHashSet<>(ds.get(0).requiredAttendees());
    ds.forEach(d -> common.retainAll(d.requiredAttendees()));
    LocalDate first = ix.problem.grid().dayOf(0);
    LocalDate last = ix.problem.grid().dayOf(ix.grainCount - 1);
    LocalDate wFirst = ds.stream().map(d -> d.window().map(w -> w.start()).orElse(first))
        .min(LocalDate::compareTo).orElse(first);
    LocalDate wLast = ds.stream().map(d -> d.window().map(w -> w.end()).orElse(last))
        .max(LocalDate::compareTo).orElse(last);
    if (wFirst.isBefore(first)) {
      wFirst = first;
    }
    if (wLast.isAfter(last)) {
      wLast = last;
    }
    String when = span(wFirst, wLast);
    if (common.isEmpty()) {
      List<String> labels = new ArrayList<>();
      ds.forEach(d -> labels.add(d.label()));
      return String.join(", ", labels) + " cannot all take place " + when;
    }
    List<String> names = new ArrayList<>();
    for (int p = 0; p < ix.participantCount; p++) {
      if (common.contains(ix.participantId(p))) {
        names.add(ix.participantName(p));
      }
    }
    Duration grain = ix.problem.grid().grainLength();
    int minLen = ds.stream().mapToInt(Demand::durationGrains).min().orElse(1);
    int maxLen = ds.stream().mapToInt(Demand::durationGrains).max().orElse(1);
    String length = minLen == maxLen ? hours(grain.multipliedBy(minLen))
        : hours(grain.multipliedBy(minLen)) + " to " + hours(grain.multipliedBy(maxLen));
    int longestDay = 0;
    int run = 0;
    for (int g = 0; g < ix.grainCount; g++) {
      run = g > 0 && ix.dayIndex[g] == ix.dayIndex[g - 1] ? run + 1 : 1;
      longestDay = Math.max(longestDay, run);
    }
    String day = hours(grain.multipliedBy(longestDay)).replace(" h", "-hour") + " day";
    String count = ds.size() < NUMBERS.length ? NUMBERS[ds.size()] : Integer.toString(ds.size());
    return count + " sessions of " + length + " for " + String.join(" and ", names)
        + " fit in no " + day + " " + when;
  }

  private static String hours(Duration d) {
    long minutes = d.toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
  }

  private static String span(LocalDate a, LocalDate b) {
    DateTimeFormatter dm = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    if (a.equals(b)) {
      return "on " + a.format(dm);
    }
    if (a.getMonth() == b.getMonth() && a.getYear() == b.getYear()) {
      return "between " + a.getDayOfMonth() + " and " + b.format(dm);
    }
    return "between " + a.format(dm) + " and " + b.format(dm);
  }
}
