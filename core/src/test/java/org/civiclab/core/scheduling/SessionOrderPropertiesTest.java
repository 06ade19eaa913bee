package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.SessionPosition;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * Order inside a module: an opening first, a closing last, and each session after the ones it
 * names. The oracle here reads the order from the sessions' own fields, apart from {@link
 * Module#sessionOrder()}, and compares planned start and end instants.
 */
class SessionOrderPropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");
  static final LocalDate MONDAY = LocalDate.of(2025, 9, 1);

  /** One session's shape: its place, the earlier sessions it comes after, its length. */
  record Spec(SessionPosition position, int afterMask, int minutes) {}

  @Provide
  Arbitrary<List<Spec>> modules() {
    Arbitrary<SessionPosition> position = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(SessionPosition.ANYWHERE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(SessionPosition.FIRST)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(SessionPosition.LAST)));
    return Combinators.combine(position, Arbitraries.integers().between(0, 63),
        Arbitraries.integers().between(2, 6).map(x -> x * 30)).as(Spec::new).list()
        .ofMinSize(2).ofMaxSize(7);
  }

  static int rank(SessionPosition p) {
    return p == SessionPosition.FIRST ? 0 : p == SessionPosition.ANYWHERE ? 1 : 2;
  }

  /**
   * Session i may come after an earlier session k only when k's place is not later than its
   * own: the order then descends in (place, index) and has no cycle.
   */
  static boolean names(List<Spec> specs, int i, int k) {
    return k < i && (specs.get(i).afterMask() >> k & 1) != 0
        && rank(specs.get(k).position()) <= rank(specs.get(i).position());
  }

  /** Whether session b must start after session a ends, read from the specs alone. */
  static boolean mustFollow(List<Spec> specs, int a, int b) {
    SessionPosition pa = specs.get(a).position();
    SessionPosition pb = specs.get(b).position();
    boolean opening = pa == SessionPosition.FIRST && pb != SessionPosition.FIRST;
    boolean closing = pb == SessionPosition.LAST && pa != SessionPosition.LAST;
    return a != b && (opening || closing || names(specs, b, a));
  }

  @Property(tries = 40)
  void everyPlannedSessionKeepsTheModulesOrder(@ForAll("modules") List<Spec> specs) {
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(3).stepLimit(4_000).build()).build()
        .plan(program(specs, Map.of()), directory());
    assertTrue(plan.isFeasible(), () -> specs + ": " + plan.violations());
    Map<String, TimeSpan> when = new HashMap<>();
    plan.events().forEach(e -> when.put(e.demandId(), e.when()));
    for (int a = 0; a < specs.size(); a++) {
      for (int b = 0; b < specs.size(); b++) {
        if (mustFollow(specs, a, b)) {
          TimeSpan x = when.get("s" + a);
          TimeSpan y = when.get("s" + b);
          assertFalse(y.startInstant().isBefore(x.endInstant()),
              "s" + b + " at " + y + " must follow s" + a + " at " + x + " in " + specs);
        }
      }
    }
  }

  @Test
  void agreedTimesOutOfOrderAreAHardViolationNamingBothSessions() {
    List<Spec> specs = List.of(new Spec(SessionPosition.FIRST, 0, 60),
        new Spec(SessionPosition.LAST, 0, 60));
    // the closing was agreed for Monday morning, the opening for Tuesday
    Map<Integer, TimeSpan> agreed = Map.of(
        0, TimeSpan.on(MONDAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 0), ZONE),
        1, TimeSpan.on(MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), ZONE));
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(200).build()).build()
        .plan(program(specs, agreed), directory());
    assertFalse(plan.isFeasible());
    assertTrue(plan.violations().stream().anyMatch(v -> v.level() == Level.HARD
        && v.ruleId().equals("module-order") && v.demands().containsAll(List.of("s0", "s1"))),
        plan.violations()::toString);
  }

  @Test
  void aModuleRefusesAnOrderThatNamesAStrangerOrGoesRound() {
    Session a = session(0, SessionPosition.ANYWHERE, 60).withAfter(EventId.of("s9"));
    InvalidInputException stranger = assertThrows(InvalidInputException.class,
        () -> module(List.of(a)));
    assertEquals("sessions[0].after[0]", stranger.problems().get(0).path(),
        stranger::getMessage);
    // an opening that comes after another session of its module: the order goes round
    Session open = session(0, SessionPosition.FIRST, 60).withAfter(EventId.of("s1"));
    Session other = session(1, SessionPosition.ANYWHERE, 60);
    InvalidInputException round = assertThrows(InvalidInputException.class,
        () -> module(List.of(open, other)));
    assertEquals("sessions[0].after", round.problems().get(0).path(), round::getMessage);
    assertTrue(round.getMessage().contains("s0 comes after s1 comes after s0"),
        round::getMessage);
    InvalidInputException self = assertThrows(InvalidInputException.class,
        () -> session(0, SessionPosition.ANYWHERE, 60).withAfter(EventId.of("s0")));
    assertEquals("after", self.problems().get(0).path());
  }

  @Test
  void theModulesOrderJoinsPlacesAndNamedSessions() {
    Module m = module(List.of(session(0, SessionPosition.LAST, 60),
        session(1, SessionPosition.ANYWHERE, 60).withAfter(EventId.of("s2")),
        session(2, SessionPosition.FIRST, 60), session(3, SessionPosition.FIRST, 60)));
    assertEquals(List.of("s1", "s2", "s3"), ids(m, "s0"));
    assertEquals(List.of("s2", "s3"), ids(m, "s1"));
    assertEquals(List.of(), ids(m, "s2"));
    assertEquals(List.of(), ids(m, "s3"));
  }

  static List<String> ids(Module m, String id) {
    return m.sessionOrder().get(EventId.of(id)).stream().map(EventId::value).sorted().toList();
  }

  static Session session(int i, SessionPosition position, int minutes) {
    return Session.builder().id(EventId.of("s" + i)).title(LocalizedText.of("en", "S" + i))
        .format(SessionFormat.WORKSHOP).mode(DeliveryMode.ONLINE)
        .duration(Duration.ofMinutes(minutes)).addFacilitator(PersonId.of("t"))
        .position(position).build();
  }

  static Module module(List<Session> sessions) {
    return Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.of(MONDAY, MONDAY.plusDays(4))).mode(DeliveryMode.ONLINE)
        .sessions(sessions).build();
  }

  static Program program(List<Spec> specs, Map<Integer, TimeSpan> agreed) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Session.Builder b = Session.builder().from(session(i, specs.get(i).position(),
          specs.get(i).minutes()));
      for (int k = 0; k < i; k++) {
        if (names(specs, i, k)) {
          b.addAfter(EventId.of("s" + k));
        }
      }
      if (agreed.containsKey(i)) {
        b.when(agreed.get(i)).duration(agreed.get(i).duration());
      }
      sessions.add(b.build());
    }
    DateRange week = DateRange.of(MONDAY, MONDAY.plusDays(4));
    return Program.builder().id(ProgramId.of("ordered")).title(LocalizedText.of("en", "Ordered"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(week)
        .dayShape(DayShape.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY)).dayStart(LocalTime.of(9, 0)).dayEnd(LocalTime.of(17, 0)).build())
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e").period(week)
            .addModule(module(sessions)).build())
        .build();
  }

  static DirectorySnapshot directory() {
    return DirectorySnapshot.of(List.of(Person.builder().id(PersonId.of("t")).fullName("Trainer")
        .country("LT").homeZone(ZONE).build()), List.of());
  }
}
