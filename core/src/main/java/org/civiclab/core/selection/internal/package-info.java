/**
 * The selection engine: not API. Public only so that {@code org.civiclab.core.selection} can
 * call it; nothing here is stable, do not depend on it.
 *
 * <p>{@link org.civiclab.core.selection.internal.Simplex} is a small dense linear-program
 * solver; {@link org.civiclab.core.selection.internal.PanelOracle} finds panels that keep
 * every quota; {@link org.civiclab.core.selection.internal.Leximin} computes the fair
 * lottery's distribution over panels. May use: the JDK only.
 */
@NullMarked
package org.civiclab.core.selection.internal;

import org.jspecify.annotations.NullMarked;
