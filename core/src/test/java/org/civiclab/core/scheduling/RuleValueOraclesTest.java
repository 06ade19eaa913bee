package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.time.DateRange;

/**
 * Each soft rule's value (and the hard travel-time, shared-capacity, quorum and parallel-start
 * rules') on small random plans equals a naive computation of the penalty written from the
 * rule's documented meaning, through the public
 * {@link Scheduler#evaluate} only. The incremental scoring tests compare a rule with itself; these
 * compare it with an independent oracle, so a rule that returned 0 (or miscounted a day, a site,
 * a gap) would fail here.
 *
 * <p>The plans have several days, rooms on different sites with travel times between them,
 * online demands, windows of various lengths and people required or preferred at several events.
 */
class RuleValueOraclesTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);
  private static final String[] SITES = {"north", "south", "east"};

  /** A problem and a placement for each of its demands. */
  record Case(SchedulingProblem problem, Map<String, Placement> plan) {
    Demand demand(String id) {
      return problem.demands().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    Optional<Location> location(String demand) {
      return plan.get(demand).location().map(id -> problem.locations().stream()
          .filter(l -> l.id().equals(id)).findFirst().orElseThrow());
    }

    int start(String demand) {
      return plan.get(demand).startGrain();
    }

    LocalDate day(String demand) {
      return problem.grid().dayOf(start(demand));
    }

    /** Travel grains between two sites as the problem states them (the larger if twice). */
    int travel(String a, String b) {
      int t = 0;
      for (Travel x : problem.travelTimes()) {
        if (x.from().equals(a) && x.to().equals(b) || x.from().equals(b) && x.to().equals(a)) {
          t = Math.max(t, x.grains());
        }
      }
      return t;
    }

    List<String> requiredOf(String person) {
      List<String> out = new ArrayList<>();
      problem.demands().forEach(d -> {
        if (d.requiredAttendees().contains(person)) {
          out.add(d.id());
        }
      });
      return out;
    }

    List<String> attendedBy(String person) {
      List<String> out = new ArrayList<>();
      problem.demands().forEach(d -> {
        if (d.requiredAttendees().contains(person) || d.preferredAttendees().contains(person)) {
          out.add(d.id());
        }
      });
      return out;
    }
  }

  /** A small random problem over one to three days with a random plan for it. */
  static Case random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int days = 1 + r.nextInt(3);
    int perDay = 2 + r.nextInt(4);
    List<LocalDateTime> starts = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      for (int g = 0; g < perDay; g++) {
        starts.add(MONDAY.plusDays(day).atTime(9 + g, 0));
      }
    }
    SchedulingProblem.Builder b = SchedulingProblem.builder().name("oracle")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1)).grainStarts(starts)
            .build());
    int people = 1 + r.nextInt(3);
    for (int i = 0; i < people; i++) {
      b.addParticipant(Participant.of("p" + i));
    }
    int locations = 1 + r.nextInt(3);
    List<String> locationIds = new ArrayList<>();
    for (int i = 0; i < locations; i++) {
      b.addLocation(Location.builder().id("room" + i).capacity(r.nextInt(6))
          .site(SITES[r.nextInt(SITES.length)]).shared(r.nextInt(3) == 0).build());
      locationIds.add("room" + i);
    }
    for (int i = 0; i < SITES.length; i++) {
      for (int j = i + 1; j < SITES.length; j++) {
        if (r.nextInt(3) > 0) {
          b.addTravelTime(Travel.of(SITES[i], SITES[j], r.nextInt(4)));
        }
        if (r.nextInt(5) == 0) {
          // stated twice, the other way round: the larger applies both ways
          b.addTravelTime(Travel.of(SITES[j], SITES[i], r.nextInt(4)));
        }
      }
    }
    int demands = 1 + r.nextInt(5);
    Map<String, Placement> plan = new LinkedHashMap<>();
    for (int i = 0; i < demands; i++) {
      boolean online = r.nextInt(5) == 0;
      Demand.Builder d = Demand.builder().id("d" + i).durationGrains(1 + r.nextInt(2))
          .online(online);
      for (int p = 0; p < people; p++) {
        int pick = r.nextInt(3);
        if (pick == 0) {
          d.addRequiredAttendee("p" + p);
        } else if (pick == 1) {
          d.addPreferredAttendee("p" + p);
        }
      }
      if (r.nextInt(3) == 0) {
        d.parallelGroup("g" + r.nextInt(2));
      }
      if (r.nextInt(3) == 0) {
        List<String> members = new ArrayList<>();
        for (int p = 0; p < people; p++) {
          if (r.nextBoolean()) {
            members.add("p" + p);
          }
        }
        if (!members.isEmpty()) {
          d.addQuorums(Quorum.builder().name("q" + i).addAllMembers(members)
              .atLeast(1 + r.nextInt(members.size())).build());
        }
      }
      if (r.nextBoolean()) {
        LocalDate from = MONDAY.plusDays(r.nextInt(7) - 3);
        d.window(DateRange.of(from, from.plusDays(r.nextInt(7))));
      }
      b.addDemand(d.build());
      int start = r.nextInt(starts.size());
      plan.put("d" + i, online ? Placement.online(start)
          : Placement.of(start, locationIds.get(r.nextInt(locations))));
    }
    return new Case(b.build(), plan);
  }

  static Schedule evaluate(Rule rule, Case c) {
    return Scheduler.builder().rules(List.of(rule)).build().evaluate(c.problem(), c.plan());
  }

  // ---- the naive penalties, from each rule's documented meaning ----

  /** Days between each windowed event's day and the middle day of its window. */
  static long evenSpread(Case c) {
    long sum = 0;
    for (Demand d : c.problem().demands()) {
      if (d.window().isPresent()) {
        DateRange w = d.window().get();
        LocalDate middle = w.start().plusDays(ChronoUnit.DAYS.between(w.start(), w.end()) / 2);
        sum += Math.abs(ChronoUnit.DAYS.between(middle, c.day(d.id())));
      }
    }
    return sum;
  }

  /** For each event in a room, the seats every larger room of the problem has more. */
  static long roomFit(Case c) {
    long sum = 0;
    for (Demand d : c.problem().demands()) {
      Optional<Location> here = c.location(d.id());
      if (here.isPresent()) {
        for (Location other : c.problem().locations()) {
          sum += Math.max(0, other.capacity() - here.get().capacity());
        }
      }
    }
    return sum;
  }

  /**
   * For each person and two of the events they must attend, in rooms on different sites on one
   * day: the travel time between the sites, at least one grain.
   */
  static long lessTravel(Case c) {
    long sum = 0;
    for (Participant p : c.problem().participants()) {
      List<String> ds = c.requiredOf(p.id());
      for (int i = 0; i < ds.size(); i++) {
        for (int j = i + 1; j < ds.size(); j++) {
          String a = ds.get(i);
          String b = ds.get(j);
          Optional<Location> la = c.location(a);
          Optional<Location> lb = c.location(b);
          if (la.isPresent() && lb.isPresent() && !la.get().site().equals(lb.get().site())
              && c.day(a).equals(c.day(b))) {
            sum += Math.max(1, c.travel(la.get().site(), lb.get().site()));
          }
        }
      }
    }
    return sum;
  }

  /**
   * For each person and two of their required events on one day at sites with travel time t
   * between them, the later starting g grains after the earlier ends with 0 &lt;= g &lt; t:
   * the missing t - g grains.
   */
  static long travelTime(Case c) {
    long sum = 0;
    for (Participant p : c.problem().participants()) {
      List<String> ds = c.requiredOf(p.id());
      for (int i = 0; i < ds.size(); i++) {
        for (int j = i + 1; j < ds.size(); j++) {
          String a = ds.get(i);
          String b = ds.get(j);
          Optional<Location> la = c.location(a);
          Optional<Location> lb = c.location(b);
          if (la.isEmpty() || lb.isEmpty() || !c.day(a).equals(c.day(b))
              || la.get().site().equals(lb.get().site())) {
            continue;
          }
          int t = c.travel(la.get().site(), lb.get().site());
          String first = c.start(a) <= c.start(b) ? a : b;
          String second = first.equals(a) ? b : a;
          int gap = c.start(second) - (c.start(first) + c.demand(first).durationGrains());
          if (c.start(a) != c.start(b) && gap >= 0 && gap < t) {
            sum += t - gap;
          }
        }
      }
    }
    return sum;
  }

  /**
   * For each person and day with at least two of their required events: the grains from the
   * first start to the last end that no event of theirs fills (counting overlaps twice, never
   * below zero).
   */
  static long fewerGaps(Case c) {
    long sum = 0;
    for (Participant p : c.problem().participants()) {
      Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
      for (String d : c.requiredOf(p.id())) {
        byDay.computeIfAbsent(c.day(d), k -> new ArrayList<>()).add(d);
      }
      for (List<String> on : byDay.values()) {
        if (on.size() < 2) {
          continue;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int busy = 0;
        for (String d : on) {
          int dur = c.demand(d).durationGrains();
          first = Math.min(first, c.start(d));
          last = Math.max(last, c.start(d) + dur);
          busy += dur;
        }
        sum += Math.max(0, last - first - busy);
      }
    }
    return sum;
  }

  /**
   * For each person (required or preferred) and two of their events in different rooms, the
   * second starting after the first and at most two grains after its end: one.
   */
  static long roomStability(Case c) {
    long sum = 0;
    for (Participant p : c.problem().participants()) {
      List<String> ds = c.attendedBy(p.id());
      for (String a : ds) {
        for (String b : ds) {
          Optional<Location> la = c.location(a);
          Optional<Location> lb = c.location(b);
          if (!a.equals(b) && la.isPresent() && lb.isPresent() && !la.get().equals(lb.get())
              && c.start(a) < c.start(b)
              && c.start(b) - (c.start(a) + c.demand(a).durationGrains()) <= 2) {
            sum++;
          }
        }
      }
    }
    return sum;
  }

  /**
   * For each shared location and grain (those past the grid's end included), the seats the
   * events there at that grain need together beyond its capacity.
   */
  static long sharedCapacity(Case c) {
    long sum = 0;
    int horizon = c.problem().grid().size() + 3;
    for (Location loc : c.problem().locations()) {
      for (int g = 0; loc.shared() && g < horizon; g++) {
        int seats = 0;
        for (Demand d : c.problem().demands()) {
          if (c.location(d.id()).equals(Optional.of(loc)) && c.start(d.id()) <= g
              && g < c.start(d.id()) + d.durationGrains()) {
            seats += d.capacityNeed();
          }
        }
        sum += Math.max(0, seats - loc.capacity());
      }
    }
    return sum;
  }

  /** Whether a person is required at a demand other than {@code at} that shares a grain. */
  static boolean busyElsewhere(Case c, String person, String at) {
    int s = c.start(at);
    int e = s + c.demand(at).durationGrains();
    for (String o : c.requiredOf(person)) {
      int os = c.start(o);
      if (!o.equals(at) && os < e && s < os + c.demand(o).durationGrains()) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each quorum: the members it lacks below its least number, counting required members as
   * there and others as there when no other event requires them at the same time; with
   * {@code turnout}, every member who is not required and not there.
   */
  static long quorum(Case c, boolean turnout) {
    long sum = 0;
    for (Demand d : c.problem().demands()) {
      for (Quorum q : d.quorums()) {
        int there = 0;
        int away = 0;
        for (String m : q.members()) {
          if (d.requiredAttendees().contains(m) || !busyElsewhere(c, m, d.id())) {
            there++;
          } else {
            away++;
          }
        }
        sum += turnout ? away : Math.max(0, q.atLeast() - there);
      }
    }
    return sum;
  }

  /** For each two demands of one parallel group, one when they start at different grains. */
  static long parallelStart(Case c) {
    long sum = 0;
    List<Demand> ds = c.problem().demands();
    for (int i = 0; i < ds.size(); i++) {
      for (int j = i + 1; j < ds.size(); j++) {
        Demand a = ds.get(i);
        Demand b = ds.get(j);
        if (a.parallelGroup().isPresent() && a.parallelGroup().equals(b.parallelGroup())
            && c.start(a.id()) != c.start(b.id())) {
          sum++;
        }
      }
    }
    return sum;
  }

  // ---- the properties ----

  private static void agrees(Rule rule, Level level, long naive, Case c) {
    Schedule s = evaluate(rule, c);
    assertEquals(-naive, s.score().at(level), () -> rule + " on " + c);
    for (Level other : Level.values()) {
      if (other != level) {
        assertEquals(0, s.score().at(other), () -> rule + " scores only at " + level);
      }
    }
    long explained = s.violations().stream().mapToLong(Violation::penalty).sum();
    assertEquals(naive, explained, () -> "violations explain the whole penalty: " + s);
    s.violations().forEach(v -> {
      assertEquals(rule.id(), v.ruleId());
      assertEquals(level, v.level());
      assertTrue(v.penalty() > 0, v::toString);
      assertTrue(!v.demands().isEmpty(), v::toString);
    });
  }

  @Property(tries = 150)
  void evenSpreadIsTheDistanceFromTheWindowsMiddle(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.evenSpread(), Level.SOFT, evenSpread(c), c);
  }

  @Property(tries = 150)
  void roomFitIsTheSeatsOfLargerRooms(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.roomFit(), Level.SOFT, roomFit(c), c);
  }

  @Property(tries = 150)
  void lessTravelIsTheTravelBetweenSitesOnOneDay(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.lessTravel(), Level.SOFT, lessTravel(c), c);
  }

  @Property(tries = 150)
  void travelTimeIsTheMissingTravelGrains(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.travelTime(), Level.HARD, travelTime(c), c);
  }

  @Property(tries = 150)
  void sharedCapacityIsTheSeatsOverCapacityPerGrain(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.sharedCapacity(), Level.HARD, sharedCapacity(c), c);
  }

  @Property(tries = 150)
  void quorumIsTheMembersMissingBelowTheLeastNumber(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.quorum(), Level.HARD, quorum(c, false), c);
  }

  @Property(tries = 150)
  void quorumTurnoutIsTheMembersNotFree(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.quorumTurnout(), Level.MEDIUM, quorum(c, true), c);
  }

  @Property(tries = 150)
  void parallelStartIsThePairsOfAGroupApart(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.parallelStart(), Level.HARD, parallelStart(c), c);
  }

  @Property(tries = 150)
  void fewerGapsIsTheIdleGrainsOfEachDay(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.fewerGaps(), Level.SOFT, fewerGaps(c), c);
  }

  @Property(tries = 150)
  void roomStabilityCountsQuickRoomChanges(@ForAll long seed) {
    Case c = random(seed);
    agrees(Rules.roomStability(), Level.SOFT, roomStability(c), c);
  }

  @Property(tries = 50)
  void aWeightMultipliesThePenaltyAtItsLevel(@ForAll long seed) {
    Case c = random(seed);
    Schedule s = evaluate(Rules.fewerGaps().weighted(Level.MEDIUM, 3), c);
    assertEquals(-3 * fewerGaps(c), s.score().medium());
    assertEquals(0, s.score().soft());
  }

  // ---- the explanations, on fixed examples ----

  /** Two events of p0 on one day at sites an hour apart, one grain between them. */
  private static Case twoSites(int secondStart, int travel) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int g = 0; g < 6; g++) {
      starts.add(MONDAY.atTime(9 + g, 0));
    }
    SchedulingProblem problem = SchedulingProblem.builder().name("two sites")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1)).grainStarts(starts)
            .build())
        .addParticipant(Participant.builder().id("p0").name("Emina").build())
        .addLocation(Location.builder().id("hall").capacity(20).site("north").build())
        .addLocation(Location.builder().id("lab").capacity(8).site("south").build())
        .addTravelTime(Travel.of("north", "south", travel))
        .addDemand(Demand.builder().id("intro").label("Intro").durationGrains(1)
            .addRequiredAttendee("p0").window(DateRange.of(MONDAY.minusDays(4), MONDAY)).build())
        .addDemand(Demand.builder().id("lab").label("Lab work").durationGrains(1)
            .addRequiredAttendee("p0").build())
        .build();
    return new Case(problem, Map.of("intro", Placement.of(0, "hall"),
        "lab", Placement.of(secondStart, "lab")));
  }

  @Example
  void travelTimeExplainsWhoCannotTravelInTime() {
    Schedule s = evaluate(Rules.travelTime(), twoSites(2, 3));
    assertEquals(-2, s.score().hard(), "3 grains needed, 1 free: 2 missing");
    Violation v = s.violations().get(0);
    assertEquals(List.of("intro", "lab"), v.demands().stream().sorted().toList());
    assertEquals(List.of("p0"), v.subjects());
    assertTrue(v.message().startsWith("Emina cannot travel in time between 'Intro' at "),
        v.message());
    assertTrue(v.message().contains(" and 'Lab work' at "), v.message());
    assertTrue(!s.isFeasible());
    // enough time: nothing to report
    assertEquals(0, evaluate(Rules.travelTime(), twoSites(4, 3)).score().hard());
    // no travel time at all: the rule does not apply
    assertEquals(0, evaluate(Rules.travelTime(), twoSites(1, 0)).score().hard());
  }

  @Example
  void travelTimeIsPartOfTheStandardRules() {
    Schedule s = Scheduler.builder().build().evaluate(twoSites(1, 2).problem(),
        twoSites(1, 2).plan());
    assertTrue(s.violations().stream().anyMatch(v -> v.ruleId().equals(Rules.travelTime().id())),
        s::toString);
    assertTrue(!s.isFeasible());
  }

  @Example
  void softRulesExplainThemselves() {
    Case c = twoSites(2, 1);
    Violation travel = evaluate(Rules.lessTravel(), c).violations().get(0);
    assertEquals(1, travel.penalty());
    assertTrue(travel.message().startsWith("Emina travels between sites on one day for 'Intro'"),
        travel.message());

    Violation rooms = evaluate(Rules.roomStability(), c).violations().get(0);
    assertTrue(rooms.message().startsWith("Emina changes rooms with little time between 'Intro'"),
        rooms.message());

    Violation fit = evaluate(Rules.roomFit(), c).violations().get(0);
    assertEquals(12, fit.penalty(), "the hall seats 12 more than the lab");
    assertEquals(List.of("lab"), fit.demands());
    assertTrue(fit.message().endsWith(" is in lab, smaller than other rooms"), fit.message());

    Violation gaps = evaluate(Rules.fewerGaps(), c).violations().get(0);
    assertEquals(1, gaps.penalty());
    assertEquals("Emina waits 1 grains between events on " + MONDAY, gaps.message());

    Violation spread = evaluate(Rules.evenSpread(), c).violations().get(0);
    assertEquals(2, spread.penalty(), "the window's middle is two days before Monday");
    assertTrue(spread.message().endsWith(" is 2 days from the middle of its window, around "
        + MONDAY.minusDays(2)), spread.message());
  }
}
