package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.civiclab.core.Problem;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.validation.ProgramValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Applying a plan writes it into the program, keeps what was given and leaves it valid. */
class PlanApplierTest {
  private static final ProgramScheduler SCHEDULER = ProgramScheduler.builder()
      .scheduler(Scheduler.builder().seed(1).stepLimit(20_000).build()).build();

  static Stream<ProgramShapes.Shape> shapes() {
    return ProgramShapes.all().stream();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void theProgramHoldsThePlanAndNeedsNoFurtherMeetings(ProgramShapes.Shape shape) {
    Program program = shape.program();
    ProgramPlan plan = SCHEDULER.plan(program, shape.directory());
    Program applied = PlanApplier.apply(program, plan);

    for (PlannedEvent e : plan.events()) {
      if (e.kind() != PlannedEvent.Kind.SESSION) {
        continue;
      }
      Session before = session(program, e.sourceId());
      Session after = session(applied, e.sourceId());
      assertEquals(before.duration(), after.duration(), e.sourceId());
      if (before.when().isPresent()) {
        assertEquals(before.when(), after.when(), "a given time stays: " + e.sourceId());
      } else {
        assertTrue(plan.events().stream().anyMatch(x -> x.kind() == PlannedEvent.Kind.SESSION
            && x.when().start().equals(after.when().orElseThrow().start())
            && x.when().zone().equals(after.when().orElseThrow().zone())),
            "placed in a planned slot: " + e.sourceId());
      }
    }
    // each planned meeting not already recorded is added, as PLANNED, at the planned time, in
    // time order with the recorded ones; every pairing and circle is still there, in its order
    assertEquals(program.pairings().stream().map(MentorPairing::id).toList(),
        applied.pairings().stream().map(MentorPairing::id).toList());
    for (int i = 0; i < program.pairings().size(); i++) {
      MentorPairing before = program.pairings().get(i);
      MentorPairing after = applied.pairings().get(i);
      assertEquals(expectedTimes(plan, before.id().value(), before.meetings()),
          after.meetings().stream().map(Meeting::when).toList(), before.id().value());
      assertEquals(before.withMeetings(after.meetings()), after, "only the meetings change");
      assertTrue(after.meetings().containsAll(before.meetings()), "recorded meetings stay");
      assertTrue(after.meetings().stream().filter(m -> !before.meetings().contains(m))
          .allMatch(m -> m.status() == MeetingStatus.PLANNED), "added meetings are planned");
    }
    assertEquals(program.circles().stream().map(LearningCircle::id).toList(),
        applied.circles().stream().map(LearningCircle::id).toList());
    for (int i = 0; i < program.circles().size(); i++) {
      LearningCircle before = program.circles().get(i);
      LearningCircle after = applied.circles().get(i);
      assertEquals(expectedTimes(plan, before.id().value(), before.meetings()),
          after.meetings().stream().map(Meeting::when).toList(), before.id().value());
      assertEquals(before.withMeetings(after.meetings()), after, "only the meetings change");
      assertTrue(after.meetings().containsAll(before.meetings()), "recorded meetings stay");
      assertTrue(after.meetings().stream().filter(m -> !before.meetings().contains(m))
          .allMatch(m -> m.status() == MeetingStatus.PLANNED), "added meetings are planned");
    }
    assertTrue(applied.sessions().stream().allMatch(s -> s.when().isPresent()), "all placed");
    List<Problem> added = new ArrayList<>(ProgramValidator.validate(applied, shape.directory())
        .problems());
    added.removeAll(ProgramValidator.validate(program, shape.directory()).problems());
    assertEquals(List.of(), added, "applying the plan adds no validation problem");

    // planning again asks for nothing new: every meeting event is one the program holds
    ProgramPlan again = SCHEDULER.plan(applied, shape.directory());
    Program twice = PlanApplier.apply(applied, again);
    assertEquals(applied.pairings(), twice.pairings());
    assertEquals(applied.circles(), twice.circles());
  }

  /**
   * The times an owner's meetings should have after applying: the recorded ones and each
   * planned event of the owner that no recorded, not cancelled meeting stands for, in time
   * order (recorded first among equals).
   */
  private static List<TimeSpan> expectedTimes(ProgramPlan plan, String owner,
      List<Meeting> recorded) {
    List<TimeSpan> out = new ArrayList<>(recorded.stream().map(Meeting::when).toList());
    plan.events().stream().filter(e -> e.kind() != PlannedEvent.Kind.SESSION
        && e.sourceId().equals(owner)
        && recorded.stream().noneMatch(m -> m.status() != MeetingStatus.CANCELLED
            && m.when().equals(e.when()))).forEach(e -> out.add(e.when()));
    out.sort(Comparator.naturalOrder());
    return out;
  }

  @Test
  void interchangeableSessionsKeepTheirListedOrder() {
    for (ProgramShapes.Shape shape : ProgramShapes.all()) {
      Program applied = PlanApplier.apply(shape.program(),
          SCHEDULER.plan(shape.program(), shape.directory()));
      for (var edition : applied.editions()) {
        for (var module : edition.modules()) {
          List<Session> open = new ArrayList<>();
          for (int i = 0; i < module.sessions().size(); i++) {
            Session before = shape.program().editions().get(applied.editions().indexOf(edition))
                .modules().get(edition.modules().indexOf(module)).sessions().get(i);
            if (before.when().isEmpty()) {
              open.add(module.sessions().get(i));
            }
          }
          for (int i = 0; i + 1 < open.size(); i++) {
            Session a = open.get(i);
            Session b = open.get(i + 1);
            if (a.duration().equals(b.duration()) && a.mode() == b.mode()
                && a.venue().equals(b.venue()) && a.facilitators().equals(b.facilitators())
                && a.speakers().equals(b.speakers()) && a.required() == b.required()) {
              assertTrue(a.when().orElseThrow().compareTo(b.when().orElseThrow()) <= 0,
                  a.id() + " before " + b.id());
            }
          }
        }
      }
    }
  }

  @Test
  void aPlanWithoutEventsChangesNothing() {
    ProgramShapes.Shape shape = ProgramShapes.all().get(0);
    ProgramPlan plan = SCHEDULER.plan(shape.program(), shape.directory());
    ProgramPlan empty = ProgramPlan.builder().result(plan.result()).build();
    assertEquals(shape.program(), PlanApplier.apply(shape.program(), empty));
  }

  private static Session session(Program program, String id) {
    return program.sessions().stream().filter(s -> s.id().value().equals(id)).findFirst()
        .orElseThrow();
  }
}
