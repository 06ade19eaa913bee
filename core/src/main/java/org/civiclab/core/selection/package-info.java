/**
 * Selection of participants from applicants: {@link org.civiclab.core.selection.Selections#select}
 * chooses a panel of N people with {@link org.civiclab.core.selection.Quota}s per
 * {@link org.civiclab.core.selection.Stratum} (a value of any person attribute), by ranking,
 * by a seeded lottery with an audit log, or by the leximin fair lottery, which makes every
 * applicant's selection probability as equal as the quotas allow and reports it.
 *
 * <p>Quotas that cannot be met come back as {@link org.civiclab.core.selection.Shortfall}s
 * (which stratum, how many applicants short), not as an exception. Reserves are ranked overall
 * and per stratum; {@link org.civiclab.core.selection.Selections#replace} finds the reserve who
 * keeps every quota when a selected person withdraws. The engine sits in
 * {@code org.civiclab.core.selection.internal}, not API.
 */
@CivicStyle
@NullMarked
package org.civiclab.core.selection;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
