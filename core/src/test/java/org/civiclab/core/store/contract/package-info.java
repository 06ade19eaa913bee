/**
 * The storage contract: abstract JUnit suites that every implementation of the storage ports
 * passes unchanged. An adapter subclasses each suite and says how to make a fresh, empty store.
 */
package org.civiclab.core.store.contract;
