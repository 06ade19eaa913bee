package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * Writes a {@link ProgramPlan} back into its {@link Program}, so that the program itself
 * holds the schedule and can be stored, exported and validated.
 *
 * <p>A session without a time gets its planned start (keeping its own duration) and, unless
 * it is online or already has one, its planned venue; a session that already has a time keeps
 * it, as a fact the plan was built around. Sessions of a module that are interchangeable for
 * the plan (same duration, mode, venue, facilitators, speakers and whether required) take
 * their planned slots in the module's listed order. Each planned mentoring or circle meeting is added
 * to its pairing or circle as a {@link MeetingStatus#PLANNED} meeting with id
 * {@code <pairing or circle id>-planned-<n>}, on site at its venue or online without one;
 * meetings already recorded stay, and the plan's events that stand for them (a meeting that is
 * not cancelled, at the event's start) add nothing. An exchange visit, outreach visit or
 * reflection meeting with a window takes its planned days or time; one without keeps its own.
 * Each planned occurrence of an outreach series is added as an {@link OutreachMeeting} with id
 * {@code <series id>-<n>} (n its occurrence number), naming the series and the occurrence,
 * with the series' community, region, country, leaders, journey and visit length, at its
 * planned start, and the occurrence's window as its window (so a later plan may move it within
 * the window, on the days its community can be reached).
 * Stateless and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class PlanApplier {

  private PlanApplier() {}

  /**
   * The program with the plan written into it.
   *
   * @param program the program the plan was made for
   * @param plan the plan
   * @return the program holding the schedule; the same program when the plan adds nothing
   */
  public static Program apply(Program program, ProgramPlan plan) {
    Map<String, PlannedEvent> sessions = new HashMap<>();
    Map<String, PlannedEvent> byDemand = new HashMap<>();
    Map<String, List<PlannedEvent>> meetings = new HashMap<>();
    Map<String, PlannedEvent> oneOffs = new HashMap<>();
    Map<String, PlannedEvent> series = new HashMap<>();
    for (PlannedEvent e : plan.events()) {
      if (e.kind() == PlannedEvent.Kind.SESSION) {
        sessions.put(e.sourceId(), e);
        byDemand.put(e.demandId(), e);
      } else if (e.kind() == PlannedEvent.Kind.OUTREACH && e.demandId().contains("#")) {
        // an occurrence of an outreach series: no id of the program's own visits has a '#'
        series.put(e.demandId(), e);
      } else if (e.kind() == PlannedEvent.Kind.VISIT || e.kind() == PlannedEvent.Kind.OUTREACH
          || e.kind() == PlannedEvent.Kind.REFLECTION) {
        oneOffs.put(e.kind() + " " + e.sourceId(), e);
      } else {
        meetings.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Edition> editions = new ArrayList<>();
    for (Edition e : program.editions()) {
      List<Module> modules = new ArrayList<>();
      for (Module m : e.modules()) {
        Map<String, PlannedEvent> inOrder = listedOrder(m, sessions);
        List<Session> placed = new ArrayList<>();
        for (Session s : m.sessions()) {
          if (!s.groups().isEmpty()) {
            placed.add(s.when().isPresent() ? s : placeGroups(s, byDemand));
            continue;
          }
          PlannedEvent event = inOrder.get(s.id().value());
          placed.add(event == null || s.when().isPresent() ? s : place(s, event));
        }
        modules.add(m.withSessions(placed));
      }
      editions.add(e.withModules(modules));
    }
    List<MentorPairing> pairings = new ArrayList<>();
    for (MentorPairing p : program.pairings()) {
      List<PlannedEvent> planned = meetings.getOrDefault(p.id().value(), List.of());
      pairings.add(planned.isEmpty() ? p : p
          .withMeetings(merge(p.meetings(), p.id().value(), planned)));
    }
    List<LearningCircle> circles = new ArrayList<>();
    for (LearningCircle c : program.circles()) {
      List<PlannedEvent> planned = meetings.getOrDefault(c.id().value(), List.of());
      circles.add(planned.isEmpty() ? c : c
          .withMeetings(merge(c.meetings(), c.id().value(), planned)));
    }
    List<ExchangeVisit> visits = new ArrayList<>();
    for (ExchangeVisit v : program.exchangeVisits()) {
      PlannedEvent e = oneOffs.get(PlannedEvent.Kind.VISIT + " " + v.id().value());
      visits.add(e == null || v.window().isEmpty() ? v : v.withPeriod(DateRange.of(
          e.when().start().toLocalDate(), e.when().start().toLocalDate()
              .plusDays(v.period().lengthInDays() - 1))));
    }
    List<OutreachMeeting> outreach = new ArrayList<>();
    for (OutreachMeeting o : program.outreachMeetings()) {
      PlannedEvent e = oneOffs.get(PlannedEvent.Kind.OUTREACH + " " + o.id().value());
      outreach.add(e == null || o.window().isEmpty() ? o : o.withWhen(moved(o.when(), e)));
    }
    Set<EventId> taken = eventIds(program);
    for (OutreachSeries s : program.outreachSeries()) {
      for (Occurrence o : ProgramScheduler.occurrences(program, s)) {
        PlannedEvent e = series.get(ProgramScheduler.seriesDemandId(s.id(), o.number()));
        if (e != null) {
          outreach.add(OutreachMeeting.builder().id(occurrenceId(s.id(), o.number(), taken))
              .community(s.community()).region(s.region()).country(s.country())
              .when(TimeSpan.starting(e.when().start(), s.length(), e.when().zone()))
              .window(o.window()).travelFromBase(s.travelFromBase()).leaders(s.leaders())
              .series(s.id()).occurrence(o.number()).build());
        }
      }
    }
    List<ReflectionMeeting> reflection = new ArrayList<>();
    for (ReflectionMeeting r : program.reflectionMeetings()) {
      PlannedEvent e = oneOffs.get(PlannedEvent.Kind.REFLECTION + " " + r.id().value());
      reflection.add(e == null || r.window().isEmpty() ? r : r.withWhen(moved(r.when(), e)));
    }
    return program.withEditions(editions).withPairings(pairings)
        .withCircles(circles).withExchangeVisits(visits).withOutreachMeetings(outreach)
        .withReflectionMeetings(reflection);
  }

  /**
   * The id of a planned occurrence of an outreach series: {@code <series id>-<n>}, with a
   * further {@code -<k>} in the rare case the program already uses it for another event (or a
   * short stable stand-in when the series id is too long to extend).
   */
  private static EventId occurrenceId(SeriesId series, int n, Set<EventId> taken) {
    String base = series.value() + "-" + n;
    if (base.length() > 120) {
      base = "series-" + Integer.toHexString(series.value().hashCode()) + "-" + n;
    }
    EventId id = EventId.of(base);
    for (int k = 2; !taken.add(id); k++) {
      id = EventId.of(base + "-" + k);
    }
    return id;
  }

  /**
   * The ids of every event of a program: sessions, meetings, exchange visits (attendance names a
   * visit by its id, so {@code Program} counts them as event ids), outreach and reflection.
   */
  private static Set<EventId> eventIds(Program program) {
    Set<EventId> out = new HashSet<>();
    program.sessions().forEach(x -> out.add(x.id()));
    program.exchangeVisits().forEach(v -> out.add(EventId.of(v.id().value())));
    program.pairings().forEach(p -> p.meetings().forEach(m -> out.add(m.id())));
    program.circles().forEach(c -> c.meetings().forEach(m -> out.add(m.id())));
    program.outreachMeetings().forEach(o -> out.add(o.id()));
    program.reflectionMeetings().forEach(r -> out.add(r.id()));
    return out;
  }

  /** A proposed time moved to a planned event's start, keeping its length and zone. */
  private static TimeSpan moved(TimeSpan proposed, PlannedEvent e) {
    return TimeSpan.starting(e.when().in(proposed.zone()).start(), proposed.duration(),
        proposed.zone());
  }

  /**
   * The planned events of a module's sessions without a time, with the slots of sessions that
   * are interchangeable (same duration, mode, venue, facilitators, speakers and whether
   * required, hence the same attendees and rules) handed out in the module's listed order, so
   * that "day 1" is not planned after "day 2".
   */
  private static Map<String, PlannedEvent> listedOrder(Module m,
      Map<String, PlannedEvent> sessions) {
    Map<String, PlannedEvent> out = new HashMap<>();
    Map<List<Object>, List<Session>> groups = new java.util.LinkedHashMap<>();
    for (Session s : m.sessions()) {
      if (s.when().isEmpty() && s.groups().isEmpty() && sessions.containsKey(s.id().value())) {
        List<Object> key = List.of(s.duration(), s.mode(), s.venue(), s.facilitators(),
            s.speakers(), s.required());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    for (List<Session> group : groups.values()) {
      List<PlannedEvent> slots = new ArrayList<>();
      group.forEach(s -> slots.add(sessions.get(s.id().value())));
      slots.sort(Comparator.comparing(PlannedEvent::when));
      for (int i = 0; i < group.size(); i++) {
        out.put(group.get(i).id().value(), slots.get(i));
      }
    }
    return out;
  }

  /**
   * A session held as groups: the first group's planned start (the groups start together) and
   * each group's planned room where it had none.
   */
  private static Session placeGroups(Session s, Map<String, PlannedEvent> byDemand) {
    PlannedEvent first = byDemand.get(ProgramScheduler.groupId(s, s.groups().get(0)));
    if (first == null) {
      return s;
    }
    List<SessionGroup> groups = new ArrayList<>();
    for (SessionGroup g : s.groups()) {
      PlannedEvent e = byDemand.get(ProgramScheduler.groupId(s, g));
      groups.add(e == null || s.mode() == DeliveryMode.ONLINE || g.venue().isPresent()
          || e.venue().isEmpty() ? g : g.withVenue(e.venue().get()));
    }
    return s.withWhen(TimeSpan.starting(first.when().start(), s.duration(),
        first.when().zone())).withGroups(groups);
  }

  private static Session place(Session s, PlannedEvent event) {
    TimeSpan when = TimeSpan.starting(event.when().start(), s.duration(), event.when().zone());
    Session placed = s.withWhen(when);
    if (s.mode() != DeliveryMode.ONLINE && s.venue().isEmpty() && event.venue().isPresent()) {
      placed = placed.withVenue(event.venue().get());
    }
    return placed;
  }

  private static ImmutableList<Meeting> merge(List<Meeting> recorded, String owner,
      List<PlannedEvent> planned) {
    List<Meeting> all = new ArrayList<>(recorded);
    int n = 0;
    for (PlannedEvent e : planned) {
      if (isRecorded(recorded, e)) {
        continue;
      }
      EventId id;
      do {
        n++;
        id = EventId.of(owner + "-planned-" + n);
      } while (taken(all, id));
      Meeting.Builder b = Meeting.builder().id(id).when(e.when()).status(MeetingStatus.PLANNED)
          .mode(e.venue().isPresent() ? DeliveryMode.ON_SITE : DeliveryMode.ONLINE);
      e.venue().ifPresent(b::venue);
      all.add(b.build());
    }
    all.sort(Comparator.comparing(Meeting::when));
    return ImmutableList.copyOf(all);
  }

  /** Whether an event stands for a meeting already recorded: one that is not cancelled, at its time. */
  private static boolean isRecorded(List<Meeting> recorded, PlannedEvent e) {
    return recorded.stream().anyMatch(m -> m.status() != MeetingStatus.CANCELLED
        && m.when().start().atZone(m.when().zone()).toInstant()
            .equals(e.when().start().atZone(e.when().zone()).toInstant()));
  }

  private static boolean taken(List<Meeting> meetings, EventId id) {
    return meetings.stream().anyMatch(m -> m.id().equals(id));
  }
}
