package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/**
 * A built-in rule; made by {@link Rules#closedDays()}. A demand takes place on none of its
 * {@linkplain org.civiclab.core.scheduling.Demand#closedDays() closed days}; the penalty is the
 * grains that fall on them. Its travel days are not counted. Pinned demands are held too.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ClosedDays extends UnaryRule {
  public ClosedDays(Level level, long weight) {
    super("closed-days", level, weight);
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
        return ix.closedGrains(d, s);
      }

      @Override
      public String message(int d, int s, int l) {
        List<LocalDate> days = new ArrayList<>();
        int end = Math.min(s + ix.duration[d], ix.grainCount);
        for (int g = s; g < end; g++) {
          LocalDate day = ix.problem().grid().dayOf(g);
          if (ix.closed[d] != null && ix.closed[d].get(g)
              && (days.isEmpty() || !days.get(days.size() - 1).equals(day))) {
            days.add(day);
          }
        }
        return ix.describe(d, s) + " falls on " + days.size()
            + (days.size() == 1 ? " day" : " days") + " closed to it: "
            + String.join(", ", days.stream().map(LocalDate::toString).toList());
      }
    };
  }
}
