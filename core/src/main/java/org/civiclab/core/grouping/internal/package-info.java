/**
 * The grouping engine: not API. Public only so that {@code org.civiclab.core.grouping} can
 * call it; nothing here is stable, do not depend on it.
 *
 * <p>{@link org.civiclab.core.grouping.internal.FiniteField} and
 * {@link org.civiclab.core.grouping.internal.AffinePlane} build the resolvable designs;
 * {@link org.civiclab.core.grouping.internal.RoundSearch} is the seeded local search for every
 * other case. May use: the grouping and matching API, the model and Guava.
 */
@NullMarked
package org.civiclab.core.grouping.internal;

import org.jspecify.annotations.NullMarked;
