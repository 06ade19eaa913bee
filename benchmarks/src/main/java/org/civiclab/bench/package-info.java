/**
 * The benchmarks jar: runs of CivicLab's scheduler, matcher and adapters, each printing its
 * figures beside a baseline measured in the same run. Not part of the library.
 */
@NullMarked
package org.civiclab.bench;

import org.jspecify.annotations.NullMarked;
