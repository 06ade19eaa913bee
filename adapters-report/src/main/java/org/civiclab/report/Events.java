package org.civiclab.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.scheduling.PlannedEvent;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.time.TimeSpan;

/**
 * Gathers the calendar of one program: every session with a time, every meeting of its mentor
 * pairs and learning circles, every reflection meeting; planned or agreed; with the plan's
 * violations attached to the events they name.
 */
final class Events {

  private static final Set<EnrollmentStatus> TAKING_PART = Set.of(EnrollmentStatus.REGISTERED,
      EnrollmentStatus.CONFIRMED, EnrollmentStatus.COMPLETED);

  private Events() {}

  /**
   * The events of a program, in time order.
   *
   * @param program the program (with its plan applied, if any)
   * @param original the program before planning, to tell planned sessions from agreed ones
   * @param plan the plan, for its violations
   * @param violations receives the plan's violations; indices in it are stored on the events
   * @return the events
   */
  static List<ScheduleEvent> of(Program program, Optional<Program> original,
      Optional<ProgramPlan> plan, List<Violation> violations) {
    Map<VenueId, String> venues = new HashMap<>();
    for (Venue v : program.venues()) {
      venues.put(v.id(), v.name() + ", " + v.city());
    }
    Set<String> untimed = new HashSet<>();
    original.ifPresent(o -> o.editions().forEach(e -> e.modules().forEach(m -> m.sessions()
        .forEach(s -> {
          if (s.when().isEmpty()) {
            untimed.add(s.id().value());
          }
        }))));
    List<ScheduleEvent> out = new ArrayList<>();
    for (Edition e : program.editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          if (s.when().isEmpty()) {
            continue;
          }
          ScheduleEvent ev = new ScheduleEvent(s.id().value(),
              s.format().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              s.title().text() + " (" + m.title().text() + ")",
              s.when().get().in(program.zone()), venue(venues, s.venue(), s.onlineLink()
                  .isPresent()), untimed.contains(s.id().value()), false);
          for (Enrollment en : e.enrollments()) {
            if (TAKING_PART.contains(en.status()) && (m.tracks().isEmpty()
                || en.track().map(m.tracks()::contains).orElse(true))) {
              ev.attendees.add(en.person());
            }
          }
          ev.attendees.addAll(m.facilitators());
          ev.attendees.addAll(s.facilitators());
          ev.attendees.addAll(s.speakers());
          out.add(ev);
        }
      }
    }
    for (MentorPairing p : program.pairings()) {
      for (Meeting mt : p.meetings()) {
        ScheduleEvent ev = meeting(program, venues, mt, "mentoring",
            "Mentoring " + p.id().value());
        ev.attendees.add(p.mentor());
        ev.attendees.add(p.mentee());
        out.add(ev);
      }
    }
    for (LearningCircle c : program.circles()) {
      for (Meeting mt : c.meetings()) {
        ScheduleEvent ev = meeting(program, venues, mt, "circle", "Circle " + c.name());
        c.members().stream().map(CircleMember::person).forEach(ev.attendees::add);
        ev.attendees.addAll(c.facilitators());
        out.add(ev);
      }
    }
    for (ReflectionMeeting r : program.reflectionMeetings()) {
      ScheduleEvent ev = new ScheduleEvent(r.id().value(), "reflection", "Reflection meeting",
          r.when().in(program.zone()), venue(venues, r.venue(), false), false, false);
      r.participants().stream().map(Representation::person).flatMap(Optional::stream)
          .forEach(ev.attendees::add);
      out.add(ev);
    }
    Collections.sort(out);
    plan.ifPresent(pl -> attach(pl, out, violations));
    return out;
  }

  private static ScheduleEvent meeting(Program program, Map<VenueId, String> venues, Meeting mt,
      String kind, String label) {
    return new ScheduleEvent(mt.id().value(), kind, label, mt.when().in(program.zone()),
        venue(venues, mt.venue(), mt.onlineLink().isPresent()),
        mt.status() == MeetingStatus.PLANNED, mt.status() == MeetingStatus.CANCELLED);
  }

  private static String venue(Map<VenueId, String> venues, Optional<VenueId> venue,
      boolean online) {
    return venue.map(v -> venues.getOrDefault(v, v.value())).orElse(online ? "online" : "");
  }

  /** Marks each event a violation's demands stand for (by source id and start). */
  private static void attach(ProgramPlan plan, List<ScheduleEvent> events,
      List<Violation> violations) {
    Map<String, List<PlannedEvent>> byDemand = new HashMap<>();
    for (PlannedEvent pe : plan.events()) {
      byDemand.computeIfAbsent(pe.demandId(), k -> new ArrayList<>()).add(pe);
    }
    Map<String, ScheduleEvent> byId = new HashMap<>();
    Map<String, List<ScheduleEvent>> byStart = new HashMap<>();
    for (ScheduleEvent e : events) {
      byId.put(e.id, e);
      byStart.computeIfAbsent(e.when.start().toString(), k -> new ArrayList<>()).add(e);
    }
    for (Violation v : plan.violations()) {
      int index = violations.size();
      violations.add(v);
      Set<ScheduleEvent> marked = new HashSet<>();
      for (String d : v.demands()) {
        for (PlannedEvent pe : byDemand.getOrDefault(d, List.of())) {
          ScheduleEvent e = byId.get(pe.sourceId());
          if (e == null) {
            TimeSpan at = pe.when();
            for (ScheduleEvent c : byStart.getOrDefault(at.start().toString(), List.of())) {
              if (c.id.startsWith(pe.sourceId())) {
                e = c;
              }
            }
          }
          if (e != null && marked.add(e)) {
            e.violations.add(index);
          }
        }
      }
    }
  }
}
