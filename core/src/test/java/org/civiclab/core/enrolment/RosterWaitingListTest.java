package org.civiclab.core.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;

/**
 * The roster against a naive model on random walks that include applications, registrations of
 * applicants (with a place free and without), confirmations, completions and cancellations:
 * after every step the roster's statuses, its registration order and its waiting list (the
 * people waiting, in the order they are served) equal the model's. {@link RosterStateTest}
 * checks the statuses; this compares {@link Roster#waitingList()} itself and covers applicants.
 */
class RosterWaitingListTest {
  private static final int PEOPLE = 8;

  /** Person id to {audience, status}, in registration order. */
  private static final class Model {
    final int capacity;
    final int staffLimit;
    final Map<String, Object[]> entries = new LinkedHashMap<>();

    Model(int capacity, int staffLimit) {
      this.capacity = capacity;
      this.staffLimit = staffLimit;
    }

    static boolean holds(Object status) {
      return status == EnrollmentStatus.REGISTERED || status == EnrollmentStatus.CONFIRMED
          || status == EnrollmentStatus.COMPLETED;
    }

    boolean free(Audience a) {
      int all = 0;
      int same = 0;
      for (Object[] e : entries.values()) {
        if (holds(e[1])) {
          all++;
          same += e[0] == a ? 1 : 0;
        }
      }
      return all < capacity && (a != Audience.STAFF || same < staffLimit);
    }

    void promote() {
      for (boolean again = true; again; ) {
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

    List<String> waiting() {
      List<String> out = new ArrayList<>();
      entries.forEach((k, v) -> {
        if (v[1] == EnrollmentStatus.WAITLISTED) {
          out.add(k);
        }
      });
      return out;
    }

    Object status(String person) {
      Object[] e = entries.get(person);
      return e == null ? "absent" : e[1];
    }
  }

  private static void compare(Roster r, Model m, String step) {
    List<String> order = new ArrayList<>();
    for (Enrollment e : r.enrollments()) {
      order.add(e.person().value());
      assertEquals(m.status(e.person().value()), e.status(), step + ": " + e.person());
    }
    assertEquals(new ArrayList<>(m.entries.keySet()), order, step + ": registration order");
    List<String> waiting = new ArrayList<>();
    r.waitingList().forEach(e -> waiting.add(e.person().value()));
    assertEquals(m.waiting(), waiting, step + ": waiting list");
    assertEquals(r.withStatus(EnrollmentStatus.WAITLISTED), r.waitingList());
    for (Audience a : Audience.values()) {
      assertEquals(m.free(a), r.hasPlaceFor(a), step + ": a place for " + a);
    }
  }

  /** Runs an action, expecting a refusal exactly when {@code allowed} is false. */
  private static Optional<Roster> attempt(boolean allowed, String step,
      java.util.function.Supplier<Roster> action) {
    try {
      Roster next = action.get();
      if (!allowed) {
        fail(step + " must be refused");
      }
      return Optional.of(next);
    } catch (InvalidInputException e) {
      assertTrue(!allowed, step + " refused unexpectedly: " + e.getMessage());
      return Optional.empty();
    }
  }

  @Property(tries = 200)
  void waitingListAndApplicantsFollowTheModel(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int capacity = 1 + random.nextInt(4);
    int staff = random.nextInt(capacity + 1);
    Roster roster = Roster.empty(EnrollmentPolicy.builder().capacity(capacity)
        .staffPlaces(staff).build());
    Model model = new Model(capacity, staff);
    for (int i = 0; i < 40; i++) {
      String who = "p" + random.nextInt(PEOPLE);
      PersonId id = PersonId.of(who);
      Audience audience = random.nextBoolean() ? Audience.STAFF : Audience.EXTERNAL;
      Object status = model.status(who);
      boolean absent = status.equals("absent") || status == EnrollmentStatus.CANCELLED;
      Roster current = roster;
      int pick = random.nextInt(6);
      String step = i + " " + who + " " + audience;
      if (pick == 0) {
        step += " applies";
        Optional<Roster> next = attempt(absent, step,
            () -> current.apply(id, audience, Optional.empty()));
        if (next.isPresent()) {
          roster = next.get();
          model.entries.remove(who);
          model.entries.put(who, new Object[] {audience, EnrollmentStatus.APPLIED});
        }
      } else if (pick <= 2) {
        step += " registers";
        boolean applicant = status == EnrollmentStatus.APPLIED;
        Optional<Roster> next = attempt(absent || applicant, step,
            () -> current.register(id, audience, Optional.empty()));
        if (next.isPresent()) {
          roster = next.get();
          if (applicant) {
            // keeps their place in the order and the audience they applied with
            Object[] e = model.entries.get(who);
            e[1] = model.free((Audience) e[0]) ? EnrollmentStatus.REGISTERED
                : EnrollmentStatus.WAITLISTED;
          } else {
            model.entries.remove(who);
            model.entries.put(who, new Object[] {audience, model.free(audience)
                ? EnrollmentStatus.REGISTERED : EnrollmentStatus.WAITLISTED});
          }
        }
      } else if (pick == 3) {
        step += " confirms";
        Optional<Roster> next = attempt(status == EnrollmentStatus.REGISTERED, step,
            () -> current.confirm(id));
        if (next.isPresent()) {
          roster = next.get();
          model.entries.get(who)[1] = EnrollmentStatus.CONFIRMED;
        }
      } else if (pick == 4) {
        step += " completes";
        Optional<Roster> next = attempt(status == EnrollmentStatus.CONFIRMED, step,
            () -> current.complete(id));
        if (next.isPresent()) {
          roster = next.get();
          model.entries.get(who)[1] = EnrollmentStatus.COMPLETED;
        }
      } else {
        step += " cancels";
        boolean cancellable = !status.equals("absent") && status != EnrollmentStatus.CANCELLED
            && status != EnrollmentStatus.COMPLETED;
        Optional<Roster> next = attempt(cancellable, step, () -> current.cancel(id));
        if (next.isPresent()) {
          roster = next.get();
          model.entries.get(who)[1] = EnrollmentStatus.CANCELLED;
          model.promote();
        }
      }
      compare(roster, model, step);
    }
  }

  @Example
  void anApplicantRegisteringWithAPlaceFreeGetsItAndKeepsTheirPosition() {
    PersonId ana = PersonId.of("ana");
    PersonId ben = PersonId.of("ben");
    Roster r = Roster.empty(EnrollmentPolicy.builder().capacity(1).build())
        .apply(ana, Audience.EXTERNAL, Optional.empty())
        .register(ben, Audience.EXTERNAL, Optional.empty());
    assertEquals(EnrollmentStatus.APPLIED, r.find(ana).orElseThrow().status());
    assertEquals(1, r.placesHeld(), "the applicant holds no place, ben does");
    Roster full = r.register(ana, Audience.EXTERNAL, Optional.empty());
    assertEquals(EnrollmentStatus.WAITLISTED, full.find(ana).orElseThrow().status());
    assertEquals(List.of(ana), full.waitingList().stream().map(Enrollment::person).toList());

    Roster free = r.cancel(ben).register(ana, Audience.STAFF, Optional.empty());
    Enrollment registered = free.find(ana).orElseThrow();
    assertEquals(EnrollmentStatus.REGISTERED, registered.status());
    assertEquals(Audience.EXTERNAL, registered.audience(), "the audience applied with stays");
    assertEquals(List.of(ana, ben), free.enrollments().stream().map(Enrollment::person)
        .toList(), "registration order is the order of application");
    assertTrue(free.waitingList().isEmpty());
    assertEquals(1, free.placesHeld(Audience.EXTERNAL));
  }
}
