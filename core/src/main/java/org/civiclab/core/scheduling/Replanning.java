package org.civiclab.core.scheduling;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;

/** Applies a {@link PlanChange} to a problem, with the old plan as its previous plan. */
final class Replanning {
  private Replanning() {}

  static SchedulingProblem apply(SchedulingProblem problem, Map<String, Placement> plan,
      PlanChange change) {
    List<Problem> problems = new ArrayList<>();
    Set<String> demandIds = new HashSet<>();
    problem.demands().forEach(d -> demandIds.add(d.id()));
    Set<String> people = new HashSet<>();
    problem.participants().forEach(p -> people.add(p.id()));
    change.newParticipants().forEach(p -> people.add(p.id()));
    Set<String> venues = new HashSet<>();
    problem.locations().forEach(l -> venues.add(l.id()));
    for (String id : change.cancelled()) {
      if (!demandIds.contains(id)) {
        problems.add(Problem.at("change.cancelled[" + id + "]", "no such demand"));
      }
    }
    change.joins().forEach((id, who) -> {
      if (!demandIds.contains(id)) {
        problems.add(Problem.at("change.joins[" + id + "]", "no such demand"));
      }
      for (String p : who) {
        if (!people.contains(p)) {
          problems.add(Problem.at("change.joins[" + id + "]", "no such participant " + p));
        }
      }
    });
    for (String p : change.unavailablePeople().keySet()) {
      if (!people.contains(p)) {
        problems.add(Problem.at("change.unavailablePeople[" + p + "]", "no such participant"));
      }
    }
    for (String v : change.unavailableVenues().keySet()) {
      if (!venues.contains(v)) {
        problems.add(Problem.at("change.unavailableVenues[" + v + "]", "no such location"));
      }
    }
    for (Demand d : change.added()) {
      if (demandIds.contains(d.id())) {
        problems.add(Problem.at("change.added[" + d.id() + "]", "demand id already in use"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Demand> demands = new ArrayList<>();
    Map<String, Placement> previous = new LinkedHashMap<>();
    for (Demand d : problem.demands()) {
      if (change.cancelled().contains(d.id())) {
        continue;
      }
      // a cancelled event no longer orders the ones that came after it
      if (d.after().stream().anyMatch(change.cancelled()::contains)) {
        d = Demand.builder().from(d).after(d.after().stream()
            .filter(a -> !change.cancelled().contains(a)).toList()).build();
      }
      ImmutableSet<String> joining = change.joins().get(d.id());
      if (joining != null) {
        List<String> required = new ArrayList<>(d.requiredAttendees());
        int before = required.size();
        joining.stream().filter(p -> !required.contains(p)).forEach(required::add);
        d = Demand.builder().from(d).requiredAttendees(required)
            .capacityNeed(d.capacityNeed() + required.size() - before).build();
      }
      demands.add(d);
      Placement p = plan.get(d.id());
      if (p != null) {
        previous.put(d.id(), p);
      }
    }
    demands.addAll(change.added());
    return SchedulingProblem.builder().from(problem).demands(demands)
        .addAllParticipants(change.newParticipants()).previousPlan(previous).build();
  }
}
