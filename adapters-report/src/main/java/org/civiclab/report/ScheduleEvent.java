package org.civiclab.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.TimeSpan;

/** One event on a program's calendar, as the report draws it. Mutable while gathered. */
final class ScheduleEvent implements Comparable<ScheduleEvent> {
  final String id;
  final String kind;
  final String label;
  /** In the program's zone. */
  final TimeSpan when;
  final String venue;
  final boolean planned;
  final boolean cancelled;
  final Set<PersonId> attendees = new LinkedHashSet<>();
  final List<Integer> violations = new ArrayList<>();

  ScheduleEvent(String id, String kind, String label, TimeSpan when, String venue,
      boolean planned, boolean cancelled) {
    this.id = id;
    this.kind = kind;
    this.label = label;
    this.when = when;
    this.venue = venue;
    this.planned = planned;
    this.cancelled = cancelled;
  }

  @Override
  public int compareTo(ScheduleEvent o) {
    int c = when.start().compareTo(o.when.start());
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScheduleEvent && ((ScheduleEvent) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
