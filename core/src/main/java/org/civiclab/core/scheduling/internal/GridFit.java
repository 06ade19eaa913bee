package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#gridFit()}, {@link Rules#sameDay()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class GridFit extends UnaryRule {
  private final boolean gapsAllowed;

  public GridFit(boolean gapsAllowed, Level level, long weight) {
    super(gapsAllowed ? "same-day" : "grid-fit", level, weight);
    this.gapsAllowed = gapsAllowed;
  }

  @Override
  boolean filtersStarts() {
    return true;
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        int last = s + ix.duration[d] - 1;
        if (last >= ix.grainCount) {
          return Math.max(1, last);
        }
        if (ix.demand(d).wholeDays()) {
          return (wholeDays(ix, s, last) ? 0 : 1) + (ix.travelFits(d, s) ? 0 : 1);
        }
        return (gapsAllowed ? ix.endsSameDay(d, s) : ix.fits(d, s)) ? 0 : 1;
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + (s + ix.duration[d] > ix.grainCount
            ? " runs past the last planned time" : !ix.travelFits(d, s)
                ? " leaves its travel days (" + ix.travelBefore[d] + " before, "
                    + ix.travelAfter[d] + " after) outside the planned days "
                    + ix.dayDate[0] + " to " + ix.dayDate[ix.dayDate.length - 1]
                : ix.demand(d).wholeDays()
                ? " does not take whole days" : gapsAllowed ? " ends on another day"
                : " does not fit within one day's hours");
      }
    };
  }

  /** Whether grains {@code s..last} start at a day's first grain and end at a day's last. */
  private static boolean wholeDays(ProblemIndex ix, int s, int last) {
    int[] day = ix.dayIndex;
    boolean first = s == 0 || day[s - 1] != day[s];
    boolean end = last == ix.grainCount - 1 || day[last + 1] != day[last];
    return first && end;
  }
}
