package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.civiclab.core.matching.internal.CircleFormation;

/**
 * Learning-circle formation: partitions the members into circles of bounded size, each with
 * the required experienced members and novices, as diverse as possible across organisations,
 * regions and experience and sharing a weekly slot where availability is given, and gives each
 * circle its facilitators, apart from the members ({@link CircleRequest}).
 *
 * <p>Method: the number of circles is chosen near the midpoint size, no more than the
 * facilitators can lead, and lowered until every circle can be seeded with its roles; people
 * then join the circle that gains most diversity (smallest circles first, so every circle
 * reaches the minimum size, and sizes end as equal as the rules allow), and seeded random swaps
 * and moves between circles improve diversity while keeping every bound. Facilitators are then
 * matched to circles (a maximum bipartite matching over the circles' slots), the rest spread
 * to the circles with fewest. Without availability, every member is placed whenever the size
 * bounds, the mix and the facilitators allow a valid partition (checked against exhaustive
 * search on small inputs). With availability the slot rule is always respected, but the search
 * is a heuristic: a person may be reported unplaced although some other partition would have
 * fitted them. Nobody is dropped silently: the result lists every person left out, member or
 * facilitator, with the reason.
 *
 * <p>Deterministic: the same request (and seed) gives the same circles whatever the order of
 * its people. Stateless and thread-safe.
 *
 * <p>For example:
 * {@snippet :
 * CircleResult r = Circles.form(CircleRequest.builder()
 *     .people(members).facilitators(trainers)               // trainers lead, apart from members
 *     .composition(CircleComposition.builder().minSize(5).maxSize(8).minNovices(2).build())
 *     .build());
 * r.circles().get(0).facilitators();                        // the trainer(s) of circle 1
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class Circles {
  private static final int MAX_RESTARTS = 24;
  private static final int RESTART_BUDGET = 40_000;

  private Circles() {}

  /**
   * Forms the circles.
   *
   * @param request the people, size bounds, role mix and seed
   * @return the circles with explanations and the unplaced with reasons
   */
  public static CircleResult form(CircleRequest request) {
    SplittableRandom seeds = new SplittableRandom(request.seed());
    CircleFormation best = new CircleFormation(request, seeds.nextLong(), 0, false);
    best.run();
    // slot clashes can strand people although another start would fit them: retry a few
    // seeded starts, alternating how circles are seeded and moving the circle count around
    // the first choice (0 0 +1 +1 -1 -1 +2 ...), within a budget of person-passes, and keep
    // the start that places most people
    int restarts = Math.min(MAX_RESTARTS, RESTART_BUDGET / Math.max(1, best.size()));
    for (int r = 0; r < restarts && best.unplacedCount() > 0 && best.hasAvailability(); r++) {
      int q = (r + 1) / 2;
      int shift = q % 2 == 1 ? (q + 1) / 2 : -(q / 2);
      CircleFormation next =
          new CircleFormation(request, seeds.nextLong(), shift, r % 2 == 0);
      next.run();
      if (next.unplacedCount() < best.unplacedCount()) {
        best = next;
      }
    }
    return best.result();
  }
}
