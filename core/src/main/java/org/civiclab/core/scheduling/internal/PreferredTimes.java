package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalTime;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#preferredTimes()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class PreferredTimes extends UnaryRule {
  public PreferredTimes(Level level, long weight) {
    super("preferred-times", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    int[] minute = new int[ix.grainCount];
    for (int g = 0; g < ix.grainCount; g++) {
      LocalTime t = ix.grainStart(g).toLocalTime();
      minute[g] = t.getHour() * 60 + t.getMinute();
    }
    int grainMinutes = (int) ix.problem.grid().grainLength().toMinutes();
    int[] earliest = new int[ix.demandCount];
    int[] latest = new int[ix.demandCount];
    for (int d = 0; d < ix.demandCount; d++) {
      Demand dm = ix.demand(d);
      earliest[d] = dm.preferredEarliestStart().map(t -> t.getHour() * 60 + t.getMinute())
          .orElse(0);
      latest[d] = dm.preferredLatestEnd().map(t -> t.getHour() * 60 + t.getMinute())
          .orElse(Integer.MAX_VALUE);
    }
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        long sum = 0;
        int end = Math.min(s + ix.duration[d], ix.grainCount);
        for (int g = s; g < end; g++) {
          if (minute[g] < earliest[d] || minute[g] + grainMinutes > latest[d]) {
            sum++;
          }
        }
        return sum;
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " lies partly outside its preferred times";
      }
    };
  }
}
