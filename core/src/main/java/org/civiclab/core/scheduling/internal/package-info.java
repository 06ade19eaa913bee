/**
 * The scheduling engine: not API. Public only so that the scheduling API and spi packages can
 * call it; nothing here is stable, do not depend on it.
 *
 * <p>{@link org.civiclab.core.scheduling.internal.ProblemIndex} compiles a problem into dense
 * arrays; {@link org.civiclab.core.scheduling.internal.ScoreDirector} keeps a working plan and
 * its score up to date through the rules' scorers;
 * {@link org.civiclab.core.scheduling.internal.SolverRun} is one solve (construction, then late
 * acceptance); {@link org.civiclab.core.scheduling.internal.CadenceExpander} turns cadences into
 * demands with windows. Each built-in rule has its own class here (made through
 * {@code Rules}), with the helpers they share in
 * {@link org.civiclab.core.scheduling.internal.BuiltInRules}.
 *
 * <p>May use: the scheduling API and spi, the model, time and Guava. Must not use the storage
 * ports ({@code org.civiclab.core.store}) or anything outside core.
 */
@NullMarked
package org.civiclab.core.scheduling.internal;

import org.jspecify.annotations.NullMarked;
