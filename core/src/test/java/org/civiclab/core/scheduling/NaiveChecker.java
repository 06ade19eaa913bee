package org.civiclab.core.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.time.TimeSpan;

/**
 * An independent, deliberately simple checker of the built-in hard rules: it looks at the public
 * model only (time spans, instants, ids) and compares every pair of demands, sharing no code
 * with the incremental scorers. Used as the oracle in the scheduling properties.
 */
public final class NaiveChecker {
  private final SchedulingProblem problem;

  /**
   * A checker for one problem.
   *
   * @param problem the problem
   */
  public NaiveChecker(SchedulingProblem problem) {
    this.problem = problem;
  }

  /**
   * @param placements a placement per demand id
   * @return a line per broken hard rule; empty when every hard rule holds
   */
  public List<String> hardViolations(Map<String, Placement> placements) {
    List<String> out = new ArrayList<>();
    List<Demand> ds = problem.demands();
    for (Demand d : ds) {
      Placement p = placements.get(d.id());
      if (p == null) {
        out.add(d.id() + " is not placed");
        continue;
      }
      unary(d, p).ifPresent(out::add);
    }
    for (int i = 0; i < ds.size(); i++) {
      for (int j = i + 1; j < ds.size(); j++) {
        Placement a = placements.get(ds.get(i).id());
        Placement b = placements.get(ds.get(j).id());
        if (a != null && b != null && unary(ds.get(i), a).isEmpty()
            && unary(ds.get(j), b).isEmpty()) {
          pair(ds.get(i), a, ds.get(j), b).ifPresent(out::add);
        }
      }
    }
    sharedLocations(placements).forEach(out::add);
    quorums(placements).forEach(out::add);
    return out;
  }

  /**
   * Each placed demand's quorums: the members free at its time (in their working hours and off
   * their days off unless the demand is agreed or takes whole days, and at no other placed event
   * that requires them, nor on its travel days), against the least number; required members
   * count as there.
   *
   * @param placements a placement per demand id
   * @return a line per quorum with too few members free
   */
  public List<String> quorums(Map<String, Placement> placements) {
    List<String> out = new ArrayList<>();
    for (Demand d : problem.demands()) {
      Placement p = placements.get(d.id());
      if (p == null || d.quorums().isEmpty()
          || p.startGrain() + d.durationGrains() > problem.grid().size()) {
        continue;
      }
      for (Quorum q : d.quorums()) {
        int free = 0;
        for (String m : q.members()) {
          if (d.requiredAttendees().contains(m) || isFree(m, d, p, placements)) {
            free++;
          }
        }
        if (free < q.atLeast()) {
          out.add(d.id() + " has " + free + " of " + q.name() + " free, needs " + q.atLeast());
        }
      }
    }
    return out;
  }

