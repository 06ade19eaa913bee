package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#lessTravel()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class LessTravel extends RequiredPairsRule {
  public LessTravel(Level level, long weight) {
    super("less-travel", level, weight);
  }

  /** Grains of travel between two events of one person at different sites on one day. */
  @Override
  long pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb) {
    if (la < 0 || lb < 0 || ix.site[la] == ix.site[lb]
        || ix.dayIndex[Math.min(sa, ix.grainCount - 1)]
            != ix.dayIndex[Math.min(sb, ix.grainCount - 1)]) {
      return 0;
    }
    return Math.max(1, ix.travel.length == 0 ? 0 : ix.travel[ix.site[la]][ix.site[lb]]);
  }

  @Override
  String sentence(String person, String first, String second) {
    return person + " travels between sites on one day for " + first + " and " + second;
  }
}
