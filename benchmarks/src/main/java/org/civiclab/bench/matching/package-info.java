/**
 * Scale runs of CivicLab's matching: {@code pairing} (the assignment solver on dense random
 * scores against a greedy baseline from the same run) and {@code circles} (learning-circle
 * formation for many people). Not part of the library.
 */
@NullMarked
package org.civiclab.bench.matching;

import org.jspecify.annotations.NullMarked;
