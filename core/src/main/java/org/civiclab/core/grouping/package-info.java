/**
 * Groups re-formed over rounds: small-group discussions every day of a week, rotating tables,
 * networking rounds. {@link org.civiclab.core.grouping.Groupings#form} partitions the people
 * present in each {@link org.civiclab.core.grouping.Round} into groups of [min, max] with the
 * mix rules of learning circles as hard rules, and minimises first the pairs who share a
 * group more than once, then pairs from the same organisation.
 *
 * <p>Where a resolvable design exists (q&sup2; people in groups of q for a prime power q, at
 * most q + 1 rounds, the affine plane over GF(q)) the result has no repeated pair; elsewhere
 * a seeded local search runs within a step budget and the result reports the counting lower
 * bound beside its count. The engine sits in {@code org.civiclab.core.grouping.internal}, not
 * API.
 */
@CivicStyle
@NullMarked
package org.civiclab.core.grouping;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
