package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.HostAvailability;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * Exchange visits with travel days and hosts that receive visitors only on some days. A naive
 * day-by-day checker written here, apart from the rules, says whether start days keep every
 * rule: the days at the host inside the window and on days the host is open (a day is open when
 * every visit to that host admits it), the travel days inside the program's period, no other
 * event of a visitor on a travel or host day, and a host's capacity counted over host days only.
 * A brute force over every start day agrees with the planner on whether a plan exists, and
 * every plan the planner calls feasible passes the checker read back from its events.
 */
class TravelAndHostDaysPropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  /** A Monday: day {@code d} of the program falls on weekday {@code d % 7}. */
  static final LocalDate FIRST = LocalDate.of(2024, 3, 4);
  static final int DAYS = 14;

  /**
   * A visit: host 0 or 1, its window, its length, visitors as a bit mask, travel days on each
   * side, the weekdays its host is open as a bit mask (0: none stated) and the first day of the
   * host's open window (-1: none stated; else open from that day to the end of the period).
   */
  record Visit(int host, int windowFrom, int windowLength, int days, int visitors, int travel,
      int weekdays, int openFrom) {
    int windowTo() {
      return Math.min(DAYS - 1, windowFrom + Math.max(windowLength, days) - 1);
    }

    boolean fits() {
      return windowTo() - windowFrom + 1 >= days;
    }

    Set<Integer> who() {
      Set<Integer> out = new TreeSet<>();
      for (int i = 0; i < 4; i++) {
        if ((visitors >> i & 1) != 0) {
          out.add(i);
        }
      }
      return out;
    }

    /** Whether this visit's statement of its host's days lets the host receive on a day. */
    boolean admits(int day) {
      boolean weekday = weekdays == 0 || (weekdays >> (day % 7) & 1) != 0;
      return weekday && (openFrom < 0 || day >= openFrom);
    }
  }

  /** A fixed meeting a person must attend, on a day (the i-th at 08:00, 11:00 or 14:00). */
  record Fixed(int person, int day) {}

  @Provide
  Arbitrary<List<Visit>> visits() {
    Arbitrary<Integer> weekdays = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(0b0011111)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 127)));
    Arbitrary<Integer> openFrom = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(-1)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 8)));
    return Combinators.combine(Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, DAYS - 2), Arbitraries.integers().between(1, 10),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 15),
        Arbitraries.integers().between(0, 2), weekdays, openFrom)
        .as(Visit::new).filter(Visit::fits).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Fixed>> fixed() {
    return Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, DAYS - 1)).as(Fixed::new).list().ofMaxSize(3);
  }

  /** A host's capacity; 0 stands for none stated (one visit at a time). */
  @Provide
  Arbitrary<Integer> capacity() {
    return Arbitraries.integers().between(0, 5);
  }

  @Property(tries = 40)
  void travelAndHostDaysHoldAndAgreeWithBruteForce(@ForAll("visits") List<Visit> visits,
      @ForAll("fixed") List<Fixed> fixed, @ForAll("capacity") int capacity) {
    ProgramPlan plan = scheduler().plan(program(visits, fixed, capacity), directory());
    boolean feasible = bruteForce(visits, fixed, capacity, 0, new int[visits.size()]);
    assertEquals(feasible, plan.isFeasible(), () -> visits + " " + fixed + " capacity "
        + capacity + ": " + plan.violations());
    if (!plan.isFeasible()) {
      assertTrue(plan.result().infeasibility().isPresent(), "an infeasible plan says why");
      return;
    }
    Map<String, PlannedEvent> byVisit = new HashMap<>();
    plan.events().stream().filter(e -> e.kind() == PlannedEvent.Kind.VISIT)
        .forEach(e -> byVisit.put(e.sourceId(), e));
    int[] start = new int[visits.size()];
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      PlannedEvent e = byVisit.get("v" + i);
      start[i] = day(e.when().start().toLocalDate());
      assertEquals(v.days() - 1, day(e.when().end().toLocalDate()) - start[i], e::toString);
      // the travel spans are whole days right before and after the days at the host
      assertEquals(v.travel() == 0 ? 0 : 2, e.travel().size(), e::toString);
      if (v.travel() > 0) {
        assertEquals(FIRST.plusDays(start[i] - (long) v.travel()).atStartOfDay(),
            e.travel().get(0).start(), e::toString);
        assertEquals(FIRST.plusDays(start[i]).atStartOfDay(), e.travel().get(0).end());
        assertEquals(FIRST.plusDays(start[i] + (long) v.days()).atStartOfDay(),
            e.travel().get(1).start(), e::toString);
        assertEquals(FIRST.plusDays(start[i] + (long) v.days() + v.travel()).atStartOfDay(),
            e.travel().get(1).end(), e::toString);
      }
    }
    Optional<String> broken = broken(visits, fixed, capacity, start);
    assertTrue(broken.isEmpty(), () -> broken.get() + " in " + plan.events());
    // and read straight from the events: nothing else of a visitor on a travel or host day
    for (PlannedEvent e : plan.events()) {
      if (e.kind() != PlannedEvent.Kind.VISIT) {
        continue;
      }
      LocalDate from = e.travel().isEmpty() ? e.when().start().toLocalDate()
          : e.travel().get(0).start().toLocalDate();
      LocalDate to = e.travel().isEmpty() ? e.when().end().toLocalDate()
          : e.travel().get(1).end().toLocalDate().minusDays(1);
      for (PlannedEvent o : plan.events()) {
        LocalDate on = o.when().start().toLocalDate();
        boolean shared = o != e && o.attendees().stream().anyMatch(e.attendees()::contains);
        assertFalse(o.kind() != PlannedEvent.Kind.VISIT && shared && !on.isBefore(from)
            && !on.isAfter(to), () -> o + " falls while its attendee is away for " + e);
      }
    }
  }

  @Example
  void aHostCountsOnlyItsOwnDaysWhileTravelDaysOverlapAnotherGroup() {
    // host 0 takes two at a time; group A for days 2-4 travels on 0-1 and 5-6, group B for
    // days 5-7 travels on 3-4 and 8-9: their journeys overlap the other's host days only
    List<Visit> both = List.of(new Visit(0, 2, 3, 3, 0b0011, 2, 0, -1),
        new Visit(0, 5, 3, 3, 0b1100, 2, 0, -1));
    ProgramPlan plan = scheduler().plan(program(both, List.of(), 2), directory());
    assertTrue(plan.isFeasible(), plan.violations()::toString);
    assertTrue(broken(both, List.of(), 2, new int[] {2, 5}).isEmpty());
  }

  @Example
  void aJourneyOnAVisitorsMeetingDayIsAnAttendeeOverlap() {
    // the visit is agreed for days 3-5 with one travel day: day 2 is taken by the journey
    Program p = program(List.of(new Visit(0, 3, 3, 3, 0b0001, 1, 0, -1)),
        List.of(new Fixed(0, 2)), 0);
    ExchangeVisit agreed = p.exchangeVisits().get(0);
    p = p.withExchangeVisits(List.of(ExchangeVisit.builder().from(agreed).window(Optional.empty())
        .build()));
    ProgramPlan plan = scheduler().plan(p, directory());
    assertFalse(plan.isFeasible());
    Violation v = plan.violations().stream().filter(x -> x.ruleId().equals("attendee-overlap"))
        .findFirst().orElseThrow(() -> new AssertionError(plan.violations().toString()));
    assertTrue(v.message().endsWith("which overlap (travel days included)"), v::message);
  }

  @Example
  void aHostOpenOnlyAtWeekendsLeavesNoPlaceInAWorkingWeekAndSaysSo() {
    // the window is Monday to Friday of the first week; the host is open Saturday and Sunday
    Visit v = new Visit(0, 0, 5, 2, 0b0001, 0, 0b1100000, -1);
    ProgramPlan plan = scheduler().plan(program(List.of(v), List.of(), 0), directory());
    assertFalse(plan.isFeasible());
    Conflict c = plan.result().infeasibility().orElseThrow().conflicts().get(0);
    assertEquals(Set.of("window", "closed-days"), c.rules(), c::toString);
    assertTrue(c.message().contains("falls on a day closed to it"), c::message);
    assertTrue(plan.violations().stream().anyMatch(x -> x.ruleId().equals("closed-days")),
        plan.violations()::toString);
  }

  @Example
  void travelDaysMayLeaveTheWindowButNotTheProgramsPeriod() {
    // the window is days 0-2 and the visit takes them all: its journey there would be day -1
    Visit tight = new Visit(0, 0, 3, 3, 0b0001, 1, 0, -1);
    ProgramPlan out = scheduler().plan(program(List.of(tight), List.of(), 0), directory());
    assertFalse(out.isFeasible());
    Conflict c = out.result().infeasibility().orElseThrow().conflicts().get(0);
    assertEquals(Set.of("grid-fit", "window"), c.rules(), c::toString);
    assertTrue(c.message().contains("no block of whole days with its travel days inside the"
        + " planned days fits between 2024-03-04 and 2024-03-06"), c::message);
    // a window of days 1-3: travel on day 0 and day 4, outside the window, inside the period
    Visit inside = new Visit(0, 1, 3, 3, 0b0001, 1, 0, -1);
    ProgramPlan in = scheduler().plan(program(List.of(inside), List.of(), 0), directory());
    assertTrue(in.isFeasible(), in.violations()::toString);
  }

  /** Whether some start day for every visit keeps every rule, trying all of them. */
  static boolean bruteForce(List<Visit> visits, List<Fixed> fixed, int capacity, int i,
      int[] start) {
    if (i == visits.size()) {
      return broken(visits, fixed, capacity, start).isEmpty();
    }
    for (int s = 0; s < DAYS; s++) {
      start[i] = s;
      if (bruteForce(visits, fixed, capacity, i + 1, start)) {
        return true;
      }
    }
    return false;
  }

  /** The first rule the visits' start days break, if any, checked one day at a time. */
  static Optional<String> broken(List<Visit> visits, List<Fixed> fixed, int capacity,
      int[] start) {
    int n = visits.size();
    // per visit and day: 2 at the host, 1 travelling, 0 neither
    int[][] at = new int[n][DAYS];
    for (int i = 0; i < n; i++) {
      Visit v = visits.get(i);
      for (int k = 0; k < v.days(); k++) {
        int day = start[i] + k;
        if (day < v.windowFrom() || day > v.windowTo()) {
          return Optional.of("visit " + i + " at the host on day " + day + ", outside its window");
        }
        at[i][day] = 2;
      }
      for (int k = 1; k <= v.travel(); k++) {
        int before = start[i] - k;
        int after = start[i] + v.days() - 1 + k;
        if (before < 0 || after >= DAYS) {
          return Optional.of("visit " + i + " travels outside the program's period");
        }
        at[i][before] = 1;
        at[i][after] = 1;
      }
    }
    for (int day = 0; day < DAYS; day++) {
      for (int i = 0; i < n; i++) {
        Visit v = visits.get(i);
        if (at[i][day] == 2) {
          for (Visit w : visits) {
            if (w.host() == v.host() && !w.admits(day)) {
              return Optional.of("visit " + i + " at host " + v.host() + " on closed day " + day);
            }
          }
        }
        for (Fixed f : fixed) {
          if (at[i][day] > 0 && f.day() == day && v.who().contains(f.person())) {
            return Optional.of("visitor " + f.person() + " has a meeting on day " + day
                + " while away for visit " + i);
          }
        }
        for (int j = i + 1; j < n; j++) {
          Visit w = visits.get(j);
          if (at[i][day] > 0 && at[j][day] > 0 && v.who().stream().anyMatch(w.who()::contains)) {
            return Optional.of("visits " + i + " and " + j + " share a visitor on day " + day);
          }
          if (capacity == 0 && v.host() == w.host() && at[i][day] == 2 && at[j][day] == 2) {
            return Optional.of("visits " + i + " and " + j + " at one host on day " + day);
          }
        }
      }
      for (int host = 0; host < 2 && capacity > 0; host++) {
        int there = 0;
        for (int i = 0; i < n; i++) {
          if (visits.get(i).host() == host && at[i][day] == 2) {
            there += visits.get(i).who().size();
          }
        }
        if (there > capacity) {
          return Optional.of("host " + host + " receives " + there + " on day " + day);
        }
      }
    }
    return Optional.empty();
  }

  static ProgramScheduler scheduler() {
    return ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(5_000).build()).build();
  }

  static int day(LocalDate d) {
    return (int) ChronoUnit.DAYS.between(FIRST, d);
  }

  static Program program(List<Visit> visits, List<Fixed> fixed, int capacity) {
    Program.Builder b = Program.builder().id(ProgramId.of("travel"))
        .title(LocalizedText.of("en", "Travel")).organizer(OrganizationId.of("org"))
        .zone(ZONE).period(DateRange.of(FIRST, FIRST.plusDays(DAYS - 1)));
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      ExchangeVisit.Builder vb = ExchangeVisit.builder().id(VisitId.of("v" + i))
          .kind(ExchangeKind.INTERNATIONAL_STUDY_VISIT)
          .host(OrganizationId.of("host-" + v.host())).city("Warsaw").country("PL")
          .period(DateRange.of(FIRST.plusDays(v.windowFrom()),
              FIRST.plusDays(v.windowFrom() + v.days() - 1L)))
          .window(DateRange.of(FIRST.plusDays(v.windowFrom()), FIRST.plusDays(v.windowTo())))
          .travelDays(v.travel());
      if (capacity > 0) {
        vb.hostCapacity(capacity);
      }
      if (v.weekdays() != 0 || v.openFrom() >= 0) {
        Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
        for (int k = 0; k < 7 && v.weekdays() != 0; k++) {
          if ((v.weekdays() >> k & 1) != 0) {
            open.add(DayOfWeek.MONDAY.plus(k));
          }
        }
        HostAvailability.Builder ab = HostAvailability.builder().weekdays(open);
        if (v.openFrom() >= 0) {
          ab.addOpen(DateRange.of(FIRST.plusDays(v.openFrom()), FIRST.plusDays(DAYS + 30L)));
        }
        vb.hostAvailability(ab.build());
      }
      v.who().forEach(p -> vb.addVisitors(PersonId.of("p" + p)));
      b.addExchangeVisits(vb.build());
    }
    for (int i = 0; i < fixed.size(); i++) {
      Fixed f = fixed.get(i);
      b.addOutreachMeetings(OutreachMeeting.builder().id(EventId.of("o" + i))
          .community("Omalo").country("GE").addLeaders(PersonId.of("p" + f.person()))
          .when(TimeSpan.on(FIRST.plusDays(f.day()), LocalTime.of(8 + 3 * i, 0),
              LocalTime.of(10 + 3 * i, 0), ZONE)).build());
    }
    return b.build();
  }

  static DirectorySnapshot directory() {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(Person.builder().id(PersonId.of("p" + i)).fullName("Person " + i)
          .country("GE").homeZone(ZONE).build());
    }
    return DirectorySnapshot.of(people, List.of());
  }
}
