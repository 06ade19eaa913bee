package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#roomFit()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class RoomFit extends UnaryRule {
  public RoomFit(Level level, long weight) {
    super("room-fit", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    long[] waste = new long[ix.locationCount];
    for (int l = 0; l < ix.locationCount; l++) {
      for (int o = 0; o < ix.locationCount; o++) {
        if (ix.capacity[o] > ix.capacity[l]) {
          waste[l] += ix.capacity[o] - ix.capacity[l];
        }
      }
    }
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        return l < 0 ? 0 : waste[l];
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " is in " + ix.location(l).name()
            + ", smaller than other rooms";
      }
    };
  }
}
