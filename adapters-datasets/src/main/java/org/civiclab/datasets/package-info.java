/**
 * Research datasets: CivicLab's data as tidy tables for pandas, R, DuckDB and Spark.
 *
 * <p>{@link org.civiclab.datasets.TidyExport} writes one table per entity (people,
 * organisations, enrolments, events, attendance, surveys and their responses, commitments with
 * their follow-up actions and status changes, indicators with their baselines, targets and
 * actuals), one row per fact, snake_case columns with
 * typed values (dates as dates, instants as UTC timestamps), as CSV, JSON Lines or Parquet,
 * with a data dictionary describing every column. Parquet is partitioned Hive-style by
 * {@code program_id} and {@code year} for the tables that belong to a program; CSV and JSON
 * Lines are one file per table, which is what spreadsheet and {@code read_csv} users expect.
 *
 * <p>Each table is one small {@link org.civiclab.datasets.TidyTable} class; a new table is a new
 * class added to {@link org.civiclab.datasets.TidyTables#all()}.
 */
@NullMarked
package org.civiclab.datasets;

import org.jspecify.annotations.NullMarked;
