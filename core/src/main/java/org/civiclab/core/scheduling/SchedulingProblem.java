package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.internal.Cycles;
import org.civiclab.core.time.HolidayCalendar;
import org.immutables.value.Value;

/**
 * Everything the scheduler needs: the grid, the locations, the participants, the demands to
 * place, travel times between sites, common holidays and an optional previous plan.
 *
 * <p>The previous plan is what stability rules compare against when re-planning after a change.
 * Every id is unique and every reference resolves; a bad reference is reported with its path,
 * such as {@code demands[3].requiredAttendees[1]}. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class SchedulingProblem implements WithSchedulingProblem {

  /** @return a name for logs and explanations */
  @Value.Default
  public String name() {
    return "schedule";
  }

  /** @return the time grid */
  public abstract TimeGrid grid();

  /** @return the locations, in a stable order */
  public abstract ImmutableList<Location> locations();

  /** @return the participants */
  public abstract ImmutableList<Participant> participants();

  /** @return the demands to place */
  public abstract ImmutableList<Demand> demands();

  /** @return travel times between sites; sites not listed need none */
  public abstract ImmutableList<Travel> travelTimes();

  /** @return days off for every demand, such as a program's public holidays */
  public abstract Optional<HolidayCalendar> holidays();

  /** @return the placements of an earlier plan, by demand id */
  public abstract ImmutableMap<String, Placement> previousPlan();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code SchedulingProblem} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSchedulingProblem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    Set<String> locs = new HashSet<>();
    for (int i = 0; i < locations().size(); i++) {
      c.require(locs.add(locations().get(i).id()), "locations[" + i + "].id",
          "location id '" + locations().get(i).id() + "' is used twice");
    }
    Set<String> people = new HashSet<>();
    for (int i = 0; i < participants().size(); i++) {
      c.require(people.add(participants().get(i).id()), "participants[" + i + "].id",
          "participant id '" + participants().get(i).id() + "' is used twice");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < demands().size(); i++) {
      Demand d = demands().get(i);
      String at = "demands[" + i + "]";
      Integer before = ids.putIfAbsent(d.id(), i);
      c.require(before == null, at + ".id", "demand id '" + d.id() + "' is also used by demands["
          + before + "]");
      for (int j = 0; j < d.requiredAttendees().size(); j++) {
        c.require(people.contains(d.requiredAttendees().get(j)), at + ".requiredAttendees[" + j
            + "]", "unknown participant '" + d.requiredAttendees().get(j) + "'");
      }
      for (int j = 0; j < d.preferredAttendees().size(); j++) {
        c.require(people.contains(d.preferredAttendees().get(j)), at + ".preferredAttendees[" + j
            + "]", "unknown participant '" + d.preferredAttendees().get(j) + "'");
      }
      for (int q = 0; q < d.quorums().size(); q++) {
        for (String m : d.quorums().get(q).members()) {
          c.require(people.contains(m), at + ".quorums[" + q + "].members",
              "unknown participant '" + m + "'");
        }
      }
      for (String l : d.allowedLocations()) {
        c.require(locs.contains(l), at + ".allowedLocations", "unknown location '" + l + "'");
      }
      c.require(d.online() || !locations().isEmpty(), at + ".online",
          "an in-person demand needs at least one location in the problem");
      d.pinned().ifPresent(p -> {
        c.require(p.startGrain() < grid().size(), at + ".pinned.startGrain", "grain "
            + p.startGrain() + " is outside the grid of " + grid().size() + " grains");
        p.location().ifPresent(l -> c.require(locs.contains(l) && (d.allowedLocations().isEmpty()
            || d.allowedLocations().contains(l)), at + ".pinned.location",
            "location '" + l + "' is unknown or not allowed"));
      });
    }
    for (int i = 0; i < demands().size(); i++) {
      int j = 0;
      for (String a : demands().get(i).after()) {
        c.require(ids.containsKey(a), "demands[" + i + "].after[" + j + "]",
            "unknown demand '" + a + "'");
        j++;
      }
    }
    Map<String, Set<String>> afterOf = new java.util.LinkedHashMap<>();
    demands().forEach(d -> afterOf.putIfAbsent(d.id(), d.after()));
    Cycles.find(afterOf.keySet(), id -> afterOf.getOrDefault(id, Set.of())).ifPresent(cycle ->
        c.add("demands[" + ids.get(cycle.get(0)) + "].after", "the order has a cycle: "
            + String.join(" comes after ", cycle)));
    for (Map.Entry<String, Placement> e : previousPlan().entrySet()) {
      c.require(ids.containsKey(e.getKey()), "previousPlan[" + e.getKey() + "]",
          "unknown demand '" + e.getKey() + "'");
    }
    c.done();
  }
}
