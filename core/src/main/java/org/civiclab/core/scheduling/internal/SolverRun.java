package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Conflict;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Infeasibility;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Schedule;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.SolveStats;
import org.civiclab.core.scheduling.SolverListener;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.scheduling.spi.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One solve: construction, then late-acceptance local search. Single use, not thread-safe. */
@API(status = INTERNAL, since = "0.1.0")
public final class SolverRun {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  private static final int TOP_STARTS = 8;
  private static final int MAX_CONSTRUCTION_STARTS = 256;
  private static final long HARD_STALL = 20_000;
  private static final long KICK_HARD = 2;
  /** One step in this many is a ruin-and-recreate; 0 for none. */
  private static final int RUIN_EVERY = Integer.getInteger("civiclab.ruinEvery", 1000);
  /** The most demands a ruin takes out. */
  private static final int RUIN_SIZE = Integer.getInteger("civiclab.ruinSize", 4);
  /** The starts tried, sampled, when a ruined demand is put back. */
  private static final int RUIN_STARTS = Integer.getInteger("civiclab.ruinStarts", 64);
  /**
   * Whether, once feasible, half the moves go to demands that carry medium penalty (refreshed
   * now and then). Measured at 1M steps on the 50-meeting instance, seeds 1-3: medium -192, -202,
   * -194 against -190, -205, -201 without; at 1.5M steps on 100 meetings, seeds 1-2: -75, -80
   * against -80, -76.
   */
  private static final boolean MEDIUM_TARGET = Boolean.parseBoolean(System.getProperty(
      "civiclab.mediumTarget", "true"));
  /**
   * Steps per movable demand without a gain on the hard and medium levels after which, once
   * feasible, the search walks: for {@link #WALK_STEPS} steps per movable demand it takes any
   * move that keeps the hard level at 0 and the medium level within {@link #WALK_SLACK} of the
   * best reached, then restarts late acceptance from where the walk ended; 0 for none. Late
   * acceptance alone settles in one arrangement of the longest meetings and never leaves it; the
   * walk reorders them without breaking a hard rule. Per demand, because a larger instance
   * improves less often per step while it still improves. Figures: issue 15, stop 40.
   */
  private static final long WALK_STALL = Long.getLong("civiclab.walkStall", 4_000);
  /** How long one walk lasts, in steps per movable demand. */
  private static final long WALK_STEPS = Long.getLong("civiclab.walkSteps", 400);
  /** How far below the best medium level a walk may go. */
  private static final long WALK_SLACK = Long.getLong("civiclab.walkSlack", 60);
  private final int[] ruinChosen = new int[RUIN_SIZE];
  private final int[] ruinStart = new int[RUIN_SIZE];
  private final int[] ruinLocation = new int[RUIN_SIZE];

  private final ProblemIndex ix;
  private final ScoreDirector sd;
  private final SplittableRandom rng;
  private final long stepLimit;
  private final long deadline;
  private final SolverListener listener;
  private final BooleanSupplier cancelled;
  private final int lateSize;
  private final long unimprovedSteps;
  private final long unimprovedNanos;
  private long lastBestStep;
  /** False for the sub-solves of conflict checking: stop when feasible, explain nothing. */
  private boolean full = true;
  private final List<Rule> rules;
  private long lastBestNanos;
  private final long t0 = System.nanoTime();
  private long firstFeasibleNanos = -1;
  private final int[] bestStart;
  private final int[] bestLocation;
  private final long[] best = new long[3];
  /** Per demand, the starts every start-only hard rule accepts (all fitting starts if none). */
  private final int[][] domain;
  /** Per demand, whether no start satisfies the start-only hard rules. */
  private final boolean[] domainEmpty;

