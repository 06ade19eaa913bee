/**
 * The five seed programs of CivicLab, each built through the public API of
 * {@code org.civiclab.core} and faithful to the organiser's own text.
 *
 * <p>{@link org.civiclab.examples.seeds.SeedPrograms#all()} returns them in order; each is a
 * {@link org.civiclab.examples.seeds.SeedProgram}: the program, a directory of its people and
 * organisations, the facts taken from the text and the assumptions made where the text is
 * silent. Where a text only gives counts, people are generated from a fixed seed, so every
 * build yields the same programs.
 */
@CivicStyle
@NullMarked
package org.civiclab.examples.seeds;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
