/**
 * The meeting-scheduling benchmark written against Timefold Solver's public API, the peer
 * CivicLab's scheduler is measured against: planning entity, solution and the benchmark's
 * constraints as constraint streams. Benchmark only.
 */
@NullMarked
package org.civiclab.bench.meetings.timefold;

import org.jspecify.annotations.NullMarked;