  /**
   * @param member a participant id
   * @param d a demand
   * @param p its placement
   * @param placements the other placements
   * @return whether the member could come to the demand at its placement
   */
  public boolean isFree(String member, Demand d, Placement p, Map<String, Placement> placements) {
    TimeSpan span = span(d, p);
    if (!d.agreed() && !d.wholeDays()) {
      Participant who = problem.participants().stream().filter(x -> x.id().equals(member))
          .findFirst().orElseThrow();
      Optional<org.civiclab.core.time.WorkingHours> hours = who.workingHours().map(w ->
          d.attendanceZone().map(z ->
              org.civiclab.core.time.WorkingHours.builder().from(w).zone(z).build()).orElse(w));
      if (hours.isPresent() && !hours.get().contains(span)) {
        return false;
      }
      if (who.holidays().isPresent() && who.holidays().get().isHoliday(span.day())) {
        return false;
      }
    }
    for (Demand e : problem.demands()) {
      Placement q = placements.get(e.id());
      if (e != d && q != null && e.requiredAttendees().contains(member)
          && q.startGrain() + e.durationGrains() <= problem.grid().size()) {
        TimeSpan other = away(e, span(e, q));
        if (other.startInstant().isBefore(span.endInstant())
            && span.startInstant().isBefore(other.endInstant())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * At each grain's start, the seats the events at a shared location need together, against its
   * capacity.
   *
   * @param placements a placement per demand id
   * @return a line per shared location and grain over capacity
   */
  public List<String> sharedLocations(Map<String, Placement> placements) {
    List<String> out = new ArrayList<>();
    TimeGrid grid = problem.grid();
    for (Location loc : problem.locations()) {
      for (int g = 0; loc.shared() && g < grid.size(); g++) {
        Instant at = grid.grainStarts().get(g).atZone(grid.zone()).toInstant();
        int seats = 0;
        for (Demand d : problem.demands()) {
          Placement p = placements.get(d.id());
          if (p != null && p.location().equals(Optional.of(loc.id()))
              && p.startGrain() + d.durationGrains() <= grid.size()) {
            TimeSpan span = span(d, p);
            if (!span.startInstant().isAfter(at) && at.isBefore(span.endInstant())) {
              seats += d.capacityNeed();
            }
          }
        }
        if (seats > loc.capacity()) {
          out.add(loc.id() + " seats " + seats + " at grain " + g + ", more than "
              + loc.capacity());
        }
      }
    }
    return out;
  }

  private Location location(String id) {
    return problem.locations().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow();
  }

  /**
   * The hard rules about one demand alone.
   *
   * @param d the demand
   * @param p its placement
   * @return what is broken, if anything
   */
  public Optional<String> unary(Demand d, Placement p) {
    TimeGrid grid = problem.grid();
    int last = p.startGrain() + d.durationGrains() - 1;
    if (last >= grid.size()) {
      return Optional.of(d.id() + " runs past the grid");
    }
    if (d.wholeDays()) {
      List<LocalDateTime> starts = grid.grainStarts();
      int s0 = p.startGrain();
      boolean opensDay = s0 == 0 || !starts.get(s0 - 1).toLocalDate()
          .equals(starts.get(s0).toLocalDate());
      boolean closesDay = last == grid.size() - 1 || !starts.get(last + 1).toLocalDate()
          .equals(starts.get(last).toLocalDate());
      if (!opensDay || !closesDay) {
        return Optional.of(d.id() + " does not take whole days");
      }
    }
    for (int g = p.startGrain() + 1; g <= last && !d.wholeDays(); g++) {
      LocalDateTime prev = grid.grainStarts().get(g - 1);
      if (!grid.grainStarts().get(g).equals(prev.plus(grid.grainLength()))
          || !grid.grainStarts().get(g).toLocalDate().equals(prev.toLocalDate())) {
        return Optional.of(d.id() + " is not one unbroken stretch on one day");
      }
    }
    if (d.pinned().isPresent() && !d.pinned().get().equals(p)) {
      return Optional.of(d.id() + " left its pinned placement");
    }
    if (d.online() != p.location().isEmpty()) {
      return Optional.of(d.id() + " online/in-person mismatch");
    }
    if (p.location().isPresent()) {
      String l = p.location().get();
      if (!d.allowedLocations().isEmpty() && !d.allowedLocations().contains(l)) {
        return Optional.of(d.id() + " in a location it may not use");
      }
      Location loc = problem.locations().stream().filter(x -> x.id().equals(l)).findFirst()
          .orElseThrow();
      if (!loc.shared() && loc.capacity() < d.capacityNeed()) {
        return Optional.of(d.id() + " does not fit in " + l);
      }
    }
    TimeSpan span = span(d, p);
    if (d.window().isPresent() && !(d.window().get().contains(span.start().toLocalDate())
        && d.window().get().contains(span.end().minusNanos(1).toLocalDate()))) {
      return Optional.of(d.id() + " outside its window");
    }
    if (d.wholeDays()) {
      return Optional.empty();
    }
    if (!d.agreed() && problem.holidays().isPresent()
        && problem.holidays().get().isHoliday(span.day())) {
      return Optional.of(d.id() + " on a common holiday");
    }
    for (String a : d.agreed() ? List.<String>of() : d.requiredAttendees()) {
      Participant who = problem.participants().stream().filter(x -> x.id().equals(a))
          .findFirst().orElseThrow();
      Optional<org.civiclab.core.time.WorkingHours> hours = who.workingHours().map(w ->
          d.attendanceZone().map(z ->
              org.civiclab.core.time.WorkingHours.builder().from(w).zone(z).build()).orElse(w));
      if (hours.isPresent() && !hours.get().contains(span)) {
        return Optional.of(d.id() + " outside working hours of " + a);
      }
      if (who.holidays().isPresent() && who.holidays().get().isHoliday(span.day())) {
        return Optional.of(d.id() + " on a day off of " + a);
      }
    }
    return Optional.empty();
  }

  /**
   * The hard rules about two demands together.
   *
   * @param d one demand
   * @param p its placement
   * @param e another demand
   * @param q its placement
   * @return what is broken, if anything
   */
  public Optional<String> pair(Demand d, Placement p, Demand e, Placement q) {
    TimeSpan a = span(d, p);
    TimeSpan b = span(e, q);
    Instant as = a.startInstant();
    Instant ae = a.endInstant();
    Instant bs = b.startInstant();
    Instant be = b.endInstant();
    boolean overlap = as.isBefore(be) && bs.isBefore(ae);
    if (overlap) {
      for (String x : d.requiredAttendees()) {
        if (e.requiredAttendees().contains(x)) {
          return Optional.of(x + " is in " + d.id() + " and " + e.id() + " at once");
        }
      }
      if (p.location().isPresent() && p.location().equals(q.location())
          && !location(p.location().get()).shared()) {
        return Optional.of(p.location().get() + " hosts " + d.id() + " and " + e.id());
      }
    }
    if (d.parallelGroup().isPresent() && d.parallelGroup().equals(e.parallelGroup())
        && !as.equals(bs)) {
      return Optional.of(d.id() + " and " + e.id() + " are parallel but start apart");
    }
    if (e.after().contains(d.id()) && bs.isBefore(ae)) {
      return Optional.of(e.id() + " starts before " + d.id() + " ends, but comes after it");
    }
    if (d.after().contains(e.id()) && as.isBefore(be)) {
      return Optional.of(d.id() + " starts before " + e.id() + " ends, but comes after it");
    }
    if (d.sequenceGroup().isPresent() && d.sequenceGroup().equals(e.sequenceGroup())) {
      if (d.sequenceOrder() < e.sequenceOrder() && bs.isBefore(ae)) {
        return Optional.of(e.id() + " starts before " + d.id() + " ends");
      }
      if (e.sequenceOrder() < d.sequenceOrder() && as.isBefore(be)) {
        return Optional.of(d.id() + " starts before " + e.id() + " ends");
      }
    }
    return Optional.empty();
  }

  /** The time a demand keeps its attendees away: its span and its whole days of travel. */
  private static TimeSpan away(Demand d, TimeSpan span) {
    java.time.LocalDateTime from = d.travelDaysBefore() == 0 ? span.start()
        : span.start().toLocalDate().minusDays(d.travelDaysBefore()).atStartOfDay();
    java.time.LocalDateTime to = d.travelDaysAfter() == 0 ? span.end()
        : span.end().minusNanos(1).toLocalDate().plusDays(d.travelDaysAfter() + 1L)
            .atStartOfDay();
    return TimeSpan.of(from, to, span.zone());
  }

  private TimeSpan span(Demand d, Placement p) {
    TimeGrid grid = problem.grid();
    if (d.wholeDays()) {
      int last = Math.min(grid.size() - 1, p.startGrain() + d.durationGrains() - 1);
      return TimeSpan.of(grid.grainStarts().get(p.startGrain()),
          grid.grainStarts().get(last).plus(grid.grainLength()), grid.zone());
    }
    return TimeSpan.starting(grid.grainStarts().get(p.startGrain()),
        grid.grainLength().multipliedBy(d.durationGrains()), grid.zone());
  }
}
