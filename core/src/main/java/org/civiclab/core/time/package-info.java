/**
 * Time for planning: date ranges, zoned time spans, working hours, holidays, academic terms
 * and cadences.
 *
 * <p>A planned event is a local date-time plus an explicit {@link java.time.ZoneId}, as
 * iCalendar's DTSTART with TZID: a later change of daylight-saving rules does not shift it, and
 * instants are derived when needed. Working hours, holidays and terms are data, never constants.
 */
@CivicStyle
@NullMarked
@CheckReturnValue
package org.civiclab.core.time;

import com.google.errorprone.annotations.CheckReturnValue;
import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
