/**
 * Analyses over programs, the directory and attendance records: attendance and completion
 * rates, participation by country, sector and organisation, alumni across editions, mentor-pair
 * cadence adherence and outreach follow-up status.
 *
 * <p>Every analysis is a pure function that returns an immutable {@link
 * org.civiclab.core.analysis.Table}, which renders as aligned text for a terminal or as RFC 4180
 * CSV text. {@link org.civiclab.core.analysis.Analyses} gathers them behind static methods that
 * are easy to call from jshell or a script. Attendance is consumed record by record
 * ({@link org.civiclab.core.analysis.AttendanceTally}), so a large log can be streamed through
 * {@code AttendanceLog.forEach} without holding it in memory. The tally is API, not engine,
 * because {@code Analyses.attendanceTally} hands it to the caller to feed.
 */
@NullMarked
package org.civiclab.core.analysis;

import org.jspecify.annotations.NullMarked;
