package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Quorum;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.Travel;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;

/**
 * A problem compiled to dense integer indexes, as rules and the solver see it.
 *
 * <p>Demands, grains, locations and participants are numbered in the problem's order. Rules
 * receive this index when they are bound and refer to demands and locations by number; location
 * {@code -1} means online. Built once per solve; immutable and safe to share.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ProblemIndex implements ProblemView {
  final SchedulingProblem problem;
  final int demandCount;
  final int grainCount;
  final int locationCount;
  final int participantCount;
  final int maxDuration;
  final int[] duration;
  final int[][] required;
  final int[][] preferred;
  final int[][] attendees;
  final int[] need;
  final boolean[] online;
  final boolean[] agreed;
  final int[][] allowedLocations;
  final int[] pinnedStart;
  final int[] pinnedLocation;
  final int[] windowFirst;
  final int[] windowLast;
  final int[] dayIndex;
  final int[] runEnd;
  /** Per day number of the grid: its date, first grain and last grain. */
  final LocalDate[] dayDate;
  final int[] dayFirst;
  final int[] dayLast;
  /** Per demand, its travel days before and after ({@link Demand#travelDaysBefore()}). */
  final int[] travelBefore;
  final int[] travelAfter;
  /** Per demand, the grains on its closed days, or null when it has none. */
  final BitSet[] closed;
  final int[] capacity;
  final boolean[] shared;
  final int[] site;
  final int[][] travel;
  final boolean hasTravel;
  final int[][] demandsOf;
  final int[][] requiredDemandsOf;
  final BitSet[] offHours;
  /** Per attendance zone, per participant: grains outside their hours read in that zone. */
  final BitSet[][] offHoursIn;
  /** Per demand, the index of its attendance zone in {@link #offHoursIn}, or -1. */
  final int[] attendanceZone;
  final BitSet[] daysOff;
  final BitSet commonDaysOff;
  final int[] sequenceGroup;
  final int[][] sequenceMembers;
  /** Per demand, the demands it names in {@code after()}: they end before it starts. */
  final int[][] predecessors;
  /** Per demand, the demands that name it in {@code after()}. */
  final int[][] successors;
  final int[] previousStart;
  final int[] previousLocation;
  /** Per demand and quorum, the members who are not required attendees of the demand. */
  final int[][][] quorumMembers;
  /** Per demand and quorum, how many of {@link #quorumMembers} must be free. */
  final int[][] quorumNeed;
  /** Per demand, the other demands of its parallel group; empty when it has none. */
  final int[][] parallelMates;
  /** Per demand, its parallel group's number, or -1. */
  final int[] parallelGroup;
  /** Per parallel group, its demands. */
  final int[][] parallelMembers;
  /** Per participant, the demands whose quorums count them. */
  final int[][] quorumDemandsOf;
  private final Map<String, Integer> demandIds = new HashMap<>();
  private final Map<String, Integer> locationIds = new HashMap<>();
  private final Map<String, Integer> participantIds = new HashMap<>();

  private ProblemIndex(SchedulingProblem p) {
    this.problem = p;
    TimeGrid grid = p.grid();
    demandCount = p.demands().size();
    grainCount = grid.size();
    locationCount = p.locations().size();
    participantCount = p.participants().size();
    for (int i = 0; i < demandCount; i++) {
      demandIds.put(p.demands().get(i).id(), i);
    }
    for (int i = 0; i < locationCount; i++) {
      locationIds.put(p.locations().get(i).id(), i);
    }
    for (int i = 0; i < participantCount; i++) {
      participantIds.put(p.participants().get(i).id(), i);
    }
    // grid: day numbers and contiguous runs within a day
    dayIndex = new int[grainCount];
    runEnd = new int[grainCount];
    int day = 0;
    for (int g = 1; g < grainCount; g++) {
      if (!grid.dayOf(g).equals(grid.dayOf(g - 1))) {
        day++;
      }
      dayIndex[g] = day;
    }
    dayDate = new LocalDate[grainCount == 0 ? 0 : day + 1];
    dayFirst = new int[dayDate.length];
    dayLast = new int[dayDate.length];
    for (int g = grainCount - 1; g >= 0; g--) {
      dayDate[dayIndex[g]] = grid.dayOf(g);
      dayFirst[dayIndex[g]] = g;
    }
    for (int g = 0; g < grainCount; g++) {
      dayLast[dayIndex[g]] = g;
    }
    runEnd[grainCount - 1] = grainCount - 1;
    for (int g = grainCount - 2; g >= 0; g--) {
      boolean joined = dayIndex[g + 1] == dayIndex[g]
          && grid.grainStarts().get(g).plus(grid.grainLength())
              .equals(grid.grainStarts().get(g + 1));
      runEnd[g] = joined ? runEnd[g + 1] : g;
    }
    // locations and travel
    capacity = new int[locationCount];
    shared = new boolean[locationCount];
    site = new int[locationCount];
    Map<String, Integer> sites = new HashMap<>();
    for (int l = 0; l < locationCount; l++) {
      Location loc = p.locations().get(l);
      capacity[l] = loc.capacity();
      shared[l] = loc.shared();
      site[l] = sites.computeIfAbsent(loc.site(), s -> sites.size());
    }
    for (Travel t : p.travelTimes()) {
      sites.computeIfAbsent(t.from(), s -> sites.size());
      sites.computeIfAbsent(t.to(), s -> sites.size());
    }
    travel = new int[sites.size()][sites.size()];
    boolean anyTravel = false;
    for (Travel t : p.travelTimes()) {
      int a = requireNonNull(sites.get(t.from()));
      int b = requireNonNull(sites.get(t.to()));
      travel[a][b] = Math.max(travel[a][b], t.grains());
      travel[b][a] = travel[a][b];
      anyTravel |= t.grains() > 0 && a != b;
    }
    hasTravel = anyTravel;
    // demands
    duration = new int[demandCount];
    required = new int[demandCount][];
    preferred = new int[demandCount][];
    attendees = new int[demandCount][];
    need = new int[demandCount];
    online = new boolean[demandCount];
    agreed = new boolean[demandCount];
    allowedLocations = new int[demandCount][];
    pinnedStart = new int[demandCount];
    pinnedLocation = new int[demandCount];
    windowFirst = new int[demandCount];
    windowLast = new int[demandCount];
    previousStart = new int[demandCount];
    previousLocation = new int[demandCount];
    sequenceGroup = new int[demandCount];
    Map<String, Integer> groups = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<List<Integer>> byPerson = new ArrayList<>();
    List<List<Integer>> reqByPerson = new ArrayList<>();
    for (int i = 0; i < participantCount; i++) {
      byPerson.add(new ArrayList<>());
      reqByPerson.add(new ArrayList<>());
    }
    int maxDur = 1;
    for (int d = 0; d < demandCount; d++) {
      Demand dm = p.demands().get(d);
      duration[d] = dm.durationGrains();
      maxDur = Math.max(maxDur, duration[d]);
      required[d] = dm.requiredAttendees().stream().mapToInt(participantIds::get).toArray();
      preferred[d] = dm.preferredAttendees().stream().mapToInt(participantIds::get).toArray();
      attendees[d] = new int[required[d].length + preferred[d].length];
      System.arraycopy(required[d], 0, attendees[d], 0, required[d].length);
      System.arraycopy(preferred[d], 0, attendees[d], required[d].length, preferred[d].length);
      for (int a : attendees[d]) {
        byPerson.get(a).add(d);
      }
      for (int a : required[d]) {
        reqByPerson.get(a).add(d);
      }
      need[d] = dm.capacityNeed();
      online[d] = dm.online();
      agreed[d] = dm.agreed();
      if (online[d]) {
        allowedLocations[d] = new int[0];
      } else if (dm.allowedLocations().isEmpty()) {
        allowedLocations[d] = java.util.stream.IntStream.range(0, locationCount).toArray();
      } else {
        allowedLocations[d] = dm.allowedLocations().stream().mapToInt(locationIds::get).sorted()
            .toArray();
      }
      pinnedStart[d] = dm.pinned().map(Placement::startGrain).orElse(-1);
      pinnedLocation[d] = dm.pinned().flatMap(Placement::location).map(locationIds::get)
          .orElse(-1);
      Placement prev = p.previousPlan().get(dm.id());
      previousStart[d] = prev == null ? -1 : prev.startGrain();
      previousLocation[d] = prev == null ? -1
          : prev.location().map(l -> locationIds.getOrDefault(l, -1)).orElse(-1);
      windowFirst[d] = 0;
      windowLast[d] = grainCount - 1;
      if (dm.window().isPresent()) {
        LocalDate from = dm.window().get().start();
        LocalDate to = dm.window().get().end();
        int first = grainCount;
        int last = -1;
        for (int g = 0; g < grainCount; g++) {
          LocalDate dd = grid.dayOf(g);
          if (!dd.isBefore(from) && !dd.isAfter(to)) {
            first = Math.min(first, g);
            last = g;
          }
        }
        windowFirst[d] = first;
        windowLast[d] = last;
      }
      if (dm.sequenceGroup().isPresent()) {
        int gi = groups.computeIfAbsent(dm.sequenceGroup().get(), k -> {
          members.add(new ArrayList<>());
          return groups.size();
        });
        sequenceGroup[d] = gi;
        members.get(gi).add(d);
      } else {
        sequenceGroup[d] = -1;
      }
    }
    maxDuration = maxDur;
    travelBefore = new int[demandCount];
    travelAfter = new int[demandCount];
    closed = new BitSet[demandCount];
    for (int d = 0; d < demandCount; d++) {
      Demand dm = p.demands().get(d);
      travelBefore[d] = dm.travelDaysBefore();
      travelAfter[d] = dm.travelDaysAfter();
      if (!dm.closedDays().isEmpty()) {
        BitSet off = new BitSet(grainCount);
        for (int g = 0; g < grainCount; g++) {
          off.set(g, dm.closedDays().contains(grid.dayOf(g)));
        }
        closed[d] = off;
      }
    }
    predecessors = new int[demandCount][];
    List<List<Integer>> next = new ArrayList<>();
    for (int d = 0; d < demandCount; d++) {
      next.add(new ArrayList<>());
    }
    for (int d = 0; d < demandCount; d++) {
      predecessors[d] = p.demands().get(d).after().stream().mapToInt(demandIds::get).toArray();
      for (int o : predecessors[d]) {
        next.get(o).add(d);
      }
    }
    successors = next.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    sequenceMembers = members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    parallelGroup = new int[demandCount];
    Map<String, Integer> parallelIds = new HashMap<>();
    List<List<Integer>> together = new ArrayList<>();
    for (int d = 0; d < demandCount; d++) {
      Optional<String> g = p.demands().get(d).parallelGroup();
      if (g.isPresent()) {
        int gi = parallelIds.computeIfAbsent(g.get(), k -> {
          together.add(new ArrayList<>());
          return parallelIds.size();
        });
        parallelGroup[d] = gi;
        together.get(gi).add(d);
      } else {
        parallelGroup[d] = -1;
      }
    }
    parallelMembers = together.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    parallelMates = new int[demandCount][];
    for (int d = 0; d < demandCount; d++) {
      final int self = d;
      parallelMates[d] = parallelGroup[d] < 0 ? new int[0]
          : java.util.Arrays.stream(parallelMembers[parallelGroup[d]]).filter(x -> x != self)
              .toArray();
    }
    quorumMembers = new int[demandCount][][];
    quorumNeed = new int[demandCount][];
    List<List<Integer>> inQuorum = new ArrayList<>();
    for (int i = 0; i < participantCount; i++) {
      inQuorum.add(new ArrayList<>());
    }
    for (int d = 0; d < demandCount; d++) {
      List<Quorum> qs = p.demands().get(d).quorums();
      Set<Integer> req = new HashSet<>();
      for (int a : required[d]) {
        req.add(a);
      }
      quorumMembers[d] = new int[qs.size()][];
      quorumNeed[d] = new int[qs.size()];
      for (int q = 0; q < qs.size(); q++) {
        int[] ms = qs.get(q).members().stream().mapToInt(participantIds::get)
            .filter(m -> !req.contains(m)).toArray();
        quorumMembers[d][q] = ms;
        // a required member is there anyway (or the attendee rules say why not)
        quorumNeed[d][q] = Math.max(0, qs.get(q).atLeast()
            - (qs.get(q).members().size() - ms.length));
        for (int m : ms) {
          List<Integer> of = inQuorum.get(m);
          if (of.isEmpty() || of.get(of.size() - 1) != d) {
            of.add(d);
          }
        }
      }
    }
    quorumDemandsOf = inQuorum.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    demandsOf = byPerson.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    requiredDemandsOf = reqByPerson.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    // availability, computed once per distinct working hours or holiday calendar
    offHours = new BitSet[participantCount];
    daysOff = new BitSet[participantCount];
    Map<WorkingHours, BitSet> hoursCache = new HashMap<>();
    Map<HolidayCalendar, BitSet> holidayCache = new HashMap<>();
    for (int i = 0; i < participantCount; i++) {
      Participant pa = p.participants().get(i);
      offHours[i] = pa.workingHours().map(w -> hoursCache.computeIfAbsent(w, this::offHoursOf))
          .orElse(null);
      daysOff[i] = pa.holidays().map(h -> holidayCache.computeIfAbsent(h, this::daysOffOf))
          .orElse(null);
    }
    commonDaysOff = p.holidays().map(this::daysOffOf).orElse(new BitSet());
    // in-person events read everyone's hours as the same wall-clock hours where they meet
    Map<java.time.ZoneId, Integer> zones = new HashMap<>();
    attendanceZone = new int[demandCount];
    for (int d = 0; d < demandCount; d++) {
      attendanceZone[d] = p.demands().get(d).attendanceZone()
          .map(z -> zones.computeIfAbsent(z, k -> zones.size())).orElse(-1);
    }
    offHoursIn = new BitSet[zones.size()][participantCount];
    zones.forEach((zone, zi) -> {
      for (int i = 0; i < participantCount; i++) {
        offHoursIn[zi][i] = p.participants().get(i).workingHours()
            .map(w -> hoursCache.computeIfAbsent(WorkingHours.builder().from(w).zone(zone)
                .build(), this::offHoursOf)).orElse(null);
      }
    });
  }

  /**
   * @param demand a demand's number
   * @param participant a participant's number
   * @return the grains outside the participant's working hours for this demand, or null
   */
  BitSet offHours(int demand, int participant) {
    return attendanceZone[demand] < 0 ? offHours[participant]
        : offHoursIn[attendanceZone[demand]][participant];
  }

  private BitSet offHoursOf(WorkingHours w) {
    BitSet off = new BitSet(grainCount);
    for (int g = 0; g < grainCount; g++) {
      if (!w.contains(problem.grid().span(g, 1))) {
        off.set(g);
      }
    }
    return off;
  }

  private BitSet daysOffOf(HolidayCalendar h) {
    BitSet off = new BitSet(grainCount);
    TimeGrid grid = problem.grid();
    for (int g = 0; g < grainCount; g++) {
      if (h.isHoliday(grid.dayOf(g))) {
        off.set(g);
      }
    }
    return off;
  }

  /**
   * Compiles a problem.
   *
   * @param problem the problem
   * @return its index
   */
  public static ProblemIndex of(SchedulingProblem problem) {
    return new ProblemIndex(problem);
  }

  /**
   * The index behind a view: the view itself when the solver built it, else a fresh index of
   * the view's problem (for a caller that binds a built-in rule to a view of its own).
   *
   * @param view a view of a problem
   * @return its index
   */
  public static ProblemIndex from(ProblemView view) {
    return view instanceof ProblemIndex ix ? ix : of(view.problem());
  }

  @Override
  public SchedulingProblem problem() {
    return problem;
  }

  @Override
  public int demandCount() {
    return demandCount;
  }

  @Override
  public int grainCount() {
    return grainCount;
  }

  @Override
  public int locationCount() {
    return locationCount;
  }

  @Override
  public Demand demand(int demand) {
    return problem.demands().get(demand);
  }

  @Override
  public Location location(int location) {
    return problem.locations().get(location);
  }

  @Override
  public int duration(int demand) {
    return duration[demand];
  }

  @Override
  public Optional<Integer> demandNumber(String id) {
    return Optional.ofNullable(demandIds.get(id));
  }

  @Override
  public Optional<Integer> locationNumber(String id) {
    return Optional.ofNullable(locationIds.get(id));
  }

  @Override
  public boolean fits(int demand, int start) {
    int last = start + duration[demand] - 1;
    return last < grainCount && runEnd[start] >= last;
  }

  @Override
  public boolean endsSameDay(int demand, int start) {
    int last = start + duration[demand] - 1;
    return last < grainCount && dayIndex[last] == dayIndex[start];
  }

  @Override
  public boolean insideWindow(int demand, int start) {
    return start >= windowFirst[demand] && start + duration[demand] - 1 <= windowLast[demand];
  }

  /**
   * The first grain a demand keeps its required attendees busy from: its start, or with travel
   * days the first grain on or after the date that many days before its first day.
   *
   * @param demand a demand's number
   * @param start its start grain
   * @return the first busy grain, never before grain 0
   */
  int busyFrom(int demand, int start) {
    if (travelBefore[demand] == 0 || start >= grainCount) {
      return start;
    }
    LocalDate from = dayDate[dayIndex[start]].minusDays(travelBefore[demand]);
    int k = dayIndex[start];
    while (k > 0 && !dayDate[k - 1].isBefore(from)) {
      k--;
    }
    return dayFirst[k];
  }

  /**
   * The grain after the last one a demand keeps its required attendees busy: its end, or with
   * travel days the end of the last grain on or before the date that many days after its last
   * day.
   *
   * @param demand a demand's number
   * @param start its start grain
   * @return the end of the busy grains (exclusive), never past {@code grainCount} when travel
   *     days are stated
   */
  int busyTo(int demand, int start) {
    int end = start + duration[demand];
    if (travelAfter[demand] == 0 || end - 1 >= grainCount) {
      return end;
    }
    LocalDate to = dayDate[dayIndex[end - 1]].plusDays(travelAfter[demand]);
    int k = dayIndex[end - 1];
    while (k + 1 < dayDate.length && !dayDate[k + 1].isAfter(to)) {
      k++;
    }
    return dayLast[k] + 1;
  }

  /**
   * Whether a demand's travel days lie within the grid's days.
   *
   * @param demand a demand's number
   * @param start its start grain
   * @return true when it has none or they all fall on or between the grid's first and last day
   */
  boolean travelFits(int demand, int start) {
    int end = start + duration[demand];
    if (dayDate.length == 0 || start >= grainCount || end - 1 >= grainCount) {
      return true;
    }
    LocalDate first = dayDate[0];
    LocalDate last = dayDate[dayDate.length - 1];
    return !dayDate[dayIndex[start]].minusDays(travelBefore[demand]).isBefore(first)
        && !dayDate[dayIndex[end - 1]].plusDays(travelAfter[demand]).isAfter(last);
  }

  /**
   * The grains of a demand placed at a start that fall on its closed days.
   *
   * @param demand a demand's number
   * @param start its start grain
   * @return the number of such grains
   */
  int closedGrains(int demand, int start) {
    BitSet off = closed[demand];
    if (off == null) {
      return 0;
    }
    return off.get(start, Math.min(start + duration[demand], grainCount)).cardinality();
  }

  /**
   * Counts required attendees who cannot be there at some grain of the demand.
   *
   * @param demand a demand's number
   * @param start a start grain
   * @param hours count absence outside working hours
   * @param holidays count absence on days off
   * @return the number of (attendee, grain) pairs unavailable, plus grains on common days off
   */
  int unavailable(int demand, int start, boolean hours, boolean holidays) {
    int end = Math.min(start + duration[demand], grainCount);
    int count = 0;
    for (int g = start; g < end; g++) {
      if (holidays && commonDaysOff.get(g)) {
        count++;
      }
      for (int a : required[demand]) {
        BitSet off = offHours(demand, a);
        if ((hours && off != null && off.get(g))
            || (holidays && daysOff[a] != null && daysOff[a].get(g))) {
          count++;
        }
      }
    }
    return count;
  }

  @Override
  public TimeSpan span(int demand, int start) {
    return problem.grid().span(start, Math.max(1, Math.min(duration[demand],
        grainCount - start)));
  }

  @Override
  public String describe(int demand, int start) {
    return "'" + demand(demand).label() + "' at " + span(demand, start);
  }

  @Override
  public String participantName(int participant) {
    return problem.participants().get(participant).name();
  }

  String participantId(int participant) {
    return problem.participants().get(participant).id();
  }

  /**
   * @param demand a demand's number
   * @return whether it is held online
   */
  public boolean isOnline(int demand) {
    return online[demand];
  }

  /**
   * @param demand a demand's number
   * @return its id
   */
  public String demandId(int demand) {
    return problem.demands().get(demand).id();
  }

  LocalDateTime grainStart(int grain) {
    return problem.grid().grainStarts().get(Math.min(grain, grainCount - 1));
  }

  @Override
  public String toString() {
    return "ProblemIndex[" + problem.name() + ": " + demandCount + " demands, " + grainCount
        + " grains, " + locationCount + " locations, " + participantCount + " participants, "
        + "]";
  }
}