  /**
   * One solve, configured by a {@code Scheduler}.
   *
   * @param ix the compiled problem
   * @param rules the rules
   * @param seed the random seed
   * @param stepLimit the step limit, negative for none
   * @param timeLimit the time limit, if any
   * @param listener told of progress
   * @param cancelled asked whether to stop
   * @param lateSize the late-acceptance list length
   * @param unimprovedSteps stop after this many steps without a new best
   * @param unimprovedTime stop after this long without a new best, if set
   */
  public SolverRun(ProblemIndex ix, List<Rule> rules, long seed, long stepLimit,
      Optional<Duration> timeLimit, SolverListener listener, BooleanSupplier cancelled,
      int lateSize, long unimprovedSteps, Optional<Duration> unimprovedTime) {
    this.ix = ix;
    this.sd = new ScoreDirector(ix, rules);
    this.rules = rules;
    this.rng = new SplittableRandom(seed);
    this.stepLimit = stepLimit;
    this.deadline = timeLimit.map(t -> t0 + t.toNanos()).orElse(Long.MAX_VALUE);
    this.listener = listener;
    this.cancelled = cancelled;
    this.lateSize = lateSize;
    this.unimprovedSteps = unimprovedSteps;
    this.unimprovedNanos = unimprovedTime.map(Duration::toNanos).orElse(Long.MAX_VALUE);
    this.bestStart = new int[ix.demandCount];
    this.bestLocation = new int[ix.demandCount];
    this.domain = new int[ix.demandCount][];
    this.domainEmpty = new boolean[ix.demandCount];
    computeDomains(rules);
  }

  /**
   * Prunes each demand's starts with the hard rules that depend on the start alone (grid fit,
   * window, working hours, holidays), so that the search never proposes a start they reject.
   */
  private void computeDomains(List<Rule> rules) {
    List<UnaryScorer> filters = new ArrayList<>();
    List<UnaryScorer> fit = new ArrayList<>();
    for (Rule r : rules) {
      Rule inner = r instanceof WeightedRule w ? w.inner() : r;
      if (r.level() == Level.HARD && inner instanceof UnaryRule u && u.filtersStarts()) {
        UnaryScorer f = u.scorer(ix);
        filters.add(f);
        if (u instanceof GridFit) {
          fit.add(f);
        }
      }
    }
    for (int d = 0; d < ix.demandCount; d++) {
      if (ix.pinnedStart[d] >= 0) {
        domain[d] = new int[] {ix.pinnedStart[d]};
        continue;
      }
      int[] starts = accepted(d, filters);
      if (starts.length == 0) {
        domainEmpty[d] = true;
        starts = accepted(d, fit);
        if (starts.length == 0) {
          starts = IntStream.range(0, ix.grainCount).toArray();
        }
      }
      domain[d] = starts;
    }
  }

  private int[] accepted(int d, List<UnaryScorer> filters) {
    int loc = defaultLocation(d);
    return IntStream.range(0, ix.grainCount).filter(s -> {
      for (UnaryScorer f : filters) {
        if (f.penalty(d, s, loc) != 0) {
          return false;
        }
      }
      return true;
    }).toArray();
  }

  /** @return this run, made to stop at its first feasible schedule and explain nothing */
  SolverRun forChecking() {
    full = false;
    return this;
  }

  /** @return the best schedule found, with conflicts when infeasible */
  public SchedulingResult run() {
    LOG.debug("solving {}", ix);
    construct();
    long constructionNanos = System.nanoTime() - t0;
    saveBest(0);
    LOG.debug("construction done in {} ms: {}", constructionNanos / 1_000_000, sd.score());
    boolean[] wasCancelled = new boolean[1];
    long steps = search(wasCancelled);
    restoreBest();
    long elapsed = System.nanoTime() - t0;
    Schedule schedule = sd.schedule();
    LOG.debug("solved {} in {} ms, {} steps: {}", ix.problem.name(), elapsed / 1_000_000, steps,
        schedule.score());
    SolveStats stats = SolveStats.builder().elapsed(Duration.ofNanos(elapsed))
        .construction(Duration.ofNanos(constructionNanos))
        .firstFeasible(firstFeasibleNanos < 0 ? Optional.empty()
            : Optional.of(Duration.ofNanos(firstFeasibleNanos)))
        .steps(steps).cancelled(wasCancelled[0]).build();
    return SchedulingResult.builder().schedule(schedule)
        .infeasibility(full ? infeasibility(schedule) : Optional.<Infeasibility>empty())
        .stats(stats).build();
  }

  // ------------------------------------------------------------------ construction

