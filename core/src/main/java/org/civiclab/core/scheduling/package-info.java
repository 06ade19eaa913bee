/**
 * Scheduling: places meeting demands into the slots of a time grid and into venues, under hard
 * and weighted soft {@link org.civiclab.core.scheduling.spi.Rule rules} that explain every
 * violation in a sentence a coordinator understands.
 *
 * <p>The model is domain independent: a {@link org.civiclab.core.scheduling.SchedulingProblem}
 * holds a {@link org.civiclab.core.scheduling.TimeGrid}, {@link
 * org.civiclab.core.scheduling.Location locations}, {@link
 * org.civiclab.core.scheduling.Participant participants} and {@link
 * org.civiclab.core.scheduling.Demand demands}; the {@link
 * org.civiclab.core.scheduling.Scheduler} turns it into a {@link
 * org.civiclab.core.scheduling.Schedule} with its {@link org.civiclab.core.scheduling.Score}, and
 * an {@link org.civiclab.core.scheduling.Infeasibility} when the hard rules cannot all hold.
 * {@link org.civiclab.core.scheduling.internal.CadenceExpander} turns a cadence such as "2 per term" into
 * demands with windows. The solver is deterministic for a seed and scores moves incrementally:
 * a move re-scores only the demand it moves.
 */
@CivicStyle
package org.civiclab.core.scheduling;

import org.civiclab.core.internal.CivicStyle;
