package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a {@link Selection} chooses among applicants who all keep the quotas. */
@API(status = STABLE, since = "0.1.0")
public enum SelectionMethod {
  /**
   * By score, highest first (ties by id): each applicant in turn is taken when the quotas can
   * still be met with them.
   */
  RANKING,
  /**
   * A seeded lottery: applicants in a random order drawn from the seed, each taken when the
   * quotas can still be met with them. The audit log names the seed, the algorithm and every
   * draw; the same seed gives the same panel.
   */
  LOTTERY,
  /**
   * The leximin fair lottery (Flanigan et al., Nature 2021): the distribution over panels
   * that keep the quotas which maximises the smallest selection probability, then the next
   * smallest, and so on; one panel is drawn from it with the seed. Every applicant's
   * probability is reported.
   */
  FAIR_LOTTERY
}
