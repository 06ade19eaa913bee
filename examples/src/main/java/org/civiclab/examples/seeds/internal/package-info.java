/**
 * Helpers of the seed programs that must be public but are not API: deterministic name
 * generation and the one place where seed people are paired and grouped.
 *
 * <p>Internal: these types may change or disappear in any release without notice.
 */
@NullMarked
package org.civiclab.examples.seeds.internal;

import org.jspecify.annotations.NullMarked;
