package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.civiclab.core.matching.internal.AssignmentSolver;
import org.civiclab.core.matching.internal.CapacitatedAssignment;
import org.civiclab.core.matching.internal.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchange-host assignment: places visitors with host organisations for internships and study
 * visits, never beyond a host's capacity, only within the host's date windows, never at the
 * visitor's own organisation and (by default) only where they share a theme.
 *
 * <p>Among all assignments that place the most visitors, one with the highest thematic fit is
 * returned: the exact {@link AssignmentSolver}, as for mentor pairing, with each host replicated
 * once per place.
 * Visitors and hosts are processed in id order, so ties do not depend on input order.
 * Stateless and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Exchanges {
  private static final Logger LOG = LoggerFactory.getLogger(Exchanges.class);

  private Exchanges() {}

  /**
   * Places the visitors.
   *
   * @param request visitors, hosts and the thematic-fit rule
   * @return the placements with explanations and the unplaced with reasons
   */
  public static ExchangeResult assign(ExchangeRequest request) {
    List<Visitor> visitors = new ArrayList<>(request.visitors());
    visitors.sort(Comparator.comparing(Visitor::person));
    List<Host> hosts = new ArrayList<>(request.hosts());
    hosts.sort(Comparator.comparing(Host::organization));
    LOG.debug("exchange placement: {} visitors, {} hosts", visitors.size(), hosts.size());
    int[] capacity = hosts.stream().mapToInt(Host::capacity).toArray();
    int[] hostOf = CapacitatedAssignment.solve(visitors.size(), capacity, (i, h) ->
        exclusion(request, visitors.get(i), hosts.get(h)).isPresent()
            ? AssignmentSolver.FORBIDDEN
            : (long) request.pointsPerSharedTheme() * shared(visitors.get(i), hosts.get(h)).size());
    ExchangeResult.Builder out = ExchangeResult.builder();
    for (int i = 0; i < visitors.size(); i++) {
      Visitor v = visitors.get(i);
      if (hostOf[i] >= 0) {
        Host h = hosts.get(hostOf[i]);
        TreeSet<String> themes = shared(v, h);
        Explanation.Builder why = Explanation.builder();
        if (!themes.isEmpty()) {
          why.addTerm(ScoreTerm.of("shared themes (" + String.join(", ", themes) + ")",
              (long) request.pointsPerSharedTheme() * themes.size()));
        }
        why.addNote(h.windows().isEmpty() ? "host receives at any time"
            : "dates inside the host's window");
        why.addNote("within host capacity " + h.capacity());
        out.addPlacement(Placement.builder().visitor(v.person()).host(h.organization())
            .dates(v.dates()).explanation(why.build()).build());
      } else {
        out.addUnplaced(Unmatched.of(v.person(), reason(request, v, hosts)));
      }
    }
    return out.build();
  }

  /**
   * Why a visitor cannot go to a host, if they cannot.
   *
   * @param request the request whose rules apply
   * @param visitor the visitor
   * @param host the host
   * @return the reason, or empty when the placement is allowed
   */
  public static Optional<String> exclusion(ExchangeRequest request, Visitor visitor, Host host) {
    if (host.capacity() == 0) {
      return Optional.of("host has no places");
    }
    if (visitor.organization().equals(Optional.of(host.organization()))) {
      return Optional.of("own organisation");
    }
    if (!host.receives(visitor.dates())) {
      return Optional.of("dates outside the host's windows");
    }
    if (request.requireThematicFit() && shared(visitor, host).isEmpty()) {
      return Optional.of("no shared theme");
    }
    return Optional.empty();
  }

  private static String reason(ExchangeRequest request, Visitor v, List<Host> hosts) {
    if (hosts.isEmpty()) {
      return "there are no hosts";
    }
    Tally t = Tally.of(hosts, h -> exclusion(request, v, h), h -> h.organization().value());
    if (t.noneEligible()) {
      return "no fitting host: " + t.excluded("host");
    }
    return "every fitting host (" + t.eligible()
        + ") is at capacity; no assignment can place more visitors";
  }

  private static TreeSet<String> shared(Visitor v, Host h) {
    TreeSet<String> s = new TreeSet<>(v.interests());
    s.retainAll(h.themes());
    return s;
  }
}
