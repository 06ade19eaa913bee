package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#asEarlyAsPossible()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class AsEarlyAsPossible extends UnaryRule {
  public AsEarlyAsPossible(Level level, long weight) {
    super("as-early-as-possible", level, weight);
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        return s + ix.duration[d] - 1;
      }

      @Override
      public String message(int d, int s, int l) {
        return ix.describe(d, s) + " could end earlier";
      }
    };
  }
}
