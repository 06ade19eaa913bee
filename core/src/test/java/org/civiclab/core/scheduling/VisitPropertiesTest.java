package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Exchange visits planned as blocks of whole days: on no day do a host's visits together bring
 * more visitors than its capacity (several visits may share a host), a host without a capacity
 * takes one visit at a time, no visitor is in two places, nothing a visitor must attend falls on
 * a visit day, and a brute force over every start day agrees with the solver on whether such a
 * plan exists. The checks count visitors per host and day here, apart from the rules.
 */
class VisitPropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  static final LocalDate FIRST = LocalDate.of(2024, 3, 4);
  static final int DAYS = 21;

  /** A visit: host 0 or 1, first and last day of its window, length, visitors as a bit mask. */
  record Visit(int host, int windowFrom, int windowLength, int days, int visitors) {
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
  }

  /** A fixed meeting a person must attend, on a day (the i-th at 08:00, 11:00 or 14:00). */
  record Fixed(int person, int day) {}

  @Provide
  Arbitrary<List<Visit>> visits() {
    return Combinators.combine(Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, DAYS - 3), Arbitraries.integers().between(1, 14),
        Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 15))
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
    return Arbitraries.integers().between(0, 6);
  }

  @Property(tries = 30)
  void visitsKeepHostCapacityAndVisitorsFreeAndAgreeWithBruteForce(
      @ForAll("visits") List<Visit> visits, @ForAll("fixed") List<Fixed> fixed,
      @ForAll("capacity") int capacity) {
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(5_000).build()).build()
        .plan(program(visits, fixed, capacity), directory());
    boolean feasible = bruteForce(visits, fixed, capacity, 0, new int[visits.size()]);
    assertEquals(feasible, plan.isFeasible(), () -> visits + " " + fixed + " capacity "
        + capacity + ": " + plan.violations());
    if (!plan.isFeasible()) {
      return;
    }
    Map<String, PlannedEvent> byVisit = new HashMap<>();
    plan.events().stream().filter(e -> e.kind() == PlannedEvent.Kind.VISIT)
        .forEach(e -> byVisit.put(e.sourceId(), e));
    int[] start = new int[visits.size()];
    for (int i = 0; i < visits.size(); i++) {
      PlannedEvent e = byVisit.get("v" + i);
      start[i] = (int) java.time.temporal.ChronoUnit.DAYS.between(FIRST,
          e.when().start().toLocalDate());
      int last = (int) java.time.temporal.ChronoUnit.DAYS.between(FIRST,
          e.when().end().toLocalDate());
      assertEquals(visits.get(i).days() - 1, last - start[i], e::toString);
      assertEquals(LocalTime.of(8, 0), e.when().start().toLocalTime(), e::toString);
    }
    Optional<String> broken = broken(visits, fixed, capacity, start);
    assertTrue(broken.isEmpty(), () -> broken.get() + " in " + plan.events());
  }

  @Example
  void aHostTakesTwoGroupsAtOnceWhileTheyFitAndSaysWhenTheyDoNot() {
    // two groups of two, each for the same five days at host 0
    List<Visit> both = List.of(new Visit(0, 0, 5, 5, 0b0011), new Visit(0, 0, 5, 5, 0b1100));
    ProgramScheduler scheduler = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(5_000).build()).build();
    ProgramPlan fits = scheduler.plan(program(both, List.of(), 4), directory());
    assertTrue(fits.isFeasible(), fits.violations()::toString);
    assertEquals(2, fits.events().stream().filter(e -> e.kind() == PlannedEvent.Kind.VISIT)
        .map(e -> e.when().start()).filter(t -> t.toLocalDate().equals(FIRST)).count());
    ProgramPlan over = scheduler.plan(program(both, List.of(), 3), directory());
    assertFalse(over.isFeasible());
    List<Violation> shared = over.violations().stream()
        .filter(v -> v.ruleId().equals("shared-capacity")).toList();
    assertEquals(1, shared.size(), over.violations()::toString);
    assertTrue(shared.get(0).message().startsWith("host host-0 takes 3 at a time but 4 are there"
        + " from 2024-03-04T08:00"), shared.get(0)::message);
  }

  /** Whether some start day for every visit keeps every rule, trying all of them. */
  static boolean bruteForce(List<Visit> visits, List<Fixed> fixed, int capacity, int i,
      int[] start) {
    if (i == visits.size()) {
      return broken(visits, fixed, capacity, start).isEmpty();
    }
    Visit v = visits.get(i);
    for (int s = v.windowFrom(); s + v.days() - 1 <= v.windowTo(); s++) {
      start[i] = s;
      if (bruteForce(visits, fixed, capacity, i + 1, start)) {
        return true;
      }
    }
    return false;
  }

  /** The first rule the visits' start days break, if any. */
  static Optional<String> broken(List<Visit> visits, List<Fixed> fixed, int capacity,
      int[] start) {
    for (int i = 0; i < visits.size(); i++) {
      Visit a = visits.get(i);
      if (start[i] < a.windowFrom() || start[i] + a.days() - 1 > a.windowTo()) {
        return Optional.of("visit " + i + " outside its window");
      }
      for (Fixed f : fixed) {
        if (a.who().contains(f.person()) && f.day() >= start[i]
            && f.day() < start[i] + a.days()) {
          return Optional.of("visitor " + f.person() + " has a meeting during visit " + i);
        }
      }
      for (int j = i + 1; j < visits.size(); j++) {
        Visit b = visits.get(j);
        boolean overlap = start[i] < start[j] + b.days() && start[j] < start[i] + a.days();
        boolean shared = a.who().stream().anyMatch(b.who()::contains);
        if (overlap && (shared || capacity == 0 && a.host() == b.host())) {
          return Optional.of("visits " + i + " and " + j + " overlap");
        }
      }
    }
    for (int host = 0; host < 2 && capacity > 0; host++) {
      for (int day = 0; day < DAYS; day++) {
        int there = 0;
        for (int i = 0; i < visits.size(); i++) {
          Visit v = visits.get(i);
          if (v.host() == host && start[i] <= day && day < start[i] + v.days()) {
            there += v.who().size();
          }
        }
        if (there > capacity) {
          return Optional.of("host " + host + " receives " + there + " on day " + day);
        }
      }
    }
    return Optional.empty();
  }

  static Program program(List<Visit> visits, List<Fixed> fixed, int capacity) {
    Program.Builder b = Program.builder().id(ProgramId.of("visits"))
        .title(LocalizedText.of("en", "Visits")).organizer(OrganizationId.of("org"))
        .zone(ZONE).period(DateRange.of(FIRST, FIRST.plusDays(DAYS - 1)));
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      ExchangeVisit.Builder vb = ExchangeVisit.builder().id(VisitId.of("v" + i))
          .kind(ExchangeKind.DOMESTIC_INTERNSHIP).host(OrganizationId.of("host-" + v.host()))
          .city("Tbilisi").country("GE")
          .period(DateRange.of(FIRST.plusDays(v.windowFrom()),
              FIRST.plusDays(v.windowFrom() + v.days() - 1L)))
          .window(DateRange.of(FIRST.plusDays(v.windowFrom()), FIRST.plusDays(v.windowTo())));
      if (capacity > 0) {
        vb.hostCapacity(capacity);
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
