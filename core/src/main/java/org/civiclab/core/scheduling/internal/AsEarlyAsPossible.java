package org.civiclab.core.scheduling.internal;

import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#asEarlyAsPossible()}. */
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
