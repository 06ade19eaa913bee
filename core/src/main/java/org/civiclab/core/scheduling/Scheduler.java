package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.scheduling.internal.ProblemIndex;
import org.civiclab.core.scheduling.internal.ReplanRules;
import org.civiclab.core.scheduling.internal.ScoreDirector;
import org.civiclab.core.scheduling.internal.SolverRun;
import org.civiclab.core.scheduling.spi.Rule;

/**
 * Places every demand of a {@link SchedulingProblem} into grains and locations under a set of
 * {@link Rule rules}.
 *
 * <p>A construction heuristic places demands one by one, hardest first, each where it costs
 * least; then late-acceptance local search moves one demand (or swaps two) at a time, and every
 * move is scored incrementally: only the moved demands are re-scored. Once feasible, a long
 * stall starts a walk through moves that keep every hard rule, after which late acceptance
 * resumes from where the walk ended. The same problem, rules
 * and seed with a step limit give the same schedule. Solving stops at the step limit, the time
 * limit, a perfect score, when the best score has not improved for a given number of steps or
 * a given time, or when cancelled. Pinned demands never move; with a previous plan in
 * the problem, demands start where they were and {@link Rules#stability()} keeps them there.
 * Immutable and thread-safe; each {@link #solve} runs on the calling thread.
 *
 * <p>For example:
 * {@snippet :
 * TimeGrid grid = TimeGrid.daily(ZoneId.of("Europe/Sofia"),
 *     DateRange.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 15)),
 *     day -> true, LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(30));
 * SchedulingProblem problem = SchedulingProblem.builder().grid(grid)
 *     .addParticipant(Participant.of("ana"))
 *     .addDemand(Demand.builder().id("intro").durationGrains(4).online(true)
 *         .addRequiredAttendee("ana").build())
 *     .build();
 * SchedulingResult result = Scheduler.builder().seed(1).timeLimit(Duration.ofSeconds(2)).build()
 *     .solve(problem);
 * result.infeasibility().ifPresent(why ->
 *     why.conflicts().forEach(c -> System.out.println(c.message())));
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class Scheduler {
  private final ImmutableList<Rule> rules;
  private final long seed;
  private final long stepLimit;
  private final Optional<Duration> timeLimit;
  private final SolverListener listener;
  private final BooleanSupplier cancelled;
  private final int lateAcceptance;
  private final long unimprovedStepLimit;
  private final Optional<Duration> unimprovedTimeLimit;

  private Scheduler(Builder b) {
    this.rules = ImmutableList.copyOf(b.rules);
    this.seed = b.seed;
    this.stepLimit = b.stepLimit;
    this.timeLimit = b.timeLimit;
    this.listener = b.listener;
    this.cancelled = b.cancelled;
    this.lateAcceptance = b.lateAcceptance;
    this.unimprovedStepLimit = b.unimprovedStepLimit;
    this.unimprovedTimeLimit = b.unimprovedTimeLimit;
  }

  /** @return a builder with the standard rules, seed 0 and a limit of 100,000 steps */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the rules this scheduler scores with */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @return the best schedule found, with its violations, and the conflicts when infeasible
   */
  public SchedulingResult solve(SchedulingProblem problem) {
    ProblemIndex ix = ProblemIndex.of(problem);
    return new SolverRun(ix, rules, seed, stepLimit, timeLimit, listener, cancelled,
        lateAcceptance, unimprovedStepLimit, unimprovedTimeLimit).run();
  }

  /**
   * Re-plans after a change: the changed problem is solved from the old plan, under this
   * scheduler's rules and limits plus the change's unavailable dates (hard) and a disruption
   * penalty at the medium level that counts each moved event far above each affected person,
   * and both far above every other medium penalty. So the hard rules come first, then as few
   * moved events and as few affected people as the search finds, then everything else. With no
   * change nothing moves.
   *
   * @param problem the problem the old plan was made for
   * @param plan the old plan: a placement by demand id
   * @param change what changed
   * @return the changed problem, the new plan and what moved
   * @throws InvalidInputException when the change names an unknown demand, person or venue
   */
  public Replan replan(SchedulingProblem problem, Map<String, Placement> plan,
      PlanChange change) {
    SchedulingProblem changed = Replanning.apply(problem, plan, change);
    List<Rule> all = new ArrayList<>();
    rules.forEach(r -> all.add(ReplanRules.seeingUnavailable(r, change.unavailablePeople())));
    if (!change.unavailablePeople().isEmpty()) {
      all.add(ReplanRules.unavailablePeople(change.unavailablePeople()));
    }
    if (!change.unavailableVenues().isEmpty()) {
      all.add(ReplanRules.unavailableVenues(change.unavailableVenues()));
    }
    all.add(ReplanRules.disruption());
    SchedulingResult result = new SolverRun(ProblemIndex.of(changed), all, seed, stepLimit,
        timeLimit, listener, cancelled, lateAcceptance, unimprovedStepLimit,
        unimprovedTimeLimit).run();
    return Replan.builder().problem(changed).result(result).diff(PlanDiff.between(problem,
        plan, changed, result.schedule().placements())).build();
  }

  /**
   * Scores a given plan under this scheduler's rules, without solving.
   *
   * @param problem the problem
   * @param placements a placement for every demand, by demand id
   * @return the schedule with its score and violations
   * @throws InvalidInputException when a demand has no placement or a placement does not fit
   *     the problem (unknown location, grain outside the grid)
   */
  public Schedule evaluate(SchedulingProblem problem, Map<String, Placement> placements) {
    ProblemIndex ix = ProblemIndex.of(problem);
    ScoreDirector director = new ScoreDirector(ix, rules);
    List<Problem> problems = new ArrayList<>();
    for (int d = 0; d < ix.demandCount(); d++) {
      String id = ix.demandId(d);
      Placement p = placements.get(id);
      if (p == null) {
        problems.add(Problem.at("placements[" + id + "]", "demand has no placement"));
        continue;
      }
      int loc = p.location().flatMap(ix::locationNumber).orElse(-1);
      if (p.startGrain() >= ix.grainCount() || (p.location().isPresent() && loc < 0)
          || (loc < 0) != ix.isOnline(d)) {
        problems.add(Problem.at("placements[" + id + "]", "placement " + p
            + " does not fit the problem"));
        continue;
      }
      director.place(d, p.startGrain(), loc);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return director.schedule();
  }

  /** Configures a {@link Scheduler}. */
  public static final class Builder {
    private List<Rule> rules = Rules.standard();
    private long seed;
    private long stepLimit = -1;
    private Optional<Duration> timeLimit = Optional.empty();
    private SolverListener listener = new SolverListener() {};
    private BooleanSupplier cancelled = () -> false;
    private int lateAcceptance = 400;
    private long unimprovedStepLimit = Long.MAX_VALUE;
    private Optional<Duration> unimprovedTimeLimit = Optional.empty();

    private Builder() {}

    /**
     * @param rules the rules to score with, built-in or custom
     * @return this builder
     */
    public Builder rules(List<? extends Rule> rules) {
      this.rules = ImmutableList.copyOf(rules);
      return this;
    }

    /**
     * @param seed the random seed; the same seed with a step limit gives the same schedule
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * @param steps the most local-search steps, 0 for construction only
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder stepLimit(long steps) {
      if (steps < 0) {
        throw new IllegalArgumentException("step limit must not be negative, got " + steps);
      }
      this.stepLimit = steps;
      return this;
    }

    /**
     * @param limit the longest the solve may take; with no step limit set, the only limit
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder timeLimit(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("time limit must be positive, got " + limit);
      }
      this.timeLimit = Optional.of(limit);
      return this;
    }

    /**
     * @param listener hears new best scores and the first feasible schedule
     * @return this builder
     */
    public Builder listener(SolverListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * @param cancelled polled during the solve; when it returns true the best so far is returned
     * @return this builder
     */
    public Builder cancelWhen(BooleanSupplier cancelled) {
      this.cancelled = cancelled;
      return this;
    }

    /**
     * @param size the late-acceptance history length, at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder lateAcceptance(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("late acceptance size must be at least 1, got "
            + size);
      }
      this.lateAcceptance = size;
      return this;
    }

    /**
     * Stops early when the best score has not improved for this many local-search steps; the
     * step and time limits still apply. Deterministic, unlike {@link #unimprovedTimeLimit}.
     *
     * @param steps steps without a better best score, at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder unimprovedStepLimit(long steps) {
      if (steps < 1) {
        throw new IllegalArgumentException("unimproved step limit must be at least 1, got "
            + steps);
      }
      this.unimprovedStepLimit = steps;
      return this;
    }

    /**
     * Stops early when the best score has not improved for this long; the step and time limits
     * still apply.
     *
     * @param limit time without a better best score, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder unimprovedTimeLimit(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("unimproved time limit must be positive, got "
            + limit);
      }
      this.unimprovedTimeLimit = Optional.of(limit);
      return this;
    }

    /** @return the scheduler */
    public Scheduler build() {
      if (stepLimit < 0 && timeLimit.isEmpty()) {
        stepLimit = 100_000;
      }
      if (stepLimit < 0) {
        stepLimit = Long.MAX_VALUE;
      }
      return new Scheduler(this);
    }
  }
}
