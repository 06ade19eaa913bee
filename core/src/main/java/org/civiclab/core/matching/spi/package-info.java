/**
 * Matching's extension points: what a user implements to change how mentor pairs are scored.
 * Experimental: these interfaces may still change between minor versions.
 *
 * <p>A {@link org.civiclab.core.matching.spi.PairScorer} breaks a mentor-mentee pair's score
 * into labelled {@code ScoreTerm}s, which the pairing explains term by term; pass one to
 * {@code PairingRequest.builder().scorer(...)}. {@code PairScorer.standard()} and
 * {@code PairScorer.weighted(...)} give the built-in scorer.
 *
 * <p>May use: the matching API ({@code org.civiclab.core.matching}) and the model. Its
 * signatures never name a type of {@code org.civiclab.core.matching.internal}.
 */
@NullMarked
package org.civiclab.core.matching.spi;

import org.jspecify.annotations.NullMarked;
