package org.civiclab.core.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;

/**
 * Stateful property test of {@link Roster}: any sequence of register, confirm, cancel and
 * capacity changes keeps the invariants, and every state equals that of a naive model written
 * separately from the roster (the oracle below).
 */
class RosterStateTest {
  private static final int PEOPLE = 10;

  /** The naive model: a map in registration order, rules applied literally. */
  static final class Model {
    int capacity;
    final Optional<Integer> staffCap;
    final Map<String, Object[]> entries = new LinkedHashMap<>(); // person -> {audience, status}
    final Set<String> everRegistered = new HashSet<>();

    Model(int capacity, Optional<Integer> staffCap) {
      this.capacity = capacity;
      this.staffCap = staffCap;
    }

    static boolean holds(EnrollmentStatus s) {
      return s == EnrollmentStatus.REGISTERED || s == EnrollmentStatus.CONFIRMED
          || s == EnrollmentStatus.COMPLETED;
    }

    int held(Audience a) {
      int n = 0;
      for (Object[] e : entries.values()) {
        if (holds((EnrollmentStatus) e[1]) && (a == null || e[0] == a)) {
          n++;
        }
      }
      return n;
    }

    boolean free(Audience a) {
      int limit = a == Audience.STAFF ? Math.min(capacity, staffCap.orElse(capacity)) : capacity;
      return held(null) < capacity && held(a) < limit;
    }

    void promote() {
      boolean again = true;
      while (again) {
        again = false;
        for (Object[] e : entries.values()) {
          if (e[1] == EnrollmentStatus.WAITLISTED && free((Audience) e[0])) {
            e[1] = EnrollmentStatus.REGISTERED;
            again = true;
            break;
          }
        }
      }
    }
  }

  /** The system under test and the model, side by side. */
  static final class State {
    Roster roster;
    final Model model;

    State(int capacity, Optional<Integer> staffCap) {
      var b = EnrollmentPolicy.builder().capacity(capacity);
      staffCap.ifPresent(b::staffPlaces);
      roster = Roster.empty(b.build());
      model = new Model(capacity, staffCap);
    }

    @Override
    public String toString() {
      return roster.enrollments().toString();
    }
  }

  private static String person(int i) {
    return "p" + i;
  }

