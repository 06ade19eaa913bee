/**
 * Implementation details shared by CivicLab's packages: public only because Java needs it,
 * not API. Nothing here is stable; do not depend on it.
 *
 * <p>Core's code sits in three kinds of room: API packages (stable, what users call), {@code spi}
 * packages (experimental, what users implement) and {@code internal} packages (the engine,
 * marked INTERNAL). This one holds what every package shares: the Immutables style and the
 * checks values run. It may use only the root package's exceptions and the model's text rules
 * ({@code Texts}).
 */
@NullMarked
package org.civiclab.core.internal;

import org.jspecify.annotations.NullMarked;
