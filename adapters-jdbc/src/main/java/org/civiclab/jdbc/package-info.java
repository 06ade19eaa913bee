/**
 * The storage ports on plain JDBC: {@link org.civiclab.jdbc.JdbcStores} opens an embedded H2
 * file database, connects to PostgreSQL by URL, or works on a {@code DataSource} the
 * application owns, migrates CivicLab's own tables with Flyway and hands out the program store,
 * the directory and the attendance log.
 *
 * <p>A program aggregate is stored as one document row with a version column for optimistic
 * locking, plus projection tables (editions, enrolments) rewritten in the same transaction so
 * that SQL answers the research queries. People, organisations and attendance are plain
 * columns with indexes.
 */
@NullMarked
package org.civiclab.jdbc;

import org.jspecify.annotations.NullMarked;
