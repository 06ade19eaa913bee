package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#stability()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class Stability extends UnaryRule {
  public Stability(Level level, long weight) {
    super("stability", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        if (ix.previousStart[d] < 0) {
          return 0;
        }
        return (s != ix.previousStart[d] ? 1 : 0)
            + (ix.previousLocation[d] >= 0 && l != ix.previousLocation[d] ? 1 : 0);
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " moved from its previous plan at "
            + ix.describe(d, ix.previousStart[d]);
      }
    };
  }
}
