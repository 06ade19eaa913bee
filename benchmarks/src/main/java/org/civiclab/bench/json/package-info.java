/**
 * The {@code json} benchmark: CivicLab's streaming attendance documents against a plain
 * Jackson streaming loop over the same fields, in the same run.
 */
@NullMarked
package org.civiclab.bench.json;

import org.jspecify.annotations.NullMarked;
