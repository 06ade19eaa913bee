/**
 * The {@code jdbc} benchmark: batched imports through the JDBC adapter against a hand-written
 * batched INSERT measured in the same run.
 */
@NullMarked
package org.civiclab.bench.jdbc;

import org.jspecify.annotations.NullMarked;
