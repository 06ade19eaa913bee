package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The type of a column's values, and the Java type a row holds for it. */
@API(status = STABLE, since = "0.1.0")
public enum ColumnType {
  /** Text: {@link String}. */
  STRING,
  /** A 32-bit integer: {@link Integer}. */
  INT,
  /** A 64-bit integer: {@link Long}. */
  LONG,
  /** A 64-bit floating-point number: {@link Double}. */
  DOUBLE,
  /** True or false: {@link Boolean}. */
  BOOLEAN,
  /** A calendar day: {@link java.time.LocalDate}. */
  DATE,
  /** A wall-clock date-time in the zone another column names: {@link java.time.LocalDateTime}. */
  LOCAL_TIMESTAMP,
  /** An instant, written in UTC: {@link java.time.Instant}. */
  TIMESTAMP
}
