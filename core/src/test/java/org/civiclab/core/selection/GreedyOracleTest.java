package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.model.PersonId;

/**
 * The ranking against its javadoc, recomputed by brute force over every feasible panel of a
 * tiny instance: in score order (ties by id) each applicant is taken when some panel keeps
 * every quota with the people taken so far, them, and only applicants not yet reached; the
 * others are reserves in that order. Pins that the look-ahead counts only the applicants still
 * to come, never someone already passed over.
 */
class GreedyOracleTest {

  @Property(tries = 150)
  void rankingTakesExactlyWhomAFeasiblePanelStillAllows(@ForAll long seed) {
    SelectionRequest request = SelectionsTest.instance(seed, SelectionMethod.RANKING);
    List<Set<PersonId>> panels = SelectionsTest.allPanels(request);
    Selection s = Selections.select(request);
    if (panels.isEmpty()) {
      assertEquals(false, s.feasible(), s.explain());
      return;
    }
    List<Applicant> order = new ArrayList<>(request.applicants());
    order.sort(Comparator.comparingDouble(Applicant::score).reversed()
        .thenComparing(a -> a.id().value()));
    List<PersonId> selected = new ArrayList<>();
    List<PersonId> reserves = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      PersonId a = order.get(i).id();
      if (selected.size() == request.panelSize()) {
        reserves.add(a);
        continue;
      }
      Set<PersonId> allowed = new HashSet<>(selected);
      for (int j = i; j < order.size(); j++) {
        allowed.add(order.get(j).id());
      }
      boolean possible = false;
      for (Set<PersonId> p : panels) {
        if (p.contains(a) && p.containsAll(selected) && allowed.containsAll(p)) {
          possible = true;
          break;
        }
      }
      (possible ? selected : reserves).add(a);
    }
    assertEquals(selected, s.selected(), s.explain());
    assertEquals(reserves, s.reserves(), s.explain());
  }
}
