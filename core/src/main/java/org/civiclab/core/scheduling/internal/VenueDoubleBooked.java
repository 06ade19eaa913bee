package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.civiclab.core.scheduling.internal.BuiltInRules.add;
import static org.civiclab.core.scheduling.internal.BuiltInRules.forEachOverlap;
import static org.civiclab.core.scheduling.internal.BuiltInRules.remove;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * A built-in rule; made by {@link Rules#venueDoubleBooked()}. Shared locations are left to
 * {@link SharedCapacity}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class VenueDoubleBooked extends BaseRule {
  public VenueDoubleBooked(Level level, long weight) {
    super("venue-double-booked", level, weight);
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int[][] cnt = new int[ix.locationCount][ix.grainCount + ix.maxDuration + 1];
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        return l < 0 || ix.shared[l] ? 0 : add(cnt[l], s, ix.duration[d]);
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        return l < 0 || ix.shared[l] ? 0 : remove(cnt[l], s, ix.duration[d]);
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        forEachOverlap(ix, plan, (a, b, ov) -> {
          if (plan.location(a) >= 0 && plan.location(a) == plan.location(b)
              && !ix.shared[plan.location(a)]) {
            Location loc = ix.location(plan.location(a));
            out.violation(ov, new int[] {a, b}, ImmutableList.of(loc.id()), loc.name()
                + " is booked twice: " + ix.describe(a, plan.start(a)) + " and "
                + ix.describe(b, plan.start(b)));
          }
        });
      }
    };
  }
}
