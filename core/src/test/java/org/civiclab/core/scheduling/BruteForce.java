package org.civiclab.core.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides by exhaustive search whether a small problem has a schedule that satisfies every hard
 * rule, checking with {@link NaiveChecker}. For instances of a handful of demands and grains.
 */
public final class BruteForce {
  private BruteForce() {}

  /**
   * @param problem a small problem
   * @return a feasible placement per demand, or empty when none exists
   */
  public static Optional<Map<String, Placement>> solve(SchedulingProblem problem) {
    NaiveChecker checker = new NaiveChecker(problem);
    List<Demand> ds = new ArrayList<>(problem.demands());
    Map<String, List<Placement>> options = new LinkedHashMap<>();
    for (Demand d : ds) {
      List<Placement> ok = new ArrayList<>();
      for (Placement p : candidates(problem, d)) {
        if (checker.unary(d, p).isEmpty()) {
          ok.add(p);
        }
      }
      if (ok.isEmpty()) {
        return Optional.empty();
      }
      options.put(d.id(), ok);
    }
    ds.sort(java.util.Comparator.comparingInt(d -> options.get(d.id()).size()));
    Map<String, Placement> chosen = new LinkedHashMap<>();
    return search(checker, ds, options, 0, chosen) ? Optional.of(chosen) : Optional.empty();
  }

  private static boolean search(NaiveChecker checker, List<Demand> ds,
      Map<String, List<Placement>> options, int i, Map<String, Placement> chosen) {
    if (i == ds.size()) {
      // a quorum member's freedom depends on every other placement: checked on whole plans
      return checker.quorums(chosen).isEmpty();
    }
    Demand d = ds.get(i);
    for (Placement p : options.get(d.id())) {
      boolean ok = true;
      for (int j = 0; j < i && ok; j++) {
        ok = checker.pair(ds.get(j), chosen.get(ds.get(j).id()), d, p).isEmpty();
      }
      if (ok) {
        chosen.put(d.id(), p);
        // seats at a shared location only add up: a partial plan over capacity stays over
        if (checker.sharedLocations(chosen).isEmpty()
            && search(checker, ds, options, i + 1, chosen)) {
          return true;
        }
        chosen.remove(d.id());
      }
    }
    return false;
  }

  private static List<Placement> candidates(SchedulingProblem problem, Demand d) {
    List<Placement> out = new ArrayList<>();
    for (int g = 0; g < problem.grid().size(); g++) {
      if (d.online()) {
        out.add(Placement.online(g));
      } else {
        for (Location l : problem.locations()) {
          out.add(Placement.of(g, l.id()));
        }
      }
    }
    return out;
  }
}
