package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#travelTime()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class TravelTime extends RequiredPairsRule {
  public TravelTime(Level level, long weight) {
    super("travel-time", level, weight);
  }

  @Override
  long pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb) {
    if (!ix.hasTravel || la < 0 || lb < 0) {
      return 0;
    }
    int t = ix.travel[ix.site[la]][ix.site[lb]];
    if (t == 0 || ix.dayIndex[Math.min(sa, ix.grainCount - 1)]
        != ix.dayIndex[Math.min(sb, ix.grainCount - 1)]) {
      return 0;
    }
    int gap = sa < sb ? sb - (sa + ix.duration[a]) : sa - (sb + ix.duration[b]);
    return gap >= 0 && gap < t ? t - gap : 0;
  }

  @Override
  String sentence(String person, String first, String second) {
    return person + " cannot travel in time between " + first + " and " + second;
  }
}
