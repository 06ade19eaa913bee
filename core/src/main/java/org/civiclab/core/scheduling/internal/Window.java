package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#window()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class Window extends UnaryRule {
  public Window(Level level, long weight) {
    super("window", level, weight);
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
        if (ix.windowLast[d] < 0) {
          return 1;
        }
        int last = s + ix.duration[d] - 1;
        return Math.max(0, ix.windowFirst[d] - s) + Math.max(0, last - ix.windowLast[d]);
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " lies outside its window "
            + ix.demand(d).window().map(Object::toString).orElse("");
      }
    };
  }
}
