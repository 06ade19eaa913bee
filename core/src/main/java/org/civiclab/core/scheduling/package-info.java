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
 * {@link org.civiclab.core.scheduling.ProgramScheduler} plans a whole program in one call. The
 * solver is deterministic for a seed and scores moves incrementally: a move re-scores only the
 * demand it moves.
 *
 * <p>Scheduling has three rooms. This package is the API users call (stable): the problem,
 * plan, result and violation values, {@code Scheduler}, {@code ProgramScheduler} and
 * {@code Rules}. {@code org.civiclab.core.scheduling.spi} holds the extension points users
 * implement (experimental): {@code Rule}, {@code RuleScorer}, {@code PerDemandRule} and the
 * views they read. {@code org.civiclab.core.scheduling.internal} is the engine (not API): the
 * compiled problem, the solver, the built-in rules and cadence expansion. This package may use
 * spi and internal; no signature here names an internal type. It reads people through
 * {@code org.civiclab.core.model.DirectoryView}, never through the storage ports.
 */
@CivicStyle
@NullMarked
package org.civiclab.core.scheduling;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
