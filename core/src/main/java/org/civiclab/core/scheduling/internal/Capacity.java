package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/**
 * A built-in rule; made by {@link Rules#venueCapacity()}. Shared locations are left to
 * {@link SharedCapacity}, which counts every event there at once.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Capacity extends UnaryRule {
  public Capacity(Level level, long weight) {
    super("venue-capacity", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        return l < 0 || ix.shared[l] ? 0 : Math.max(0, ix.need[d] - ix.capacity[l]);
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " needs " + ix.need[d] + " seats but "
            + ix.location(l).name() + " has " + ix.capacity[l];
      }
    };
  }
}
