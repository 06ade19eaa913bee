/**
 * iCalendar (RFC 5545) export of CivicLab programs through ical4j: a whole program, one
 * person's events across programs, or one mentor pair's meetings, as {@code .ics} text that
 * calendar clients import.
 *
 * <p>{@link org.civiclab.ical.ICalExporter} is the entry point, {@link
 * org.civiclab.ical.EventRevisions} its SEQUENCE and LAST-MODIFIED input. Times keep their
 * planned zone: every DTSTART/DTEND carries the TZID of the event's {@code TimeSpan} and the
 * calendar holds one VTIMEZONE per zone used, written from the JDK's zone rules for the years
 * the calendar covers, so no network is needed.
 */
@NullMarked
package org.civiclab.ical;

import org.jspecify.annotations.NullMarked;
