package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** A built-in rule; made by {@link Rules#roomStability()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class RoomStability extends BaseRule {
  public RoomStability(Level level, long weight) {
    super("room-stability", level, weight);
  }

  /** Person attends a then b: b starts after a and within two grains of a's end, elsewhere. */
  static int pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb) {
    return la >= 0 && lb >= 0 && sa < sb && la != lb && sb - ix.duration[a] - sa <= 2 ? 1 : 0;
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    // explanations only: RoomChangeIndex keeps the penalty per person and grain and scores
    // every move itself, so nothing ever asked this scorer to insert or retract
    RuleScorer explaining = new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        throw new UnsupportedOperationException("RoomChangeIndex scores room stability");
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        throw new UnsupportedOperationException("RoomChangeIndex scores room stability");
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int p = 0; p < ix.participantCount; p++) {
          for (int a : ix.demandsOf[p]) {
            for (int b : ix.demandsOf[p]) {
              if (a != b && plan.isPlaced(a) && plan.isPlaced(b)
                  && pen(ix, a, plan.start(a), plan.location(a), b, plan.start(b),
                      plan.location(b)) > 0) {
                out.violation(1, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
                    ix.participantName(p) + " changes rooms with little time between "
                        + ix.describe(a, plan.start(a)) + " and "
                        + ix.describe(b, plan.start(b)));
              }
            }
          }
        }
      }
    };
    return new RoomChangeIndex(ix, explaining); // per-grain index: a move's cost stays flat
  }
}
