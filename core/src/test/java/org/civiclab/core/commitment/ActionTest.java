package org.civiclab.core.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/** An action's status on a day, its closing, overdue and on-time answers, and its checks. */
class ActionTest {
  static final LocalDate D0 = LocalDate.of(2025, 3, 1);

  static Action.Builder action(String id) {
    return Action.builder().id(ActionId.of(id)).what("repair the well")
        .ownerOrganization(OrganizationId.of("water-board"));
  }

  static List<String> problems(Supplier<?> build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::get);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Provide
  Arbitrary<List<StatusChange>> histories() {
    Arbitrary<StatusChange> step = Arbitraries.integers().between(0, 3).flatMap(gap ->
        Arbitraries.of(ActionStatus.values()).map(s -> StatusChange.of(D0.plusDays(gap), s)));
    return step.list().ofMaxSize(5).map(steps -> {
      List<StatusChange> out = new ArrayList<>();
      LocalDate on = D0;
      for (StatusChange s : steps) {
        on = on.plusDays(s.on().toEpochDay() - D0.toEpochDay());
        out.add(StatusChange.of(on, s.status()));
      }
      return out;
    });
  }

  /** The naive status: scan the history backwards for the last change on or before the day. */
  private static ActionStatus naiveStatus(List<StatusChange> h, LocalDate day) {
    for (int i = h.size() - 1; i >= 0; i--) {
      if (h.get(i).on().compareTo(day) <= 0) {
        return h.get(i).status();
      }
    }
    return ActionStatus.OPEN;
  }

  // Status on every day around the history, closing, overdue and on-time agree with a naive
  // recomputation over random dated histories (ties of several changes on one day included).
  @Property(tries = 100)
  void statusClosingAndLatenessMatchANaiveRecomputation(
      @ForAll("histories") List<StatusChange> h, @ForAll @IntRange(min = -1, max = 14) int dueIn,
      @ForAll boolean hasDue) {
    Action.Builder b = action("a").addAllHistory(h);
    Optional<LocalDate> due = hasDue ? Optional.of(D0.plusDays(dueIn)) : Optional.empty();
    due.ifPresent(b::due);
    Action a = b.build();
    StatusChange last = h.isEmpty() ? null : h.get(h.size() - 1);
    boolean closed = last != null && (last.status() == ActionStatus.DONE
        || last.status() == ActionStatus.DROPPED);
    assertEquals(closed ? Optional.of(last.on()) : Optional.empty(), a.closedOn());
    boolean onTime = last != null && last.status() == ActionStatus.DONE
        && (due.isEmpty() || last.on().compareTo(due.get()) <= 0);
    assertEquals(onTime, a.doneOnTime());
    for (int d = -2; d <= 20; d++) {
      LocalDate day = D0.plusDays(d);
      ActionStatus s = naiveStatus(h, day);
      assertEquals(s, a.statusOn(day), day.toString());
      boolean overdue = due.isPresent() && due.get().compareTo(day) < 0
          && s != ActionStatus.DONE && s != ActionStatus.DROPPED;
      assertEquals(overdue, a.overdueOn(day), day.toString());
    }
  }

  // The change's own day already has the new status; the day before has the old one.
  @Test
  void aChangeTakesEffectOnItsDay() {
    Action a = action("a").addHistory(StatusChange.of(D0, ActionStatus.IN_PROGRESS),
        StatusChange.of(D0.plusDays(3), ActionStatus.DONE)).build();
    assertEquals(ActionStatus.OPEN, a.statusOn(D0.minusDays(1)));
    assertEquals(ActionStatus.IN_PROGRESS, a.statusOn(D0));
    assertEquals(ActionStatus.IN_PROGRESS, a.statusOn(D0.plusDays(2)));
    assertEquals(ActionStatus.DONE, a.statusOn(D0.plusDays(3)));
    assertEquals(Optional.of(D0.plusDays(3)), a.closedOn());
  }

