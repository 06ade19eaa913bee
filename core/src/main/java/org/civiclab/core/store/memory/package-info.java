/**
 * In-memory implementations of the storage ports: the reference the contract suite is
 * written against, and a store for tests and short-lived embeddings. Nothing survives the JVM.
 */
@NullMarked
package org.civiclab.core.store.memory;

import org.jspecify.annotations.NullMarked;
