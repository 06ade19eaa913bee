package org.civiclab.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONE components written from the JDK's time-zone rules (the same rules that placed the
 * events), holding only the years a calendar covers: one observance for the offset in force when
 * the first year begins, then one per offset change up to the end of the last year. A whole
 * ical4j definition reaches back to the 19th century; a calendar for 2025 needs two or three
 * observances. Every observance is a single onset without RRULE, so clients need not expand
 * rules, and a later change of the zone's rules cannot reinterpret the years written.
 */
final class ZoneDefinitions {
  private ZoneDefinitions() {}

  /**
   * The definition of a zone for the years {@code firstYear} to {@code lastYear}, inclusive.
   *
   * @param zone a region zone (not a {@link ZoneOffset})
   * @param firstYear the first year an event of the calendar touches
   * @param lastYear the last year
   * @return the VTIMEZONE, its TZID the zone's id
   */
  static VTimeZone of(ZoneId zone, int firstYear, int lastYear) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
    Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition before = rules.previousTransition(from.plusSeconds(1));
    if (before == null) {
      // a zone that never changed its offset: one standard observance from the first year on
      ZoneOffset offset = rules.getOffset(from);
      observances.add(observance(false,
          LocalDateTime.ofInstant(from, offset), offset, offset));
    } else {
      observances.add(observance(rules.isDaylightSavings(before.getInstant()),
          before.getDateTimeBefore(), before.getOffsetBefore(), before.getOffsetAfter()));
    }
    ZoneOffsetTransition next = rules.nextTransition(from);
    while (next != null && next.getInstant().isBefore(to)) {
      observances.add(observance(rules.isDaylightSavings(next.getInstant()),
          next.getDateTimeBefore(), next.getOffsetBefore(), next.getOffsetAfter()));
      next = rules.nextTransition(next.getInstant());
    }
    List<Property> properties = List.of(new TzId(zone.getId()));
    return new VTimeZone(new PropertyList(properties), new ComponentList<>(observances));
  }

  /** An observance starting at the local time before the change, in the offset before it. */
  private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset from,
      ZoneOffset to) {
    PropertyList p = new PropertyList(List.of(new DtStart<>(onset), new TzOffsetFrom(from),
        new TzOffsetTo(to)));
    return daylight ? new Daylight(p) : new Standard(p);
  }
}