  // Due on a day is not overdue that day, only the day after; done or dropped never is.
  @Test
  void overdueStartsTheDayAfterItsDueDate() {
    Action open = action("a").due(D0).build();
    assertFalse(open.overdueOn(D0));
    assertTrue(open.overdueOn(D0.plusDays(1)));
    assertFalse(action("a").build().overdueOn(D0.plusYears(5)));
    Action dropped = action("a").due(D0).addHistory(StatusChange.of(D0.plusDays(1),
        ActionStatus.DROPPED)).build();
    assertFalse(dropped.overdueOn(D0.plusDays(1)));
    assertFalse(dropped.overdueOn(D0.plusDays(9)));
    Action doneLate = action("a").due(D0).addHistory(StatusChange.of(D0.plusDays(2),
        ActionStatus.DONE)).build();
    assertTrue(doneLate.overdueOn(D0.plusDays(1)));
    assertFalse(doneLate.overdueOn(D0.plusDays(2)));
    assertFalse(doneLate.doneOnTime());
  }

  // Done on the due date is on time; a day later is not; dropped is never done on time.
  @Test
  void doneOnTimeIncludesTheDueDate() {
    assertTrue(action("a").due(D0).addHistory(StatusChange.of(D0, ActionStatus.DONE)).build()
        .doneOnTime());
    assertTrue(action("a").addHistory(StatusChange.of(D0, ActionStatus.DONE)).build()
        .doneOnTime());
    assertFalse(action("a").due(D0).addHistory(StatusChange.of(D0, ActionStatus.DROPPED))
        .build().doneOnTime());
    assertFalse(action("a").due(D0).build().doneOnTime());
    assertEquals(Optional.empty(), action("a").build().closedOn());
    assertEquals(Optional.empty(), action("a").addHistory(StatusChange.of(D0,
        ActionStatus.DONE), StatusChange.of(D0, ActionStatus.IN_PROGRESS)).build().closedOn());
  }

  // Exactly one owner, a visible text, and dated history in order (same day allowed).
  @Test
  void anActionHasOneOwnerVisibleTextAndOrderedHistory() {
    assertEquals(List.of("ownerPerson: an action has exactly one owner, a person or an"
        + " organisation"), problems(() -> action("a").ownerPerson(PersonId.of("ana")).build()));
    assertEquals(List.of("ownerPerson: an action has exactly one owner, a person or an"
        + " organisation"), problems(() -> Action.builder().id(ActionId.of("a")).what("x")
            .build()));
    assertEquals(PersonId.of("ana"), Action.builder().id(ActionId.of("a")).what("x")
        .ownerPerson(PersonId.of("ana")).build().ownerPerson().orElseThrow());
    assertEquals("what", problems(() -> action("a").what(" ").build()).get(0).split(":")[0]);
    assertEquals(List.of("history[2].on: status changes come in date order: 2025-03-02 is"
        + " before 2025-03-03"), problems(() -> action("a").addHistory(
            StatusChange.of(D0, ActionStatus.IN_PROGRESS),
            StatusChange.of(D0.plusDays(2), ActionStatus.OPEN),
            StatusChange.of(D0.plusDays(1), ActionStatus.DONE)).build()));
    assertEquals(2, action("a").addHistory(StatusChange.of(D0, ActionStatus.IN_PROGRESS),
        StatusChange.of(D0, ActionStatus.DONE)).build().history().size());
  }

  // Evidence on a status change must be visible text; a review's note too.
  @Test
  void evidenceAndNotesAreVisibleText() {
    assertEquals("evidence", problems(() -> StatusChange.builder().on(D0)
        .status(ActionStatus.DONE).evidence(" ").build()).get(0).split(":")[0]);
    assertEquals("minutes", StatusChange.builder().on(D0).status(ActionStatus.DONE)
        .evidence("minutes").build().evidence().orElseThrow());
    assertEquals("note", problems(() -> Review.builder().at(org.civiclab.core.model.EventId
        .of("m2")).on(D0).note(" ").build()).get(0).split(":")[0]);
  }
}