  static final class Register implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Combinators.combine(Arbitraries.integers().between(0, PEOPLE - 1),
          Arbitraries.of(Audience.class)).as((i, a) -> Transformer.mutate(
              "register " + person(i) + " " + a, s -> {
                Object[] existing = s.model.entries.get(person(i));
                boolean active = existing != null && existing[1] != EnrollmentStatus.CANCELLED;
                try {
                  s.roster = s.roster.register(PersonId.of(person(i)), a, Optional.empty());
                  if (active) {
                    fail("registering an enrolled person must be refused");
                  }
                } catch (InvalidInputException e) {
                  assertTrue(active, "unexpected refusal: " + e.getMessage());
                  return;
                }
                s.model.entries.remove(person(i));
                s.model.entries.put(person(i), new Object[] {a,
                    s.model.free(a) ? EnrollmentStatus.REGISTERED : EnrollmentStatus.WAITLISTED});
                s.model.everRegistered.add(person(i));
              }));
    }
  }

  static final class Cancel implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.integers().between(0, PEOPLE - 1).map(i -> Transformer.mutate(
          "cancel " + person(i), s -> {
            Object[] e = s.model.entries.get(person(i));
            boolean cancellable = e != null && e[1] != EnrollmentStatus.CANCELLED
                && e[1] != EnrollmentStatus.COMPLETED;
            try {
              s.roster = s.roster.cancel(PersonId.of(person(i)));
              if (!cancellable) {
                fail("cancelling " + person(i) + " must be refused");
              }
            } catch (InvalidInputException ex) {
              assertTrue(!cancellable, "unexpected refusal: " + ex.getMessage());
              return;
            }
            e[1] = EnrollmentStatus.CANCELLED;
            s.model.promote();
          }));
    }
  }

  static final class Confirm implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.integers().between(0, PEOPLE - 1).map(i -> Transformer.mutate(
          "confirm " + person(i), s -> {
            Object[] e = s.model.entries.get(person(i));
            boolean ok = e != null && e[1] == EnrollmentStatus.REGISTERED;
            try {
              s.roster = s.roster.confirm(PersonId.of(person(i)));
              if (!ok) {
                fail("confirming " + person(i) + " must be refused");
              }
            } catch (InvalidInputException ex) {
              assertTrue(!ok, "unexpected refusal: " + ex.getMessage());
              return;
            }
            e[1] = EnrollmentStatus.CONFIRMED;
          }));
    }
  }

  static final class ChangeCapacity implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.integers().between(1, 8).map(c -> Transformer.mutate(
          "capacity " + c, s -> {
            boolean fits = s.model.held(null) <= c
                && s.model.staffCap.map(cap -> cap <= c).orElse(true)
                && (s.model.staffCap.isEmpty()
                    || s.model.held(Audience.STAFF) <= s.model.staffCap.get());
            try {
              s.roster = s.roster.withCapacity(c);
              if (!fits) {
                fail("capacity " + c + " must be refused with " + s.model.held(null) + " held");
              }
            } catch (InvalidInputException ex) {
              assertTrue(!fits, "unexpected refusal: " + ex.getMessage());
              return;
            }
            s.model.capacity = c;
            s.model.promote();
          }));
    }
  }

  @Provide
  Arbitrary<ActionChain<State>> chains() {
    return Combinators.combine(Arbitraries.integers().between(1, 5),
        Arbitraries.integers().between(0, 3).optional())
        .as((cap, staff) -> staff.filter(x -> x <= cap))
        .flatMap(staff -> Arbitraries.integers().between(Math.max(1, staff.orElse(1)), 5)
            .flatMap(cap -> ActionChain.startWith(() -> new State(cap, staff))
                .withAction(4, new Register())
                .withAction(2, new Cancel())
                .withAction(1, new Confirm())
                .withAction(1, new ChangeCapacity())
                .withMaxTransformations(40)));
  }

  @Property(tries = 300)
  void rosterKeepsItsInvariantsAndMatchesTheModel(@ForAll("chains") ActionChain<State> chain) {
    chain.withInvariant("invariants", RosterStateTest::check).run();
  }

  static void check(State s) {
    Roster r = s.roster;
    EnrollmentPolicy policy = r.policy();
    // capacity and audience caps are never exceeded
    assertTrue(r.placesHeld() <= policy.capacity(), "places held exceed capacity: " + r);
    assertTrue(r.placesHeld(Audience.STAFF) <= policy.limitFor(Audience.STAFF), "staff cap");
    // nobody twice, nobody lost
    Set<PersonId> seen = new HashSet<>();
    for (Enrollment e : r.enrollments()) {
      assertTrue(seen.add(e.person()), e.person() + " appears twice");
    }
    Set<String> ids = new HashSet<>();
    seen.forEach(p -> ids.add(p.value()));
    assertEquals(s.model.everRegistered, ids, "somebody was lost or invented");
    // nobody waits while their audience has a free place (the list is always served)
    for (Enrollment w : r.waitingList()) {
      assertTrue(!r.hasPlaceFor(w.audience()), w.person() + " waits although a place is free");
    }
    // registration order is the service order
    List<Enrollment> list = new ArrayList<>(r.enrollments());
    for (int i = 1; i < list.size(); i++) {
      assertTrue(list.get(i - 1).sequence() < list.get(i).sequence(), "order broken");
    }
    // exactly the model's statuses: promotion followed registration order
    for (Map.Entry<String, Object[]> e : s.model.entries.entrySet()) {
      Enrollment actual = r.find(PersonId.of(e.getKey())).orElseThrow();
      assertEquals(e.getValue()[1], actual.status(), "status of " + e.getKey());
      assertEquals(e.getValue()[0], actual.audience(), "audience of " + e.getKey());
    }
  }
}
