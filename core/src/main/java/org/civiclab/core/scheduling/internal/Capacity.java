package org.civiclab.core.scheduling.internal;

import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#venueCapacity()}. */
public final class Capacity extends UnaryRule {
  public Capacity(Level level, long weight) {
    super("venue-capacity", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        return l < 0 ? 0 : Math.max(0, ix.need[d] - ix.capacity[l]);
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " needs " + ix.need[d] + " seats but "
            + ix.location(l).name() + " has " + ix.capacity[l];
      }
    };
  }
}
