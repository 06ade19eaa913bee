package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#evenSpread()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class EvenSpread extends UnaryRule {
  public EvenSpread(Level level, long weight) {
    super("even-spread", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    long[] center = new long[ix.demandCount];
    long[] day = new long[ix.grainCount];
    for (int g = 0; g < ix.grainCount; g++) {
      day[g] = ix.problem.grid().dayOf(g).toEpochDay();
    }
    for (int d = 0; d < ix.demandCount; d++) {
      center[d] = ix.demand(d).window().map(w -> w.start().toEpochDay()
          + ChronoUnit.DAYS.between(w.start(), w.end()) / 2).orElse(Long.MIN_VALUE);
    }
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        return center[d] == Long.MIN_VALUE ? 0 : Math.abs(day[s] - center[d]);
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " is " + penalty(d, s, l) + " days from the middle of its"
            + " window, around " + LocalDate.ofEpochDay(center[d]);
      }
    };
  }
}
