package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Exchange placement's words, one case per rule: each exclusion's reason in the order the rules
 * are tried, the tally of reasons for a visitor no host fits, the notes of a placement, the
 * report, custom points per theme, and the problems of a malformed request or host.
 */
class ExchangesReasonsTest {
  private static final DateRange MAY_5 = days(5, 9);
  private static final DateRange MAY = days(1, 31);

  private static DateRange days(int from, int to) {
    return DateRange.of(LocalDate.of(2025, 5, from), LocalDate.of(2025, 5, to));
  }

  private static Host host(String org, int capacity, String... themes) {
    return Host.builder().organization(OrganizationId.of(org)).capacity(capacity)
        .addThemes(themes).build();
  }

  private static Visitor visitor(String id, String... interests) {
    return Visitor.builder().person(PersonId.of(id)).addInterests(interests).dates(MAY_5).build();
  }

  private static ExchangeRequest request(List<Visitor> visitors, List<Host> hosts) {
    return ExchangeRequest.builder().visitors(visitors).hosts(hosts).build();
  }

  @Test
  void eachRuleHasItsReasonAndTheyAreTriedInOrder() {
    ExchangeRequest r = request(List.of(), List.of());
    Visitor own = Visitor.builder().from(visitor("v", "water"))
        .organization(OrganizationId.of("h")).build();
    Host closedAndOwn = host("h", 0, "water");
    assertEquals(Optional.of("host has no places"), Exchanges.exclusion(r, own, closedAndOwn));
    Host ownOutside = Host.builder().from(host("h", 1)).addWindow(days(20, 25)).build();
    assertEquals(Optional.of("own organisation"), Exchanges.exclusion(r, own, ownOutside));
    Host outside = Host.builder().from(host("k", 1)).addWindow(days(6, 25)).build();
    assertEquals(Optional.of("dates outside the host's windows"),
        Exchanges.exclusion(r, own, outside));
    assertEquals(Optional.of("no shared theme"), Exchanges.exclusion(r, own, host("k", 1)));
    assertEquals(Optional.empty(), Exchanges.exclusion(
        ExchangeRequest.builder().requireThematicFit(false).build(), own, host("k", 1)));
    Host inside = Host.builder().from(host("k", 1, "water")).addWindows(days(20, 25), MAY)
        .build();
    assertEquals(Optional.empty(), Exchanges.exclusion(r, own, inside));
  }

  @Test
  void aVisitorNoHostFitsGetsTheTallyOfReasons() {
    Visitor v = Visitor.builder().from(visitor("v", "water"))
        .organization(OrganizationId.of("a")).build();
    ExchangeResult result = Exchanges.assign(request(List.of(v), List.of(host("a", 1, "water"),
        host("b", 0, "water"), host("c", 1, "media"), host("d", 1, "youth"))));
    assertEquals(List.of(Unmatched.of(v.person(), "no fitting host: host has no places (1 host),"
        + " no shared theme (2 hosts), own organisation (1 host)")), result.unplaced());
    assertEquals(List.of(Unmatched.of(v.person(), "there are no hosts")),
        Exchanges.assign(request(List.of(v), List.of())).unplaced());
  }

  @Test
  void placementsExplainThemselvesAndTheReportListsEveryone() {
    Visitor a = visitor("a", "water", "youth", "media");
    Visitor b = visitor("b", "budget");
    Visitor c = visitor("c", "water");
    Host open = host("open", 1, "water", "youth", "media");
    ExchangeResult result = Exchanges.assign(ExchangeRequest.builder().addVisitors(c, b, a)
        .addHost(open).requireThematicFit(false).pointsPerSharedTheme(5).build());
    assertEquals("1 placed, 2 unplaced, total score 15\n"
        + "  a at open " + MAY_5 + " (shared themes (media, water, youth) +15; host receives at"
        + " any time, within host capacity 1)\n"
        + "  unplaced b: every fitting host (open) is at capacity; no assignment can place more"
        + " visitors\n"
        + "  unplaced c: every fitting host (open) is at capacity; no assignment can place more"
        + " visitors\n", result.explain());
  }

  @Test
  void aThemeFreePlacementHasNoScoredTerm() {
    Visitor b = visitor("b", "budget");
    ExchangeResult result = Exchanges.assign(ExchangeRequest.builder().addVisitor(b)
        .addHost(host("open", 2, "water")).requireThematicFit(false).build());
    Placement p = result.placements().get(0);
    assertEquals("b at open " + MAY_5 + " (no scored terms; host receives at any time, within"
        + " host capacity 2)", p.toString());
    assertEquals(0, p.score());
    assertEquals(0, result.totalScore());
  }

  @Test
  void aVisitorComesFromACandidate() {
    MatchCandidate ana = MatchCandidate.builder().id(PersonId.of("ana"))
        .organization(OrganizationId.of("o")).addInterests("water", "youth").build();
    Visitor v = Visitor.of(ana, MAY_5);
    assertEquals(Optional.of(OrganizationId.of("o")), v.organization());
    assertEquals(ana.interests(), v.interests());
    assertEquals("ana " + MAY_5, v.toString());
    assertEquals("h", host("h", 1).toString());
  }

  @Test
  void aMalformedRequestOrHostNamesEveryProblem() {
    Visitor v = visitor("v");
    Host h = host("h", 1);
    List<String> problems = assertThrows(InvalidInputException.class, () ->
        ExchangeRequest.builder().addVisitors(v, v).addHosts(h, h).pointsPerSharedTheme(-1)
            .build()).problems().stream().map(Problem::toString).toList();
    assertEquals(List.of("visitors[1]: duplicate visitor v", "hosts[1]: duplicate host h",
        "pointsPerSharedTheme: must not be negative, got -1"), problems);
    assertEquals("capacity: must not be negative, got -1",
        assertThrows(InvalidInputException.class, () -> host("h", -1)).getMessage());
    assertEquals(0, ExchangeRequest.builder().pointsPerSharedTheme(0).build()
        .pointsPerSharedTheme());
  }
}
