/**
 * Scale runs of CivicLab's people tools: {@code selection} (the leximin fair lottery on a
 * generated applicant pool against a stratified uniform lottery from the same run) and
 * {@code rounds} (groups re-formed over rounds against learning circles re-formed each round
 * without memory). Not part of the library.
 */
@NullMarked
package org.civiclab.bench.people;

import org.jspecify.annotations.NullMarked;
