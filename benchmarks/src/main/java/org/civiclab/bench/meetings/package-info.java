/**
 * The meeting-scheduling benchmark: reads an instance of the public meeting-scheduling format,
 * solves it with CivicLab's scheduler or with Timefold Solver under the same rules and weights,
 * writes the solution in the same format and prints first-feasible time, score and move speed.
 */
@NullMarked
package org.civiclab.bench.meetings;

import org.jspecify.annotations.NullMarked;
