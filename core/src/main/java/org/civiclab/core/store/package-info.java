/**
 * The storage ports: what CivicLab needs from a store, implemented by adapters (JSON files,
 * JDBC on H2 or PostgreSQL) and, for tests and small embeddings, by the in-memory stores here.
 *
 * <p>Three ports: {@link org.civiclab.core.store.ProgramStore} keeps program aggregates under
 * optimistic locking; {@link org.civiclab.core.store.Directory} keeps people and
 * organisations, which outlive programs; {@link org.civiclab.core.store.AttendanceLog} is an
 * append-only log. Every write is all or nothing. A contract test suite in core's test-jar runs
 * unchanged against every implementation.
 *
 * <p>Only code that stores or loads imports this package. Domain services (validation,
 * scheduling, matching) read people and organisations through
 * {@link org.civiclab.core.model.DirectoryView}, which {@code Directory} extends; analysis also
 * streams an {@code AttendanceLog}.
 */
@CivicStyle
@NullMarked
package org.civiclab.core.store;

import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
