/**
 * The {@code pictures} benchmark: the HTML report and the tidy Parquet and CSV export of a
 * civic-scale set of programs, beside plain baselines measured in the same run.
 */
@NullMarked
package org.civiclab.bench.pictures;

import org.jspecify.annotations.NullMarked;
