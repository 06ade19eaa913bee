/**
 * The matching engine: not API. Public only so that the matching API and spi packages can call
 * it; nothing here is stable, do not depend on it.
 *
 * <p>{@link org.civiclab.core.matching.internal.AssignmentSolver} and
 * {@link org.civiclab.core.matching.internal.Lapjv} solve the rectangular assignment problem
 * exactly; {@link org.civiclab.core.matching.internal.CapacitatedAssignment} extends it to
 * owners with capacities (mentors, hosts);
 * {@link org.civiclab.core.matching.internal.CircleFormation} forms learning circles;
 * {@link org.civiclab.core.matching.internal.DefaultPairScorer} is the built-in pair scorer
 * and {@link org.civiclab.core.matching.internal.Tally} words the reasons for the unmatched.
 *
 * <p>May use: the matching API and spi, the model and Guava. Must not use the storage ports
 * ({@code org.civiclab.core.store}) or anything outside core.
 */
@NullMarked
package org.civiclab.core.matching.internal;

import org.jspecify.annotations.NullMarked;
