/**
 * Matching people to people and to places, each choice explained: optimal mentor pairing
 * (an exact assignment with hard exclusions and scores broken down by term), stable pairing
 * from mutual rankings, learning-circle formation (size bounds, experience and facilitator
 * mix, diversity, a shared weekly slot) and exchange-visit hosts with capacities and dates.
 *
 * <p>Inputs are {@link org.civiclab.core.matching.MatchCandidate}s built by the caller (or
 * from a domain {@code Person}), so the algorithms depend on no aggregate's details. Entry
 * points are {@link org.civiclab.core.matching.Pairings},
 * {@link org.civiclab.core.matching.Circles} and {@link org.civiclab.core.matching.Exchanges}:
 * one request value in, one immutable result with reasons out. Every entry point is
 * deterministic: the same request (and seed) gives the same result whatever the order of its
 * lists, because people are processed in id order.
 *
 * <p>Matching has three rooms. This package is the API users call (stable): the entry points,
 * their request and result values and the explanations. {@code org.civiclab.core.matching.spi}
 * holds what users implement (experimental): {@code PairScorer}.
 * {@code org.civiclab.core.matching.internal} is the engine (not API): the exact assignment
 * solvers, circle formation and the built-in scorer. This package may use spi and internal; no
 * signature here names an internal type.
 */
@CivicStyle
@NullMarked
package org.civiclab.core.matching;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
