package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a re-plan changed: the events moved, added and cancelled with their old and new times,
 * and per person the changes that concern them. An iCal exporter raises the SEQUENCE of
 * {@link #changedEventIds()}; a coordinator reads {@link #byPerson()}. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class PlanDiff implements WithPlanDiff {

  /** @return every change, cancelled first, then moved, then added, each in demand order */
  public abstract ImmutableList<EventChange> changes();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code PlanDiff} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePlanDiff.Builder {
    Builder() {}
  }

  /** @return whether nothing changed */
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /** @return the events that have a new time or place */
  public ImmutableList<EventChange> moved() {
    return of(EventChange.Kind.MOVED);
  }

  /** @return the new events */
  public ImmutableList<EventChange> added() {
    return of(EventChange.Kind.ADDED);
  }

  /** @return the events that no longer take place */
  public ImmutableList<EventChange> cancelled() {
    return of(EventChange.Kind.CANCELLED);
  }

  private ImmutableList<EventChange> of(EventChange.Kind kind) {
    return changes().stream().filter(c -> c.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /** @return ids of every event moved, added or cancelled */
  public ImmutableSet<String> changedEventIds() {
    return changes().stream().map(EventChange::eventId).collect(ImmutableSet.toImmutableSet());
  }

  /** @return per participant id, in first-seen order, the changes that concern them */
  public ImmutableMap<String, ImmutableList<EventChange>> byPerson() {
    Map<String, List<EventChange>> out = new LinkedHashMap<>();
    for (EventChange c : changes()) {
      for (String p : c.people()) {
        out.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
      }
    }
    ImmutableMap.Builder<String, ImmutableList<EventChange>> b = ImmutableMap.builder();
    out.forEach((p, l) -> b.put(p, ImmutableList.copyOf(l)));
    return b.build();
  }

  /**
   * Compares two plans event by event.
   *
   * @param before the problem the first plan was made for
   * @param beforePlan its placements by demand id
   * @param after the problem the second plan was made for
   * @param afterPlan its placements by demand id
   * @return the differences
   */
  public static PlanDiff between(SchedulingProblem before, Map<String, Placement> beforePlan,
      SchedulingProblem after, Map<String, Placement> afterPlan) {
    Map<String, Demand> old = new LinkedHashMap<>();
    before.demands().forEach(d -> old.put(d.id(), d));
    Map<String, Demand> now = new LinkedHashMap<>();
    after.demands().forEach(d -> now.put(d.id(), d));
    List<EventChange> cancelled = new ArrayList<>();
    List<EventChange> moved = new ArrayList<>();
    List<EventChange> added = new ArrayList<>();
    for (Demand d : old.values()) {
      Placement p = beforePlan.get(d.id());
      if (p == null) {
        continue;
      }
      Demand n = now.get(d.id());
      Placement q = n == null ? null : afterPlan.get(d.id());
      if (n == null || q == null) {
        cancelled.add(change(d, EventChange.Kind.CANCELLED, people(d, d))
            .before(before.grid().span(p.startGrain(), d.durationGrains()))
            .locationBefore(p.location()).build());
      } else if (p.startGrain() != q.startGrain() || !p.location().equals(q.location())
          || d.durationGrains() != n.durationGrains()) {
        moved.add(change(n, EventChange.Kind.MOVED, people(d, n))
            .before(before.grid().span(p.startGrain(), d.durationGrains()))
            .after(after.grid().span(q.startGrain(), n.durationGrains()))
            .locationBefore(p.location()).locationAfter(q.location()).build());
      }
    }
    for (Demand n : now.values()) {
      Placement q = afterPlan.get(n.id());
      if (q != null && (!old.containsKey(n.id()) || !beforePlan.containsKey(n.id()))) {
        added.add(change(n, EventChange.Kind.ADDED, people(n, n))
            .after(after.grid().span(q.startGrain(), n.durationGrains()))
            .locationAfter(q.location()).build());
      }
    }
    return builder().addAllChanges(cancelled).addAllChanges(moved).addAllChanges(added).build();
  }

  private static EventChange.Builder change(Demand d, EventChange.Kind kind, Set<String> who) {
    return EventChange.builder().eventId(d.id()).label(d.label()).kind(kind).people(who);
  }

  private static Set<String> people(Demand a, Demand b) {
    Set<String> s = new LinkedHashSet<>();
    s.addAll(a.requiredAttendees());
    s.addAll(a.preferredAttendees());
    s.addAll(b.requiredAttendees());
    s.addAll(b.preferredAttendees());
    return s;
  }
}