  private void construct() {
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < ix.demandCount; d++) {
      if (ix.pinnedStart[d] >= 0) {
        sd.place(d, ix.pinnedStart[d], ix.online[d] ? -1 : ix.pinnedLocation[d]);
      } else if (ix.previousStart[d] >= 0 && ix.previousStart[d] < ix.grainCount
          && Arrays.binarySearch(domain[d], ix.previousStart[d]) >= 0
          && (ix.online[d] ? ix.previousLocation[d] < 0
              : Arrays.binarySearch(ix.allowedLocations[d], ix.previousLocation[d]) >= 0)) {
        sd.place(d, ix.previousStart[d], ix.previousLocation[d]);
      } else {
        order.add(d);
      }
    }
    order.sort(Comparator.<Integer>comparingLong(d -> -(long) (ix.attendees[d].length + 1)
        * ix.duration[d]).thenComparingInt(d -> domain[d].length).thenComparingInt(d -> d));
    for (int d : order) {
      int with = placedMateStart(d);
      if (with >= 0) {
        placeAt(d, with);
      } else {
        placeBest(d, MAX_CONSTRUCTION_STARTS);
      }
    }
    noteFeasibility();
  }

  /** The start of a placed demand of d's parallel group, or -1 when none is placed. */
  private int placedMateStart(int d) {
    for (int m : ix.parallelMates[d]) {
      if (sd.isPlaced(m)) {
        return sd.start[m];
      }
    }
    return -1;
  }

  /** Places d at start s, in the location that costs least there. */
  private void placeAt(int d, int s) {
    int[] locs = ix.online[d] || ix.allowedLocations[d].length == 0 ? new int[] {-1}
        : ix.allowedLocations[d];
    int bestL = locs[0];
    long[] bestSc = null;
    for (int l : locs) {
      sd.place(d, s, l);
      long[] sc = sd.score.clone();
      sd.unplace(d);
      if (bestSc == null || better(sc, bestSc)) {
        bestSc = sc;
        bestL = l;
      }
    }
    sd.place(d, s, bestL);
  }

  /** Whether every movable demand of d's parallel group may start at s. */
  private boolean matesMayStart(int d, int s) {
    for (int m : ix.parallelMates[d]) {
      if (ix.pinnedStart[m] < 0 && Arrays.binarySearch(domain[m], s) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Moves the movable demands of d's parallel group to start s, keeping their locations. */
  private void moveMates(int d, int s, int[] from) {
    int[] mates = ix.parallelMates[d];
    for (int i = 0; i < mates.length; i++) {
      int m = mates[i];
      from[i] = sd.start[m];
      if (ix.pinnedStart[m] < 0) {
        sd.move(m, s, sd.location[m]);
      }
    }
  }

  /** Moves the demands of d's parallel group back to their starts before {@link #moveMates}. */
  private void moveMatesBack(int d, int[] from) {
    int[] mates = ix.parallelMates[d];
    for (int i = 0; i < mates.length; i++) {
      int m = mates[i];
      if (ix.pinnedStart[m] < 0) {
        sd.move(m, from[i], sd.location[m]);
      }
    }
  }

  private void placeBest(int d, int maxStarts) {
    int[] dom = domain[d];
    int[] starts = dom;
    if (dom.length > maxStarts) {
      starts = rng.ints(maxStarts, 0, dom.length).map(i -> dom[i]).sorted()
          .distinct().toArray();
    }
    int loc0 = defaultLocation(d);
    int k = Math.min(TOP_STARTS, starts.length);
    int[] topStart = new int[k];
    long[][] topScore = new long[k][];
    int filled = 0;
    for (int s : starts) {
      sd.place(d, s, loc0);
      long[] sc = sd.score.clone();
      sd.unplace(d);
      int pos = filled;
      while (pos > 0 && better(sc, topScore[pos - 1])) {
        pos--;
      }
      if (pos < k) {
        int last = Math.min(filled, k - 1);
        for (int i = last; i > pos; i--) {
          topStart[i] = topStart[i - 1];
          topScore[i] = topScore[i - 1];
        }
        topStart[pos] = s;
        topScore[pos] = sc;
        filled = Math.min(filled + 1, k);
      }
    }
    int bestS = topStart[0];
    int bestL = loc0;
    long[] bestSc = topScore[0];
    int[] locs = ix.online[d] ? new int[] {-1} : ix.allowedLocations[d];
    for (int i = 0; i < filled; i++) {
      for (int l : locs) {
        if (l == loc0) {
          continue;
        }
        sd.place(d, topStart[i], l);
        long[] sc = sd.score.clone();
        sd.unplace(d);
        if (better(sc, bestSc)) {
          bestSc = sc;
          bestS = topStart[i];
          bestL = l;
        }
      }
    }
    sd.place(d, bestS, bestL);
  }

  private int defaultLocation(int d) {
    if (ix.online[d]) {
      return -1;
    }
    int best = -1;
    for (int l : ix.allowedLocations[d]) {
      boolean fits = ix.capacity[l] >= ix.need[d];
      if (best < 0) {
        best = l;
      } else {
        boolean bestFits = ix.capacity[best] >= ix.need[d];
        if ((fits && !bestFits) || (fits && ix.capacity[l] < ix.capacity[best])
            || (!fits && !bestFits && ix.capacity[l] > ix.capacity[best])) {
          best = l;
        }
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ local search

  private long search(boolean[] wasCancelled) {
    int[] movable = IntStream.range(0, ix.demandCount).filter(d -> ix.pinnedStart[d] < 0)
        .toArray();
    if (movable.length == 0 || stepLimit == 0) {
      return 0;
    }
    long[][] late = new long[lateSize][];
    for (int i = 0; i < lateSize; i++) {
      late[i] = sd.score.clone();
    }
    long[] cur = sd.score.clone();
    long lastLog = System.nanoTime();
    long step = 0;
    // while infeasible: demands in hard conflict, refreshed now and then, get half the moves;
    // after a long stall, acceptance looks at the hard level only, so the search can cross
    // plateaus of equal hard score freely until it is feasible again
    int[] conflicted = new int[movable.length];
    int conflictedCount = 0;
    long refreshEvery = Math.max(2_000, 20L * movable.length);
    long hardStall = Math.min(HARD_STALL, 400L * movable.length);
    long lastHardGain = 0;
    long bestHard = cur[0];
    boolean hardOnly = false;
    boolean kick = false;
    int[] mediumed = new int[movable.length];
    int[] mateFrom = new int[ix.demandCount];
    int mediumedCount = 0;
    // the best hard and medium levels reached, for the walk's stall count and its slack
    long[] top = {cur[0], cur[1]};
    long lastTopGain = 0;
    long walkEnd = -1;
    long walkStall = WALK_STALL * movable.length;
    long walkSteps = WALK_STEPS * movable.length;
    for (; step < stepLimit; step++) {
      if (step == walkEnd) {
        for (long[] l : late) {
          System.arraycopy(cur, 0, l, 0, 3);
        }
      }
      if (WALK_STALL > 0 && step >= walkEnd && cur[0] >= 0 && !hardOnly
          && step - lastTopGain > walkStall) {
        walkEnd = step + walkSteps;
        lastTopGain = step;
      }
      boolean walking = step < walkEnd;
      if (step - lastBestStep >= unimprovedSteps) {
        break;
      }
      if (cur[0] < 0 && step % refreshEvery == 0) {
        conflictedCount = conflicts(movable, conflicted);
      }
      if (cur[0] < 0 && step - lastHardGain > hardStall) {
        // first stall: look at the hard level only; each later stall: take the next move that
        // costs at most a little hard score and restart the acceptance history from there
        kick = hardOnly;
        hardOnly = true;
        lastHardGain = step;
      }
      if (MEDIUM_TARGET && full && cur[0] >= 0 && step % refreshEvery == 0) {
        mediumedCount = mediumCarriers(movable, mediumed);
      }
      if ((step & 1023) == 0) {
        if (best[0] == 0 && ((best[1] == 0 && best[2] == 0) || !full)) {
          break;
        }
        long now = System.nanoTime();
        if (now >= deadline || now - lastBestNanos >= unimprovedNanos) {
          break;
        }
        if (cancelled.getAsBoolean()) {
          wasCancelled[0] = true;
          break;
        }
        if (LOG.isDebugEnabled() && now - lastLog > 1_000_000_000L) {
          lastLog = now;
          LOG.debug("step {}: current {}, best {}", step, Score.of(cur[0], cur[1], cur[2]),
              Score.of(best[0], best[1], best[2]));
        }
      }
      int d = cur[0] < 0 && conflictedCount > 0 && rng.nextBoolean()
          ? conflicted[rng.nextInt(conflictedCount)]
          : cur[0] >= 0 && mediumedCount > 0 && rng.nextBoolean()
              ? mediumed[rng.nextInt(mediumedCount)] : movable[rng.nextInt(movable.length)];
      if (RUIN_EVERY > 0 && !walking && !hardOnly && !kick && ix.parallelMates[d].length == 0
          && rng.nextInt(RUIN_EVERY) == 0) {
        long[] lateScore = late[(int) (step % lateSize)];
        if (ruinAndRecreate(d, cur, lateScore)) {
          System.arraycopy(sd.score, 0, cur, 0, 3);
          if (better(cur, best)) {
            noteFeasibility();
            saveBest(step + 1);
          }
        }
        System.arraycopy(cur, 0, lateScore, 0, 3);
        if (raisesTop(cur, top)) {
          lastTopGain = step;
        }
        continue;
      }
      int os = sd.start[d];
      int ol = sd.location[d];
      int[] dom = domain[d];
      int[] locs = ix.allowedLocations[d];
      int kind = rng.nextInt(100);
      int e = -1;
      int ns = os;
      int nl = ol;
      int el = -1;
      if (kind < 10 && movable.length > 1) {
        // exchange: the two demands trade starts, and half the time locations too
        e = movable[rng.nextInt(movable.length)];
        int es = sd.start[e];
        el = e == d ? -1 : sd.location[e];
        if (e == d || (es == os && el == ol) || Arrays.binarySearch(dom, es) < 0
            || Arrays.binarySearch(domain[e], os) < 0) {
          e = -1;
          ns = dom[rng.nextInt(dom.length)];
        } else {
          ns = es;
          if (ol >= 0 && el >= 0 && ol != el && rng.nextBoolean()
              && Arrays.binarySearch(locs, el) >= 0
              && Arrays.binarySearch(ix.allowedLocations[e], ol) >= 0) {
            nl = el;
          }
          if (ns == os && nl == ol) {
            e = -1;
            ns = dom[rng.nextInt(dom.length)];
          }
        }
      } else if (kind < 30) {
        int at = Arrays.binarySearch(dom, os);
        if (at < 0) {
          at = Math.min(-at - 1, dom.length - 1);
        }
        int shift = rng.nextInt(7) - 3;
        ns = dom[Math.max(0, Math.min(dom.length - 1, at + shift))];
      } else if (kind < 50 && locs.length > 1) {
        nl = locs[rng.nextInt(locs.length)];
      } else if (kind < 60 && locs.length > 1) {
        nl = locs[rng.nextInt(locs.length)];
        ns = dom[rng.nextInt(dom.length)];
      } else {
        ns = dom[rng.nextInt(dom.length)];
      }
      if (e >= 0 && (ix.parallelMates[d].length > 0 || ix.parallelMates[e].length > 0)) {
        // groups held together move as one: no exchange with a single demand
        e = -1;
        ns = dom[rng.nextInt(dom.length)];
        nl = ol;
      }
      if (e < 0 && ns == os && nl == ol) {
        continue;
      }
      boolean together = ix.parallelMates[d].length > 0 && ns != os;
      if (together && !matesMayStart(d, ns)) {
        continue;
      }
      if (together) {
        moveMates(d, ns, mateFrom);
      }
      if (e >= 0) {
        restart(d, ns, nl, e, os, nl == ol ? el : ol);
      } else {
        sd.move(d, ns, nl);
      }
      long[] sc = sd.score;
      long[] lateScore = late[(int) (step % lateSize)];
      boolean accept = kick ? sc[0] >= cur[0] - KICK_HARD
          : hardOnly ? sc[0] >= cur[0] || sc[0] >= lateScore[0]
              : !better(cur, sc) || !better(lateScore, sc);
      if (walking) {
        accept = sc[0] >= 0 && sc[1] >= top[1] - WALK_SLACK;
      }
      if (accept) {
        System.arraycopy(sc, 0, cur, 0, 3);
        if (sc[0] > bestHard) {
          bestHard = sc[0];
          lastHardGain = step;
        }
        if (better(sc, best)) {
          noteFeasibility();
          saveBest(step + 1);
        }
        if (kick || (hardOnly && sc[0] >= 0)) {
          hardOnly = sc[0] < 0;
          kick = false;
          for (long[] l : late) {
            System.arraycopy(sc, 0, l, 0, 3);
          }
        }
      } else if (e >= 0) {
        restart(d, os, ol, e, ns, el);
      } else {
        sd.move(d, os, ol);
        if (together) {
          moveMatesBack(d, mateFrom);
        }
      }
      System.arraycopy(cur, 0, lateScore, 0, 3);
      if (raisesTop(cur, top)) {
        lastTopGain = step;
      }
    }
    return step;
  }

  /** Whether {@code score} is above {@code top} on the hard and medium levels; raises it if so. */
  private static boolean raisesTop(long[] score, long[] top) {
    if (score[0] > top[0] || (score[0] == top[0] && score[1] > top[1])) {
      top[0] = score[0];
      top[1] = score[1];
      return true;
    }
    return false;
  }

  /**
   * Ruin and recreate: takes out a demand and a few others that share an attendee with it and
   * lie near it in time, puts them back one by one each where it costs least, and keeps the
   * result if late acceptance accepts it. Escapes what no single move or swap can undo: a knot
   * of meetings of the same people that must be reordered together.
   *
   * @return whether the new placements were kept
   */
  private boolean ruinAndRecreate(int d, long[] cur, long[] lateScore) {
    int k = 0;
    int[] chosen = ruinChosen;
    chosen[k++] = d;
    int[] people = ix.attendees[d];
    int near = 2 * ix.maxDuration + 2;
    for (int tries = 0; tries < 4 * RUIN_SIZE && k < RUIN_SIZE && people.length > 0; tries++) {
      int[] others = ix.demandsOf[people[rng.nextInt(people.length)]];
      int o = others[rng.nextInt(others.length)];
      if (ix.pinnedStart[o] >= 0 || ix.parallelMates[o].length > 0
          || Math.abs(sd.start[o] - sd.start[d]) > near) {
        continue;
      }
      boolean dup = false;
      for (int i = 0; i < k; i++) {
        dup |= chosen[i] == o;
      }
      if (!dup) {
        chosen[k++] = o;
      }
    }
    for (int i = 0; i < k; i++) {
      ruinStart[i] = sd.start[chosen[i]];
      ruinLocation[i] = sd.location[chosen[i]];
      sd.unplace(chosen[i]);
    }
    for (int i = k - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = chosen[i];
      chosen[i] = chosen[j];
      chosen[j] = t;
      t = ruinStart[i];
      ruinStart[i] = ruinStart[j];
      ruinStart[j] = t;
      t = ruinLocation[i];
      ruinLocation[i] = ruinLocation[j];
      ruinLocation[j] = t;
    }
    for (int i = 0; i < k; i++) {
      placeBest(chosen[i], RUIN_STARTS);
    }
    long[] sc = sd.score;
    if (!better(cur, sc) || !better(lateScore, sc)) {
      return true;
    }
    for (int i = 0; i < k; i++) {
      sd.unplace(chosen[i]);
    }
    for (int i = 0; i < k; i++) {
      sd.place(chosen[i], ruinStart[i], ruinLocation[i]);
    }
    return false;
  }

  /** Collects the movable demands whose removal would lower the medium penalty. */
  private int mediumCarriers(int[] movable, int[] out) {
    int n = 0;
    for (int d : movable) {
      long before = sd.score[1];
      int s = sd.start[d];
      int l = sd.location[d];
      sd.unplace(d);
      boolean medium = sd.score[1] > before;
      sd.place(d, s, l);
      if (medium) {
        out[n++] = d;
      }
    }
    return n;
  }

  /** Collects the movable demands whose removal would lower the hard penalty. */
  private int conflicts(int[] movable, int[] out) {
    int n = 0;
    for (int d : movable) {
      long before = sd.score[0];
      int s = sd.start[d];
      int l = sd.location[d];
      sd.unplace(d);
      boolean hard = sd.score[0] > before;
      sd.place(d, s, l);
      if (hard) {
        out[n++] = d;
      }
    }
    return n;
  }

  /** Gives two demands new placements. */
  private void restart(int d, int startD, int locD, int e, int startE, int locE) {
    sd.unplace(d);
    sd.unplace(e);
    sd.place(d, startD, locD);
    sd.place(e, startE, locE);
  }

  /** Whether score a is strictly better than b (levels compared hard first). */
  static boolean better(long[] a, long[] b) {
    if (a[0] != b[0]) {
      return a[0] > b[0];
    }
    if (a[1] != b[1]) {
      return a[1] > b[1];
    }
    return a[2] > b[2];
  }

  private void noteFeasibility() {
    if (firstFeasibleNanos < 0 && sd.score[0] >= 0) {
      firstFeasibleNanos = System.nanoTime() - t0;
      listener.firstFeasible(Duration.ofNanos(firstFeasibleNanos));
      LOG.debug("first feasible schedule after {} ms: {}", firstFeasibleNanos / 1_000_000,
          sd.score());
    }
  }

  private void saveBest(long step) {
    lastBestStep = step;
    lastBestNanos = System.nanoTime();
    System.arraycopy(sd.score, 0, best, 0, 3);
    System.arraycopy(sd.start, 0, bestStart, 0, ix.demandCount);
    System.arraycopy(sd.location, 0, bestLocation, 0, ix.demandCount);
    listener.newBest(Score.of(best[0], best[1], best[2]), step,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  private void restoreBest() {
    for (int d = 0; d < ix.demandCount; d++) {
      sd.unplace(d);
    }
    for (int d = 0; d < ix.demandCount; d++) {
      sd.place(d, bestStart[d], bestLocation[d]);
    }
  }

  // ------------------------------------------------------------------ infeasibility

  private Optional<Infeasibility> infeasibility(Schedule schedule) {
    List<Conflict> proven = new ArrayList<>();
    for (int d = 0; d < ix.demandCount; d++) {
      if (domainEmpty[d]) {
        proven.add(whyNoSlot(d));
      }
    }
    if (proven.isEmpty() && schedule.isFeasible()) {
      return Optional.empty();
    }
    List<Conflict> conflicts = new ArrayList<>(proven);
    boolean minimal = false;
    if (proven.isEmpty()) {
      // the minimizer gets what is left of the caller's time limit, at most its own budget
      Duration budget = deadline == Long.MAX_VALUE ? ConflictMinimizer.TIME_BUDGET
          : Duration.ofNanos(Math.min(ConflictMinimizer.TIME_BUDGET.toNanos(),
              deadline - System.nanoTime()));
      Optional<ConflictMinimizer.Result> m = new ConflictMinimizer(ix, rules, 1, budget)
          .minimize(schedule.hardViolations());
      if (m.isPresent()) {
        conflicts.add(m.get().conflict());
        minimal = m.get().minimal();
      }
      Map<List<String>, Conflict.Builder> byDemands = new LinkedHashMap<>();
      Map<List<String>, List<String>> messages = new LinkedHashMap<>();
      for (Violation v : schedule.hardViolations()) {
        List<String> key = v.demands().stream().sorted().collect(ImmutableList.toImmutableList());
        byDemands.computeIfAbsent(key, k -> Conflict.builder().addAllDemands(k))
            .addRules(v.ruleId());
        messages.computeIfAbsent(key, k -> new ArrayList<>()).add(v.message());
      }
      byDemands.forEach((k, b) -> conflicts.add(b.message(String.join("; ", messages.get(k)))
          .build()));
      List<Conflict> read = conflicts.subList(m.isPresent() ? 1 : 0, conflicts.size());
      read.sort(Comparator.comparingInt(c -> c.demands().size()));
    }
    return Optional.of(Infeasibility.builder().conflicts(conflicts.subList(0,
        Math.min(conflicts.size(), 50))).proven(!proven.isEmpty()).minimal(minimal).build());
  }

  /** Explains why no start suits a demand: its day, window, attendees' hours and days off. */
  private Conflict whyNoSlot(int d) {
    Demand dm = ix.demand(d);
    String window = dm.window().map(w -> " between " + w.start() + " and " + w.end())
        .orElse(" in the planning period");
    int[] fitting = IntStream.range(0, ix.grainCount)
        .filter(s -> (dm.wholeDays() ? wholeDayBlock(d, s) : ix.fits(d, s))
            && ix.insideWindow(d, s)).toArray();
    if (fitting.length == 0) {
      String what = dm.wholeDays() ? "block of whole days" + (ix.travelBefore[d]
          + ix.travelAfter[d] > 0 ? " with its travel days inside the planned days" : "")
          : "time of " + dm.durationGrains() + " grains";
      return Conflict.builder().addDemands(dm.id()).rules(ImmutableSet.of("grid-fit", "window"))
          .message(dm.label() + ": no " + what + " fits" + window)
          .build();
    }
    if (IntStream.of(fitting).allMatch(s -> ix.closedGrains(d, s) > 0)) {
      return Conflict.builder().addDemands(dm.id())
          .rules(ImmutableSet.of("window", "closed-days"))
          .message(dm.label() + ": every placement" + window + " falls on a day closed to it ("
              + dm.closedDays().size() + " closed days, from " + dm.closedDays().first()
              + " to " + dm.closedDays().last() + ")")
          .build();
    }
    fitting = IntStream.of(fitting).filter(s -> ix.closedGrains(d, s) == 0).toArray();
    List<String> never = new ArrayList<>();
    for (int a : ix.required[d]) {
      boolean some = false;
      for (int s : fitting) {
        if (free(d, a, s)) {
          some = true;
          break;
        }
      }
      if (!some) {
        never.add(ix.participantName(a) + hoursOf(dm, a));
      }
    }
    String who = never.isEmpty()
        ? String.join(" and ", Arrays.stream(ix.required[d]).mapToObj(ix::participantName)
            .toArray(String[]::new)) + " share no free slot"
        : String.join(", ", never) + (never.size() == 1 ? " has" : " have") + " no free slot";
    if (never.isEmpty() && ix.required[d].length == 0) {
      who = "every slot is on a holiday";
    }
    return Conflict.builder().addDemands(dm.id())
        .rules(ImmutableSet.of("window", "working-hours", "holidays"))
        .message(dm.label() + ": " + who + window).build();
  }

  /** Whether a whole-day demand starting here takes whole days, travel days in the grid. */
  private boolean wholeDayBlock(int d, int s) {
    int last = s + ix.duration[d] - 1;
    return last < ix.grainCount && (s == 0 || ix.dayIndex[s - 1] != ix.dayIndex[s])
        && (last == ix.grainCount - 1 || ix.dayIndex[last + 1] != ix.dayIndex[last])
        && ix.travelFits(d, s);
  }

  /**
   * A person's working hours as the conflict names them, read where they meet for an in-person
   * event: they are what most often keeps a person from every slot (the program's day shape is
   * everyone's default).
   */
  private String hoursOf(Demand dm, int a) {
    return ix.problem().participants().get(a).workingHours().map(w -> {
      String read = dm.attendanceZone().filter(z -> !z.equals(w.zone()))
          .map(z -> ", read in " + z.getId() + " where they meet").orElse("");
      return " (working hours " + w.describe() + read + ")";
    }).orElse("");
  }

  private boolean free(int d, int a, int s) {
    int len = ix.duration[d];
    for (int g = s; g < s + len; g++) {
      if (ix.commonDaysOff.get(g) || (ix.offHours(d, a) != null && ix.offHours(d, a).get(g))
          || (ix.daysOff[a] != null && ix.daysOff[a].get(g))) {
        return false;
      }
    }
    return true;
  }
}
