package org.civiclab.bench.meetings;

/**
 * What one solver produced on one instance: the placement per assignment and its figures.
 *
 * @param solver the solver's name
 * @param grainOf start grain index per assignment
 * @param roomOf room index per assignment
 * @param firstFeasibleMs milliseconds to the first schedule without hard violations, -1 if none
 * @param movesPerSecond moves evaluated per second
 */
public record Outcome(String solver, int[] grainOf, int[] roomOf, long firstFeasibleMs,
    long movesPerSecond) {}
