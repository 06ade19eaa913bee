/**
 * Scheduling's extension points: what a user implements to add a rule without touching the
 * solver. Experimental: these interfaces may still change between minor versions.
 *
 * <p>A {@link org.civiclab.core.scheduling.spi.Rule} has an id, a level and a weight and binds
 * to each problem, seen through a read-only, densely numbered
 * {@link org.civiclab.core.scheduling.spi.ProblemView}, returning a
 * {@link org.civiclab.core.scheduling.spi.RuleScorer} that keeps its own incremental state and
 * reads the other demands' placements through a
 * {@link org.civiclab.core.scheduling.spi.PlanView}. For a rule about one demand alone, extend
 * {@link org.civiclab.core.scheduling.spi.PerDemandRule}. Pass the rules to
 * {@code Scheduler.builder().rules(...)}, usually next to {@code Rules.standard()}.
 *
 * <p>May use: the scheduling API ({@code org.civiclab.core.scheduling}) and the model. Its
 * signatures never name a type of {@code org.civiclab.core.scheduling.internal}; its default
 * implementations may call into it.
 */
@NullMarked
package org.civiclab.core.scheduling.spi;

import org.jspecify.annotations.NullMarked;
