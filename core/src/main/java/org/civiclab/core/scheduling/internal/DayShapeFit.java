package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.time.DayShape;

/**
 * A built-in rule; made by {@link Rules#dayShape()}. An event whose time is open starts on the
 * grid's start step and fits its day shape; pinned events keep their agreed times.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DayShapeFit extends UnaryRule {

  public DayShapeFit(Level level, long weight) {
    super("day-shape", level, weight);
  }

  @Override
  boolean filtersStarts() {
    return true;
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    TimeGrid grid = ix.problem().grid();
    BitSet offStep = new BitSet(ix.grainCount);
    for (int g = 0; g < ix.grainCount; g++) {
      offStep.set(g, !grid.startsOnStep(g));
    }
    // per distinct (day shape, duration): the starts at which the shape rejects the demand
    Map<List<Object>, BitSet> misfits = new HashMap<>();
    BitSet[] misfitOf = new BitSet[ix.demandCount];
    for (int d = 0; d < ix.demandCount; d++) {
      List<DayShape> shapes = ix.demand(d).dayShapes();
      if (shapes.isEmpty() || ix.pinnedStart[d] >= 0) {
        continue;
      }
      int dur = ix.duration[d];
      misfitOf[d] = misfits.computeIfAbsent(List.of(shapes, dur), k -> {
        BitSet off = new BitSet(ix.grainCount);
        for (int g = 0; g < ix.grainCount; g++) {
          LocalDateTime start = grid.grainStarts().get(g);
          LocalDateTime end = start.plus(grid.grainLength().multipliedBy(dur));
          off.set(g, !shapes.stream().allMatch(x -> x.admits(start, end)));
        }
        return off;
      });
    }
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        if (ix.pinnedStart[d] >= 0) {
          return 0;
        }
        long p = offStep.get(s) ? 1 : 0;
        BitSet m = misfitOf[d];
        return m != null && m.get(s) ? p + 1 : p;
      }

      @Override
      public String message(int d, int s, int l) {
        List<String> why = new ArrayList<>();
        if (offStep.get(s)) {
          why.add("starts off the " + grid.startStep().map(x -> x.toMinutes() + "-minute")
              .orElse("") + " step");
        }
        LocalDateTime start = grid.grainStarts().get(s);
        LocalDateTime end = start.plus(grid.grainLength().multipliedBy(ix.duration[d]));
        for (DayShape shape : ix.demand(d).dayShapes()) {
          shape.misfit(start, end).ifPresent(why::add);
        }
        return ix.describe(d, s) + " " + String.join(" and ", why);
      }
    };
  }
}
