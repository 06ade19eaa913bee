/**
 * Validation at scale: programs of 10k to 1M elements and a 60 MiB-sized program of 200,000
 * mentor pairings, validated to show that the cost per element stays roughly constant.
 */
@NullMarked
package org.civiclab.bench.validation;

import org.jspecify.annotations.NullMarked;
