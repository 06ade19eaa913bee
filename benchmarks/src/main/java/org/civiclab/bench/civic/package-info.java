/**
 * Civic-scale scheduling runs: a generator of instances shaped like many programs at once
 * (modules in order, track cohorts, trainers, venues in several cities, people in five zones)
 * and a command that solves one and prints the meetings benchmark's lines.
 */
@NullMarked
package org.civiclab.bench.civic;

import org.jspecify.annotations.NullMarked;
