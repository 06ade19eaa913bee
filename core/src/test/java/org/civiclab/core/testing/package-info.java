/**
 * Test fixtures shipped in core's test-jar: a generator of valid programs and jqwik
 * arbitraries for the domain, used by core's tests and by every adapter's.
 */
package org.civiclab.core.testing;
