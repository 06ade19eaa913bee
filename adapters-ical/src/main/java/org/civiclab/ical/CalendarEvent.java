package org.civiclab.ical;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.Optional;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * One event as the calendar shows it, gathered from a program before it is written with
 * ical4j. Either {@code when} (a timed event) or {@code days} (an all-day event) is present.
 */
final class CalendarEvent {
  /** What an attendee does at the event, as RFC 5545's ROLE parameter says it. */
  enum Part { CHAIR, REQUIRED, OPTIONAL }

  /** An attendee with their part and, for participants, whether they confirmed. */
  static final class Attendee {
    final PersonId person;
    final Part part;
    final Optional<Boolean> accepted;

    Attendee(PersonId person, Part part, Optional<Boolean> accepted) {
      this.person = person;
      this.part = part;
      this.accepted = accepted;
    }
  }

  /** The event's id (a visit's {@code visit/<id>}): the UID's local part and revision key. */
  final String key;
  final Program program;
  final Optional<TimeSpan> when;
  final Optional<DateRange> days;
  final String summary;
  final Optional<String> language;
  final Optional<String> description;
  final Optional<String> location;
  final Optional<URI> link;
  final ImmutableList<Attendee> attendees;
  final boolean cancelled;
  final String category;

  CalendarEvent(String key, Program program, Optional<TimeSpan> when, Optional<DateRange> days, String summary,
      Optional<String> language, Optional<String> description, Optional<String> location,
      Optional<URI> link, ImmutableList<Attendee> attendees, boolean cancelled,
      String category) {
    this.key = key;
    this.program = program;
    this.when = when;
    this.days = days;
    this.summary = summary;
    this.language = language;
    this.description = description;
    this.location = location;
    this.link = link;
    this.attendees = attendees;
    this.cancelled = cancelled;
    this.category = category;
  }

  boolean involves(PersonId person) {
    return attendees.stream().anyMatch(a -> a.person.equals(person));
  }
}
