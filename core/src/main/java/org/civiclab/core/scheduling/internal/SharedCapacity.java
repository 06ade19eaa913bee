package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * A built-in rule; made by {@link Rules#sharedCapacity()}. At every grain, the seats the events
 * at a {@linkplain Location#shared() shared} location need together must not exceed its
 * capacity; the penalty is the seats over, summed over the grains. Keeps the seats taken per
 * location and grain, so a move costs the grains it touches.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SharedCapacity extends BaseRule {
  public SharedCapacity(Level level, long weight) {
    super("shared-capacity", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int[][] seats = new int[ix.locationCount][];
    for (int l = 0; l < ix.locationCount; l++) {
      seats[l] = ix.shared[l] ? new int[ix.grainCount + ix.maxDuration + 1] : new int[0];
    }
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        if (l < 0 || !ix.shared[l]) {
          return 0;
        }
        return change(seats[l], ix.capacity[l], s, ix.duration[d], ix.need[d]);
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        if (l < 0 || !ix.shared[l]) {
          return 0;
        }
        return -change(seats[l], ix.capacity[l], s, ix.duration[d], -ix.need[d]);
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int l = 0; l < ix.locationCount; l++) {
          if (ix.shared[l]) {
            explainAt(ix, plan, l, out);
          }
        }
      }
    };
  }

  /** Adds {@code by} seats over the grains and returns the change in seats over capacity. */
  private static long change(int[] seats, int capacity, int from, int len, int by) {
    long delta = 0;
    for (int g = from, end = from + len; g < end; g++) {
      int before = seats[g];
      seats[g] = before + by;
      delta += Math.max(0, seats[g] - capacity) - Math.max(0, before - capacity);
    }
    return delta;
  }

  /**
   * One violation per run of grains over capacity at one location where the same events are
   * there: its penalty is the seats over, summed over the run.
   */
  private static void explainAt(ProblemIndex ix, PlanView plan, int l, RuleScorer.Sink out) {
    Location loc = ix.location(l);
    int cap = ix.capacity[l];
    List<Integer> runDemands = List.of();
    int runFirst = -1;
    long runPenalty = 0;
    int runSeats = 0;
    // grains past the grid count too: an event that runs over the end still takes its seats
    int end = ix.grainCount + ix.maxDuration;
    for (int g = 0; g <= end; g++) {
      List<Integer> here = new ArrayList<>();
      int seats = 0;
      for (int d = 0; g < end && d < ix.demandCount; d++) {
        if (plan.isPlaced(d) && plan.location(d) == l && plan.start(d) <= g
            && g < plan.start(d) + ix.duration[d]) {
          here.add(d);
          seats += ix.need[d];
        }
      }
      boolean over = seats > cap;
      if (runFirst >= 0 && (!over || !here.equals(runDemands))) {
        report(ix, plan, loc, runFirst, g - 1, runSeats, runDemands, runPenalty, out);
        runFirst = -1;
      }
      if (over && runFirst < 0) {
        runFirst = g;
        runDemands = here;
        runSeats = seats;
        runPenalty = 0;
      }
      if (over) {
        runPenalty += seats - cap;
      }
    }
  }

  private static void report(ProblemIndex ix, PlanView plan, Location loc, int first, int last,
      int seats, List<Integer> demands, long penalty, RuleScorer.Sink out) {
    TimeGrid grid = ix.problem.grid();
    int lastGrain = grid.size() - 1;
    LocalDateTime from = grid.grainStarts().get(Math.min(first, lastGrain));
    LocalDateTime to = grid.grainStarts().get(Math.min(last, lastGrain))
        .plus(grid.grainLength());
    String events = demands.stream().map(d -> ix.describe(d, plan.start(d)))
        .collect(Collectors.joining(", "));
    out.violation(penalty, demands.stream().mapToInt(Integer::intValue).toArray(),
        ImmutableList.of(loc.id()), loc.name() + " takes " + loc.capacity() + " at a time but "
            + seats + " are there from " + from + " to " + to + " (" + grid.zone().getId()
            + "): " + events);
  }
}
