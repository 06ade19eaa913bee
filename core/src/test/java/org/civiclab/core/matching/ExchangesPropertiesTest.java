package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.DateRange;

class ExchangesPropertiesTest {
  private static final LocalDate DAY0 = LocalDate.of(2025, 5, 1);

  private static Arbitrary<DateRange> ranges() {
    return Combinators.combine(Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, 20))
        .as((from, len) -> DateRange.of(DAY0.plusDays(from), DAY0.plusDays(from + len)));
  }

  private static final Arbitrary<Set<String>> THEMES =
      Arbitraries.of("water", "youth", "media", "budget").set().ofMaxSize(2);

  private record HostDraft(int capacity, Set<String> themes, List<DateRange> windows) {
    Host build(int number) {
      return Host.builder().organization(OrganizationId.of("h" + number)).capacity(capacity)
          .themes(themes).windows(windows).build();
    }
  }

  private record VisitorDraft(Set<String> themes, DateRange dates, int org) {
    Visitor build(int number) {
      Visitor.Builder b = Visitor.builder().person(PersonId.of("v" + number))
          .interests(themes).dates(dates);
      if (org >= 0) {
        b.organization(OrganizationId.of("h" + org)); // some visitors work at a host
      }
      return b.build();
    }
  }

  @Provide
  Arbitrary<ExchangeRequest> requests() {
    Arbitrary<List<Host>> hosts = Combinators.combine(Arbitraries.integers().between(0, 3),
        THEMES, ranges().list().ofMaxSize(2)).as(HostDraft::new).list().ofMaxSize(3)
        .map(list -> numbered(list, HostDraft::build));
    Arbitrary<List<Visitor>> visitors = Combinators.combine(THEMES, ranges(),
        Arbitraries.integers().between(-1, 2)).as(VisitorDraft::new).list().ofMaxSize(7)
        .map(list -> numbered(list, VisitorDraft::build));
    return Combinators.combine(visitors, hosts, Arbitraries.of(true, false))
        .as((v, h, fit) -> ExchangeRequest.builder().visitors(v).hosts(h)
            .requireThematicFit(fit).build());
  }

  private static <D, T> List<T> numbered(List<D> drafts, BiFunction<D, Integer, T> build) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      out.add(build.apply(drafts.get(i), i));
    }
    return out;
  }

  @Property(tries = 300)
  void hostsNeverExceedCapacityAndEveryRuleHolds(@ForAll("requests") ExchangeRequest r) {
    ExchangeResult result = Exchanges.assign(r);
    Map<OrganizationId, Host> hosts = new HashMap<>();
    r.hosts().forEach(h -> hosts.put(h.organization(), h));
    Map<PersonId, Visitor> visitors = new HashMap<>();
    r.visitors().forEach(v -> visitors.put(v.person(), v));
    Map<OrganizationId, Integer> load = new HashMap<>();
    Set<PersonId> seen = new HashSet<>();
    for (Placement p : result.placements()) {
      Host h = hosts.get(p.host());
      Visitor v = visitors.get(p.visitor());
      assertTrue(seen.add(p.visitor()), "visitor twice: " + p);
      assertTrue(load.merge(p.host(), 1, Integer::sum) <= h.capacity(), "over capacity " + p);
      assertTrue(h.windows().isEmpty() || h.windows().stream().anyMatch(w ->
          !v.dates().start().isBefore(w.start()) && !v.dates().end().isAfter(w.end())), p::toString);
      assertNotEquals(Optional.of(p.host()), v.organization());
      if (r.requireThematicFit()) {
        assertTrue(v.interests().stream().anyMatch(h.themes()::contains), p::toString);
      }
    }
    result.unplaced().forEach(u -> assertTrue(seen.add(u.person()), "twice: " + u));
    assertEquals(visitors.keySet(), seen, "every visitor placed or unplaced");
  }

  @Property(tries = 200)
  void placesAsManyAsPossibleWithTheBestFit(@ForAll("requests") ExchangeRequest r) {
    ExchangeResult result = Exchanges.assign(r);
    List<Visitor> visitors = r.visitors();
    List<Host> hosts = r.hosts();
    long[][] score = new long[visitors.size()][hosts.size()];
    boolean[][] ok = new boolean[visitors.size()][hosts.size()];
    for (int i = 0; i < visitors.size(); i++) {
      for (int h = 0; h < hosts.size(); h++) {
        Visitor v = visitors.get(i);
        Host host = hosts.get(h);
        long shared = v.interests().stream().filter(host.themes()::contains).count();
        ok[i][h] = host.capacity() > 0 && host.receives(v.dates())
            && !v.organization().equals(Optional.of(host.organization()))
            && (!r.requireThematicFit() || shared > 0);
        score[i][h] = 3 * shared;
      }
    }
    int[] left = hosts.stream().mapToInt(Host::capacity).toArray();
    long[] best = BruteForce.bestCapacitated(score, ok, left);
    assertEquals(best[0], result.placements().size(), result.explain());
    assertEquals(best[1], result.totalScore(), result.explain());
  }
}
