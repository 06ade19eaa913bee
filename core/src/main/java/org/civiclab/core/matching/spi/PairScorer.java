package org.civiclab.core.matching.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.matching.PairingRequest;
import org.civiclab.core.matching.ScoreTerm;
import org.civiclab.core.matching.internal.AssignmentSolver;
import org.civiclab.core.matching.internal.DefaultPairScorer;

/**
 * Scores a possible mentor-mentee pair as a sum of named terms; a higher score is a better pair.
 *
 * <p>Only pairs that pass the hard exclusions of a {@link PairingRequest} are scored. The solver
 * calls {@link #score} for every allowed pair (so it should be cheap and must be a pure
 * function) and {@link #terms} only for the pairs it chooses, to explain them. Implementations
 * must keep {@code score} equal to the sum of the points of {@code terms}, and scores within
 * {@link AssignmentSolver#MAX_ABS_SCORE}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface PairScorer {

  /**
   * Explains the score of a pair term by term.
   *
   * @param mentor the mentor
   * @param mentee the mentee
   * @return the terms whose points sum to the score; empty for a neutral pair
   */
  ImmutableList<ScoreTerm> terms(MatchCandidate mentor, MatchCandidate mentee);

  /**
   * The score of a pair.
   *
   * @param mentor the mentor
   * @param mentee the mentee
   * @return the sum of the points of {@link #terms}
   */
  default long score(MatchCandidate mentor, MatchCandidate mentee) {
    long sum = 0;
    for (ScoreTerm t : terms(mentor, mentee)) {
      sum += t.points();
    }
    return sum;
  }

  /**
   * The default scorer: shared interests +3 each, a common language +2, a shared weekly slot +1,
   * different organisations +1.
   *
   * @return the default scorer
   */
  static PairScorer standard() {
    return DefaultPairScorer.STANDARD;
  }

  /**
   * The default scorer's terms with other weights (0 switches a term off).
   *
   * @param perSharedInterest points for each interest both share
   * @param commonLanguage points when they share at least one language
   * @param sharedSlot points when they share at least one weekly slot
   * @param otherOrganization points when they work for different (known) organisations
   * @return the scorer
   */
  static PairScorer weighted(int perSharedInterest, int commonLanguage, int sharedSlot,
      int otherOrganization) {
    return new DefaultPairScorer(perSharedInterest, commonLanguage, sharedSlot, otherOrganization);
  }
}
