package org.civiclab.core.scheduling;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.Expectation;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.scheduling.internal.CadenceExpander;
import org.civiclab.core.time.DailyBreak;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;

/**
 * Plans a {@link Program}: one call from a program and its people to a plan with violations.
 *
 * <p>{@code ProgramScheduler.builder().build().plan(program, directory)} maps the program onto a
 * {@link SchedulingProblem} and solves it: every session of every module (required sessions bind
 * facilitators, speakers and registered or confirmed participants of the module's tracks;
 * optional ones only invite the participants), every meeting a mentor pairing's or a learning
 * circle's cadence asks for over its period (expanded with the program's academic calendar and
 * holidays), exchange visits as blocks of whole days at their host (visits to one host
 * together within its capacity per day, or one at a time when it states none) that no other
 * event of a visitor may overlap, nor their travel days before and after (inside the program's
 * period, though outside the visit's window if need be), and that fall on no day their host
 * is closed ({@link org.civiclab.core.model.ExchangeVisit#hostAvailability()}), outreach visits
 * with their leaders at the community (its journey from the base, when stated, kept free
 * between the visit and their events at the program's venues on the same day), and reflection meetings at a time when at least one
 * representative of every sector is free (a {@link Quorum} per sector) and as many as can.
 * An {@linkplain org.civiclab.core.model.OutreachSeries outreach series} is expanded like a
 * pairing's cadence, over its period and only over the days of its season, into outreach
 * visits with windows; a visit of the program that names the series and an occurrence stands
 * for that occurrence, and an occurrence whose window has no day the community can be reached
 * is not planned but reported as the first of the result's conflicts (the plan is then not
 * {@linkplain ProgramPlan#isFeasible() feasible}). A visit, outreach visit or reflection meeting with a {@code window} is placed
 * by the solver inside it; without one its days or time are agreed and pinned. Sessions with
 * a time and recorded meetings of pairings and circles are pinned where they are as agreed
 * times (reported, not prevented, when outside someone's working time); a recorded meeting
 * stands in for the cadence occurrence whose window holds it. In-person events read every
 * attendee's working hours in the venue's zone, online events in each attendee's own zone.
 * Module windows and (when the edition says so) module order are hard rules. The grid covers
 * every day of the program's period; working hours keep new events on working days. Immutable
 * and thread-safe.
 *
 * <p>For example:
 * {@snippet :
 * ProgramPlan plan = ProgramScheduler.builder().build().plan(program, directory);
 * plan.violations().forEach(System.out::println);    // hard first, each naming its rule
 * Program planned = plan.applyTo(program);            // every free event at its planned time
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class ProgramScheduler {
  private final Duration grain;
  private final LocalTime dayStart;
  private final LocalTime dayEnd;
  private final @org.jspecify.annotations.Nullable DayShape shape;
  private final Duration meetingLength;
  private final Duration circleLength;
  private final Scheduler scheduler;

  private ProgramScheduler(Builder b) {
    this.grain = b.grain;
    this.dayStart = b.dayStart;
    this.dayEnd = b.dayEnd;
    this.shape = b.shape;
    this.meetingLength = b.meetingLength;
    this.circleLength = b.circleLength;
    this.scheduler = b.scheduler;
  }

  /**
   * @return a builder: 30-minute grains from 08:00 to 18:00 every day, one-hour mentoring and
   *     90-minute circle meetings, the standard rules with a 200,000-step limit
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param s a session held as groups
   * @param g one of its groups
   * @return the id of the group's demand and planned event
   */
  static String groupId(Session s, SessionGroup g) {
    return s.id().value() + " / " + g.name();
  }

  /**
   * Plans a program.
   *
   * @param program the program
   * @param people its people (working hours and zones)
   * @return the plan, its violations and, when infeasible, the conflicts
   * @throws InvalidInputException when a person the program names is not in the directory
   */
  public ProgramPlan plan(Program program, DirectoryView people) {
    Mapping m = new Mapping(program, people);
    SchedulingResult result = scheduler.solve(m.problem);
    List<PlannedEvent> events = new ArrayList<>();
    TimeGrid grid = m.problem.grid();
    Set<String> venues = new java.util.HashSet<>();
    program.venues().forEach(v -> venues.add(v.id().value()));
    for (Demand d : m.problem.demands()) {
      Placement p = requireNonNull(result.schedule().placements().get(d.id()));
      Source src = requireNonNull(m.sources.get(d.id()));
      events.add(PlannedEvent.builder().demandId(d.id()).label(d.label()).kind(src.kind)
          .sourceId(src.id).when(span(grid, d, p))
          .venue(p.location().filter(venues::contains).map(VenueId::of))
          .attendees(src.attendees).travel(travel(span(grid, d, p), d)).build());
    }
    events.sort(Comparator.comparing(PlannedEvent::when));
    return ProgramPlan.builder().events(events).result(withUnplaced(result, m.unplaced))
        .build();
  }

  /**
   * The solver's result with the occurrences that could not be planned at all (an outreach
   * series' occurrence with no reachable day) added to its conflicts, first: they are certain
   * before solving.
   */
  private static SchedulingResult withUnplaced(SchedulingResult result, List<Conflict> unplaced) {
    if (unplaced.isEmpty()) {
      return result;
    }
    Infeasibility.Builder b = Infeasibility.builder().addAllConflicts(unplaced)
        .proven(result.infeasibility().map(Infeasibility::proven).orElse(true));
    result.infeasibility().ifPresent(i -> b.addAllConflicts(i.conflicts()));
    return SchedulingResult.builder().from(result).infeasibility(b.build()).build();
  }

  /**
   * @param program a program
   * @param s one of its outreach series
   * @return the series' days: its own period, or the program's, within the program's
   */
  static DateRange seriesPeriod(Program program, OutreachSeries s) {
    return intersect(s.period().orElse(program.period()), program.period());
  }

  /**
   * The occurrences an outreach series asks for: its cadence expanded over its period with
   * the program's calendar and holidays, on the days of its season.
   *
   * @param program a program
   * @param s one of its outreach series
   * @return the occurrences, numbered from 1
   */
  static ImmutableList<Occurrence> occurrences(Program program, OutreachSeries s) {
    return CadenceExpander.expand(s.cadence(), seriesPeriod(program, s),
        program.academicCalendar(), program.holidays().orElse(HolidayCalendar.none("none")),
        s.season().orElse(Season.allYear()));
  }

  /**
   * @param series an outreach series
   * @param occurrence one of its occurrence numbers
   * @return the id of the occurrence's demand and planned event
   */
  static String seriesDemandId(SeriesId series, int occurrence) {
    return series.value() + "#" + occurrence;
  }

  /** The whole days of travel before and after a placed demand, in the grid's zone. */
  private static List<TimeSpan> travel(TimeSpan when, Demand d) {
    List<TimeSpan> out = new ArrayList<>();
    LocalDate first = when.start().toLocalDate();
    LocalDate last = when.end().toLocalDate();
    if (d.travelDaysBefore() > 0) {
      out.add(TimeSpan.of(first.minusDays(d.travelDaysBefore()).atStartOfDay(),
          first.atStartOfDay(), when.zone()));
    }
    if (d.travelDaysAfter() > 0) {
      out.add(TimeSpan.of(last.plusDays(1).atStartOfDay(),
          last.plusDays(1L + d.travelDaysAfter()).atStartOfDay(), when.zone()));
    }
    return out;
  }

  /** When a placed demand takes place: a whole-day block ends with its last grain's end. */
  private static TimeSpan span(TimeGrid grid, Demand d, Placement p) {
    int n = Math.min(d.durationGrains(), grid.size() - p.startGrain());
    if (!d.wholeDays()) {
      return grid.span(p.startGrain(), n);
    }
    LocalDateTime end = grid.grainStarts().get(p.startGrain() + n - 1).plus(grid.grainLength());
    return TimeSpan.of(grid.grainStarts().get(p.startGrain()), end, grid.zone());
  }

  /**
   * The scheduling problem a program maps to, for apps that solve or score it themselves.
   *
   * @param program the program
   * @param people its people
   * @return the problem
   * @throws InvalidInputException when a person the program names is not in the directory
   */
  public SchedulingProblem toProblem(Program program, DirectoryView people) {
    return new Mapping(program, people).problem;
  }

  /** Where a demand comes from. */
  private static final class Source {
    final PlannedEvent.Kind kind;
    final String id;
    final ImmutableList<PersonId> attendees;

    Source(PlannedEvent.Kind kind, String id, List<PersonId> attendees) {
      this.kind = kind;
      this.id = id;
      this.attendees = ImmutableList.copyOf(attendees);
    }
  }

  private final class Mapping {
    final Map<String, Source> sources = new LinkedHashMap<>();
    /** Occurrences of outreach series that cannot be planned, each as a conflict. */
    final List<Conflict> unplaced = new ArrayList<>();
    final SchedulingProblem problem;
    private final Program program;
    private final TimeGrid grid;
    private final DayShape programShape;
    private final Map<LocalDateTime, Integer> grainAt = new HashMap<>();

    Mapping(Program program, DirectoryView directory) {
      this.program = program;
      this.programShape = program.dayShape().orElse(defaultShape());
      this.grid = gridFor(program, programShape);
      for (int g = 0; g < grid.size(); g++) {
        grainAt.put(grid.grainStarts().get(g), g);
      }
      SchedulingProblem.Builder b = SchedulingProblem.builder()
          .name(program.id().value()).grid(grid);
      program.holidays().ifPresent(b::holidays);
      for (Venue v : program.venues()) {
        b.addLocation(Location.builder().id(v.id().value()).name(v.name()).capacity(v.capacity())
            .site(v.city() + ", " + v.country()).build());
      }
      boolean anyVenue = !program.venues().isEmpty();
      List<Problem> missing = new ArrayList<>();
      for (PersonId id : program.referencedPeople()) {
        Optional<Person> person = directory.person(id);
        if (person.isEmpty()) {
          missing.add(Problem.at("people[" + id.value() + "]", "person '" + id.value()
              + "' named by program " + program.id().value() + " is not in the directory"));
          continue;
        }
        // people who state no hours of their own (office hours by default) work the program's
        WorkingHours hours = person.get().workingHours();
        if (program.dayShape().isPresent()
            && hours.equals(WorkingHours.officeHours(person.get().homeZone()))) {
          hours = program.dayShape().get().asWorkingHours(person.get().homeZone());
        }
        Participant.Builder pb = Participant.builder().id(id.value())
            .name(person.get().fullName()).workingHours(hours);
        b.addParticipant(pb.build());
      }
      if (!missing.isEmpty()) {
        throw new InvalidInputException(missing);
      }
      for (Edition e : program.editions()) {
        for (int mi = 0; mi < e.modules().size(); mi++) {
          Module mod = e.modules().get(mi);
          Set<PersonId> enrolled = new LinkedHashSet<>();
          for (Enrollment en : e.expectedAt(mod, Expectation.PLANNING)) {
            enrolled.add(en.person());
          }
          Map<EventId, ImmutableSet<EventId>> order = mod.sessionOrder();
          // a session held as groups is one demand per group; what follows it follows them all
          Map<EventId, List<String>> demandIds = new HashMap<>();
          for (Session s : mod.sessions()) {
            demandIds.put(s.id(), s.groups().isEmpty() ? List.of(s.id().value())
                : s.groups().stream().map(g -> groupId(s, g)).toList());
          }
          for (Session s : mod.sessions()) {
            Set<String> after = new LinkedHashSet<>();
            order.getOrDefault(s.id(), ImmutableSet.of())
                .forEach(x -> after.addAll(demandIds.getOrDefault(x, List.of(x.value()))));
            session(e, mi, mod, s, after, enrolled, anyVenue).forEach(b::addDemand);
          }
        }
      }
      for (MentorPairing p : program.pairings()) {
        List<PersonId> who = List.of(p.mentor(), p.mentee());
        cadence(b, "pairing " + p.id().value(), p.id().value(), PlannedEvent.Kind.MENTORING,
            p.cadence(), p.period(), who, List.of(), p.meetings(), meetingLength, false);
      }
      for (LearningCircle c : program.circles()) {
        List<PersonId> who = new ArrayList<>(c.participants());
        List<PersonId> invited = c.invitedExperts().stream().filter(x -> !who.contains(x))
            .toList();
        cadence(b, "circle " + c.name(), c.id().value(), PlannedEvent.Kind.CIRCLE, c.cadence(),
            c.period(), who, invited, c.meetings(), circleLength, anyVenue);
      }
      visits(b);
      Set<String> communities = new LinkedHashSet<>();
      Map<String, Integer> journeys = new LinkedHashMap<>();
      for (OutreachMeeting o : program.outreachMeetings()) {
        String site = community(b, communities, journeys, o.community(), o.country(),
            o.travelFromBase());
        Demand visit = timed(o.id().value(), "outreach visit to " + o.community(), o.when(),
            o.window(), o.leaders(), site, List.of());
        // a visit of a series whose time is open keeps to the days its community is reachable
        Optional<OutreachSeries> of = o.series().flatMap(program::outreachSeries);
        if (o.window().isPresent() && of.isPresent()) {
          visit = Demand.builder().from(visit).addAllClosedDays(o.window().get().days()
              .filter(day -> !of.get().reachable(day)).toList()).build();
        }
        b.addDemand(visit);
        sources.put(o.id().value(), new Source(PlannedEvent.Kind.OUTREACH, o.id().value(),
            List.copyOf(o.leaders())));
      }
      for (OutreachSeries s : program.outreachSeries()) {
        series(b, s, community(b, communities, journeys, s.community(), s.country(),
            s.travelFromBase()));
      }
      // a community's journey separates its visit from the leaders' events at every venue
      Set<String> bases = new LinkedHashSet<>();
      program.venues().forEach(v -> bases.add(v.city() + ", " + v.country()));
      journeys.forEach((community, g) -> bases.forEach(base -> b.addTravelTimes(
          Travel.of(community, base, g))));
      for (ReflectionMeeting r : program.reflectionMeetings()) {
        List<PersonId> who = new ArrayList<>();
        r.participants().forEach(x -> x.person().filter(y -> !who.contains(y))
            .ifPresent(who::add));
        String where = r.venue().map(VenueId::value).orElse("");
        // every sector with a known representative: at least one free (hard), all if they can
        Map<String, List<String>> bySector = new LinkedHashMap<>();
        r.participants().forEach(x -> x.person().ifPresent(y -> bySector.computeIfAbsent(
            x.sector().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            k -> new ArrayList<>()).add(y.value())));
        List<Quorum> quorums = new ArrayList<>();
        bySector.forEach((sector, reps) -> quorums.add(Quorum.builder().name(sector)
            .addAllMembers(reps).build()));
        b.addDemand(timed(r.id().value(), "reflection meeting of " + r.sectors().size()
            + " sectors", r.when(), r.window(), List.of(), where, quorums));
        sources.put(r.id().value(), new Source(PlannedEvent.Kind.REFLECTION, r.id().value(),
            who));
      }
      this.problem = b.build();
    }

    /**
     * Exchange visits as blocks of whole days at their host: pinned to their period unless
     * they have a window; a host with a stated capacity is a shared location (its visits may
     * overlap while together they bring at most that many visitors), a host without one takes
     * one visit at a time; the visitors' other events must not overlap the visit or its travel
     * days, which may lie outside the window but not outside the program's period (the grid);
     * the days any of a host's visits says it is closed are closed to all of them.
     */
    private void visits(SchedulingProblem.Builder b) {
      Map<String, Integer> hostCapacity = new LinkedHashMap<>();
      for (ExchangeVisit v : program.exchangeVisits()) {
        int cap = v.hostCapacity().orElse(Integer.MAX_VALUE);
        hostCapacity.merge("host " + v.host().value(), cap, Math::min);
      }
      hostCapacity.forEach((host, cap) -> b.addLocation(Location.builder().id(host).name(host)
          .capacity(cap).shared(cap < Integer.MAX_VALUE).site(host).build()));
      // a host is closed on a day of the program when any of its visits' availability says so
      Map<String, java.util.SortedSet<LocalDate>> closed = new LinkedHashMap<>();
      for (ExchangeVisit v : program.exchangeVisits()) {
        java.util.SortedSet<LocalDate> days = closed.computeIfAbsent("host " + v.host().value(),
            k -> new java.util.TreeSet<>());
        v.hostAvailability().ifPresent(a -> program.period().days().filter(x -> !a.admits(x))
            .forEach(days::add));
      }
      for (ExchangeVisit v : program.exchangeVisits()) {
        String host = "host " + v.host().value();
        int perDay = grainsPerDay(v.period().start());
        Demand.Builder d = Demand.builder().id(v.id().value())
            .label(v.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " to " + v.city())
            .durationGrains(Math.max(1, perDay * (int) v.period().lengthInDays()))
            .requiredAttendees(v.visitors().stream().map(PersonId::value).toList())
            .addAllowedLocation(host).wholeDays(true).attendanceZone(program.zone())
            .travelDaysBefore(v.travelDays()).travelDaysAfter(v.travelDays())
            .closedDays(requireNonNull(closed.get(host)))
            .window(v.window().orElse(v.period()));
        if (v.window().isEmpty()) {
          firstGrainOf(v.period().start()).ifPresent(g -> d.pinned(Placement.of(g, host))
              .agreed(true));
        }
        b.addDemand(d.build());
        sources.put(v.id().value(), new Source(PlannedEvent.Kind.VISIT, v.id().value(),
            List.copyOf(v.visitors())));
      }
    }

    /**
     * The location of a community that outreach visits go to, one however many visits or
     * series it gets, and its journey from the base, the longest any of them states.
     *
     * @return the location's id
     */
    private String community(SchedulingProblem.Builder b, Set<String> communities,
        Map<String, Integer> journeys, String community, String country,
        Optional<Duration> travelFromBase) {
      String site = "community " + community;
      if (communities.add(site)) {
        b.addLocation(Location.builder().id(site).name(community)
            .capacity(Integer.MAX_VALUE).site(community + ", " + country).build());
      }
      travelFromBase.ifPresent(t -> journeys.merge(community + ", " + country, grains(t),
          Math::max));
      return site;
    }

    /**
     * An outreach series' occurrences as outreach visits, each built as a windowed visit
     * ({@link #timed}) with the occurrence's window and its unreachable days closed; those a
     * visit of the program already stands for are left out, those without a reachable day are
     * reported as conflicts instead of planned.
     */
    private void series(SchedulingProblem.Builder b, OutreachSeries s, String site) {
      Set<Integer> held = new HashSet<>();
      program.outreachMeetings().stream().filter(o -> o.series().equals(Optional.of(s.id())))
          .forEach(o -> o.occurrence().ifPresent(held::add));
      DateRange period = seriesPeriod(program, s);
      LocalTime start = s.preferredStart().orElse(programShape.dayStart());
      Demand template = timed(s.id().value(), "outreach visit to " + s.community(),
          TimeSpan.starting(period.start().atTime(start), s.length(), program.zone()),
          Optional.of(period), s.leaders(), site, List.of());
      if (s.preferredStart().isPresent()) {
        template = Demand.builder().from(template).preferredEarliestStart(start)
            .preferredLatestEnd(start.plus(s.length())).build();
      }
      for (Occurrence o : occurrences(program, s)) {
        if (held.contains(o.number())) {
          continue;
        }
        String id = seriesDemandId(s.id(), o.number());
        if (!o.reachable()) {
          unplaced.add(Conflict.builder().addDemands(id)
              .rules(ImmutableSet.of("window", "closed-days"))
              .message("outreach series '" + s.id() + "' occurrence " + o.number()
                  + " has no day the community " + s.community() + " can be reached between "
                  + o.window().start() + " and " + o.window().end()
                  + s.season().map(x -> " (reachable " + x + ")").orElse(""))
              .build());
          continue;
        }
        Demand d = Demand.builder().from(o.toDemand(template)).id(id)
            .label("outreach visit to " + s.community() + ", " + o.period() + ", visit "
                + o.number() + " of series " + s.id())
            .build();
        b.addDemand(d);
        sources.put(id, new Source(PlannedEvent.Kind.OUTREACH, s.id().value(),
            List.copyOf(s.leaders())));
      }
    }

    /** A one-off event with a proposed time: pinned there unless it has a window. */
    private Demand timed(String id, String label, TimeSpan proposed, Optional<DateRange> window,
        java.util.Collection<PersonId> who, String location, List<Quorum> quorums) {
      boolean online = location.isEmpty();
      Demand.Builder d = Demand.builder().id(id).label(label).addAllQuorums(quorums)
          .durationGrains(grains(proposed.duration()))
          .requiredAttendees(who.stream().map(PersonId::value).toList()).online(online)
          .addDayShapes(programShape)
          .window(window.orElse(DateRange.day(proposed.in(program.zone()).day())));
      if (!online) {
        d.addAllowedLocation(location).attendanceZone(program.zone());
      }
      if (window.isEmpty()) {
        grainOf(proposed).ifPresent(g -> d.pinned(online ? Placement.online(g)
            : Placement.of(g, location)).agreed(true));
      }
      return d.build();
    }

    /** The program's venues: where in-person events without a venue of their own may go. */
    private List<String> venueIds() {
      return program.venues().stream().map(v -> v.id().value()).toList();
    }

    private int grainsPerDay(LocalDate day) {
      int n = 0;
      for (LocalDateTime t : grid.grainStarts()) {
        if (t.toLocalDate().equals(day)) {
          n++;
        }
      }
      return n;
    }

    private Optional<Integer> firstGrainOf(LocalDate day) {
      for (int g = 0; g < grid.size(); g++) {
        if (grid.grainStarts().get(g).toLocalDate().equals(day)) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }

    /**
     * A session's demands: one, or one per group held at the same time (a parallel group), with
     * the session's own facilitators, speakers and the module's facilitators in the first and
     * the participants no group names shared out evenly in enrolment order.
     */
    private List<Demand> session(Edition e, int moduleIndex, Module mod, Session s,
        Set<String> after, Set<PersonId> enrolled, boolean anyVenue) {
      Set<PersonId> leaders = new LinkedHashSet<>();
      leaders.addAll(s.facilitators());
      leaders.addAll(s.speakers());
      leaders.addAll(mod.facilitators());
      if (s.groups().isEmpty()) {
        return List.of(sessionDemand(e, moduleIndex, mod, s, s.id().value(), "", leaders,
            enrolled, s.venue(), after, anyVenue, Optional.empty()));
      }
      int n = s.groups().size();
      List<Set<PersonId>> members = new ArrayList<>();
      Set<PersonId> named = new java.util.HashSet<>();
      for (SessionGroup g : s.groups()) {
        members.add(new LinkedHashSet<>(g.participants()));
        named.addAll(g.participants());
        named.addAll(g.facilitators());
      }
      named.addAll(leaders);
      int next = 0;
      for (PersonId p : enrolled) {
        if (!named.contains(p)) {
          // to the smallest group, the earliest of equals: even sizes in enrolment order
          int to = next;
          for (int k = 0; k < n; k++) {
            if (members.get(k).size() < members.get(to).size()) {
              to = k;
            }
          }
          members.get(to).add(p);
          next = (to + 1) % n;
        }
      }
      List<Demand> out = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        SessionGroup g = s.groups().get(k);
        Set<PersonId> lead = new LinkedHashSet<>(g.facilitators());
        if (k == 0) {
          lead.addAll(leaders);
        }
        out.add(sessionDemand(e, moduleIndex, mod, s, groupId(s, g), ", group " + g.name(),
            lead, members.get(k), g.venue().or(s::venue), after, anyVenue,
            Optional.of("session " + s.id().value())));
      }
      return out;
    }

    private Demand sessionDemand(Edition e, int moduleIndex, Module mod, Session s, String id,
        String groupLabel, Set<PersonId> leaders, Set<PersonId> participants,
        Optional<VenueId> venue, Set<String> after, boolean anyVenue,
        Optional<String> parallel) {
      Set<PersonId> required = new LinkedHashSet<>(leaders);
      List<PersonId> preferred = new ArrayList<>();
      if (s.required()) {
        required.addAll(participants);
      } else {
        participants.stream().filter(x -> !required.contains(x)).forEach(preferred::add);
      }
      boolean online = s.mode() == DeliveryMode.ONLINE || !anyVenue;
      Demand.Builder d = Demand.builder().id(id)
          .label(s.title().toString() + groupLabel + " (" + mod.title() + ")")
          .durationGrains(grains(s.duration().isZero() ? Duration.ofHours(1) : s.duration()))
          .requiredAttendees(required.stream().map(PersonId::value).toList())
          .preferredAttendees(preferred.stream().map(PersonId::value).toList()).online(online)
          .window(intersect(mod.window(), e.period()))
          .addDayShapes(mod.dayShape().orElse(programShape)).parallelGroup(parallel);
      venue.flatMap(program::venue).flatMap(Venue::dayShape).ifPresent(x -> d.addDayShapes(x));
      if (!online) {
        d.allowedLocations(venue.map(v -> List.of(v.value())).orElse(venueIds()));
        d.attendanceZone(venue.flatMap(program::venue).map(Venue::zone)
            .orElse(program.zone()));
      }
      if (e.moduleOrderRequired()) {
        d.sequenceGroup("edition " + e.id().value()).sequenceOrder(moduleIndex);
      }
      d.after(after);
      s.when().flatMap(this::grainOf).ifPresent(g -> {
        if (online) {
          d.pinned(Placement.online(g)).agreed(true);
        } else if (venue.isPresent()) {
          d.pinned(Placement.of(g, venue.get().value())).agreed(true);
        }
      });
      List<PersonId> attendees = new ArrayList<>(required);
      sources.put(id, new Source(PlannedEvent.Kind.SESSION, s.id().value(), attendees));
      return d.build();
    }

    private void cadence(SchedulingProblem.Builder b, String label, String sourceId,
        PlannedEvent.Kind kind, org.civiclab.core.time.Cadence cadence, DateRange period,
        List<PersonId> who, List<PersonId> invited, List<Meeting> held, Duration length,
        boolean inPerson) {
      DateRange clipped = intersect(period, program.period());
      HolidayCalendar holidays = program.holidays().orElse(HolidayCalendar.none("none"));
      Demand template = Demand.builder().id(sourceId).label(label)
          .durationGrains(grains(length))
          .requiredAttendees(who.stream().map(PersonId::value).toList())
          .preferredAttendees(invited.stream().map(PersonId::value).toList())
          .online(!inPerson).addDayShapes(programShape).build();
      if (inPerson) {
        template = Demand.builder().from(template).attendanceZone(program.zone())
            .allowedLocations(venueIds()).build();
      }
      for (Meeting m : held) {
        if (m.status() == MeetingStatus.CANCELLED) {
          continue;
        }
        // a meeting already agreed or held stays where it is, and counts for its window
        TimeSpan when = m.when().in(program.zone());
        Optional<Integer> grainAt = grainOf(m.when());
        boolean online = m.venue().isEmpty() || m.mode() == DeliveryMode.ONLINE
            || program.venue(m.venue().get()).isEmpty();
        Demand.Builder d = Demand.builder().from(template)
            .id(sourceId + "@" + m.id().value()).label(label + ", meeting of " + when.day())
            .durationGrains(grains(when.duration())).online(online).allowedLocations(List.of())
            .window(DateRange.day(when.day()));
        if (!online) {
          d.addAllowedLocation(m.venue().get().value()).attendanceZone(
              program.venue(m.venue().get()).map(Venue::zone).orElse(program.zone()));
        } else {
          d.attendanceZone(Optional.empty());
        }
        grainAt.ifPresent(g -> d.pinned(online ? Placement.online(g)
            : Placement.of(g, m.venue().get().value())).agreed(true));
        Demand demand = d.build();
        b.addDemand(demand);
        sources.put(demand.id(), new Source(kind, sourceId, who));
      }
      for (Occurrence o : CadenceExpander.expand(cadence, clipped, program.academicCalendar(),
          holidays)) {
        boolean met = held.stream().anyMatch(m -> m.status() != MeetingStatus.CANCELLED
            && o.window().contains(m.when().in(program.zone()).day()));
        if (!met) {
          Demand d = o.toDemand(template);
          b.addDemand(d);
          sources.put(d.id(), new Source(kind, sourceId, who));
        }
      }
    }

    private Optional<Integer> grainOf(TimeSpan when) {
      return Optional.ofNullable(grainAt.get(when.in(program.zone()).start()));
    }

    private int grains(Duration length) {
      long g = grid.grainLength().toMinutes();
      long n = (length.toMinutes() + g - 1) / g;
      return (int) Math.max(1, n);
    }
  }

  /**
   * The grid of a program: grains fine enough that every agreed time lies exactly on it (the
   * greatest common divisor of the granularity and every agreed start and end), covering each
   * day's hours and every agreed time, with new events starting on the granularity.
   */
  private TimeGrid gridFor(Program program, DayShape programShape) {
    List<TimeSpan> agreed = agreedTimes(program);
    List<DayShape> shapes = new ArrayList<>(List.of(programShape));
    program.editions().forEach(e -> e.modules().forEach(m -> m.dayShape().ifPresent(shapes::add)));
    program.venues().forEach(v -> v.dayShape().ifPresent(shapes::add));
    long step = grain.toMinutes();
    long fine = step;
    LocalTime first = programShape.dayStart();
    LocalTime last = programShape.dayEnd();
    for (DayShape shape : shapes) {
      fine = gcd(gcd(fine, minuteOfDay(shape.dayStart())), minuteOfDay(shape.dayEnd()));
      for (DailyBreak br : shape.breaks()) {
        fine = gcd(gcd(fine, minuteOfDay(br.start())), minuteOfDay(br.end()));
      }
      first = shape.dayStart().isBefore(first) ? shape.dayStart() : first;
      last = shape.dayEnd().isAfter(last) ? shape.dayEnd() : last;
    }
    LocalTime from = first;
    LocalTime to = last;
    for (TimeSpan t : agreed) {
      fine = gcd(gcd(fine, minuteOfDay(t.start().toLocalTime())),
          minuteOfDay(t.end().toLocalTime()));
    }
    Duration length = Duration.ofMinutes(Math.max(1, fine));
    java.util.TreeSet<LocalDateTime> starts = new java.util.TreeSet<>();
    program.period().days().forEach(day -> {
      LocalDateTime end = day.atTime(to);
      for (LocalDateTime t = day.atTime(from); !t.plus(length).isAfter(end);
          t = t.plus(length)) {
        starts.add(t);
      }
    });
    for (TimeSpan t : agreed) {
      for (LocalDateTime g = t.start(); g.isBefore(t.end()); g = g.plus(length)) {
        starts.add(g);
      }
    }
    TimeGrid.Builder b = TimeGrid.builder().zone(program.zone()).grainLength(length)
        .grainStarts(starts);
    if (length.compareTo(grain) < 0) {
      b.startStep(grain);
    }
    return b.build();
  }

  /** Every agreed time of a program, in its zone: timed sessions and held or agreed meetings. */
  private static List<TimeSpan> agreedTimes(Program program) {
    List<TimeSpan> out = new ArrayList<>();
    for (Edition e : program.editions()) {
      for (Module mod : e.modules()) {
        for (Session s : mod.sessions()) {
          s.when().ifPresent(w -> out.add(w.in(program.zone())));
        }
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    program.pairings().forEach(p -> meetings.addAll(p.meetings()));
    program.circles().forEach(c -> meetings.addAll(c.meetings()));
    for (Meeting m : meetings) {
      if (m.status() != MeetingStatus.CANCELLED) {
        out.add(m.when().in(program.zone()));
      }
    }
    program.outreachMeetings().stream().filter(o -> o.window().isEmpty())
        .forEach(o -> out.add(o.when().in(program.zone())));
    program.reflectionMeetings().stream().filter(r -> r.window().isEmpty())
        .forEach(r -> out.add(r.when().in(program.zone())));
    return out;
  }

  /** The day of the builder: its hours every day of the week, or the shape it was given. */
  private DayShape defaultShape() {
    return shape != null ? shape : DayShape.of(dayStart, dayEnd,
        java.util.EnumSet.allOf(java.time.DayOfWeek.class));
  }

  private static long minuteOfDay(LocalTime t) {
    return t.toSecondOfDay() / 60;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static DateRange intersect(DateRange a, DateRange b) {
    LocalDate s = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate e = a.end().isBefore(b.end()) ? a.end() : b.end();
    return e.isBefore(s) ? a : DateRange.of(s, e);
  }

  /** Configures a {@link ProgramScheduler}. */
  public static final class Builder {
    private Duration grain = Duration.ofMinutes(30);
    private LocalTime dayStart = LocalTime.of(8, 0);
    private LocalTime dayEnd = LocalTime.of(18, 0);
    private @org.jspecify.annotations.Nullable DayShape shape;
    private Duration meetingLength = Duration.ofHours(1);
    private Duration circleLength = Duration.ofMinutes(90);
    private Scheduler scheduler = Scheduler.builder().stepLimit(200_000).build();

    private Builder() {}

    /**
     * The granularity at which the solver starts events whose time is open. Agreed times keep
     * their exact minute whatever the granularity: the grid's grains are then finer, and new
     * events still start on the granularity (counted from midnight).
     *
     * @param grain 5, 10, 15, 30 or 60 minutes (any whole number of minutes dividing a day)
     * @return this builder
     * @throws InvalidInputException when it is not a whole number of minutes dividing a day
     */
    public Builder grain(Duration grain) {
      long m = grain.toMinutes();
      if (m < 1 || !grain.equals(Duration.ofMinutes(m)) || (24 * 60) % m != 0) {
        throw new InvalidInputException(List.of(Problem.at("grain", "granularity " + grain
            + " must be a whole number of minutes dividing a day, such as 5, 10, 15, 30 or 60")));
      }
      this.grain = grain;
      return this;
    }

    /**
     * @param from the first grain's start each day, in the program's zone
     * @param to the last grain's end each day
     * @return this builder
     */
    public Builder day(LocalTime from, LocalTime to) {
      this.dayStart = from;
      this.dayEnd = to;
      return this;
    }

    /**
     * The day of programs that do not state their own ({@link Program#dayShape()}): working
     * days, hours and breaks. Replaces {@link #day(LocalTime, LocalTime)}.
     *
     * @param shape the default day shape
     * @return this builder
     */
    public Builder dayShape(DayShape shape) {
      this.shape = shape;
      return this;
    }

    /**
     * @param mentoring the length of a mentoring meeting
     * @param circle the length of a learning-circle meeting
     * @return this builder
     */
    public Builder meetingLengths(Duration mentoring, Duration circle) {
      this.meetingLength = mentoring;
      this.circleLength = circle;
      return this;
    }

    /**
     * @param scheduler the solver and rules to use
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    /** @return the program scheduler */
    public ProgramScheduler build() {
      return new ProgramScheduler(this);
    }
  }
}
