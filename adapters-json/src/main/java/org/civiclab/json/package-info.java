/**
 * CivicLab's JSON adapter: versioned documents for programs, directories and attendance logs
 * ({@link org.civiclab.json.CivicLabJson}), a Jackson module for the model's values
 * ({@link org.civiclab.json.CivicLabModule}), and the storage ports backed by crash-safe JSON
 * files ({@link org.civiclab.json.JsonFileStores}).
 *
 * <p>One mapping serves all three: reading goes through a tree that keeps each value's line
 * and column and builds every value through the model's public builders, so JSON can never
 * create a value the API could not, and every problem of untrusted input is reported in one
 * {@link org.civiclab.json.JsonDocumentException} with its path, line and column. Everything
 * else in this package is package-private.
 */
@NullMarked
package org.civiclab.json;

import org.jspecify.annotations.NullMarked;
