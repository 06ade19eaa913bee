/**
 * CivicLab's pure domain: programs, people and organisations, time, rules, scheduling,
 * matching and analysis, and the ports through which adapters store them.
 *
 * <p>This root package holds the small exception family every part of CivicLab throws:
 * {@link org.civiclab.core.InvalidInputException} for bad domain input (every problem with its
 * path), {@link org.civiclab.core.StoreException} for storage failures and
 * {@link org.civiclab.core.ConcurrentUpdateException} for a lost optimistic-lock race.
 *
 * <p>The core does no I/O and has no dependency beyond Guava and the SLF4J API. No method in
 * it accepts or returns {@code null}: absent values are {@link java.util.Optional} or empty
 * collections.
 */
@CivicStyle
@NullMarked
package org.civiclab.core;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
