package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** Early stop when the best score stalls, counted in steps so the test is machine-independent. */
class EarlyStopTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** Three one-hour meetings of the same person in a two-hour day: never feasible, never done. */
  static SchedulingProblem overfull() {
    TimeGrid grid = TimeGrid.daily(ZONE, DateRange.of(LocalDate.of(2025, 3, 3),
        LocalDate.of(2025, 3, 3)), d -> true, LocalTime.of(9, 0), LocalTime.of(11, 0),
        Duration.ofHours(1));
    SchedulingProblem.Builder b = SchedulingProblem.builder().grid(grid)
        .addParticipant(Participant.builder().id("ana").name("Ana").build());
    for (int i = 1; i <= 3; i++) {
      b.addDemand(Demand.builder().id("m" + i).label("meeting " + i).durationGrains(1)
          .online(true).addRequiredAttendees("ana").build());
    }
    return b.build();
  }

  @Test
  void stopsExactlyTheGivenNumberOfStepsAfterTheLastNewBest() {
    AtomicLong lastBest = new AtomicLong(-1);
    SchedulingResult r = Scheduler.builder().stepLimit(5_000_000).unimprovedStepLimit(700)
        .listener(new SolverListener() {
          @Override
          public void newBest(Score score, long step, Duration elapsed) {
            lastBest.set(step);
          }
        }).build().solve(overfull());
    assertFalse(r.isFeasible());
    assertTrue(lastBest.get() >= 0);
    assertEquals(lastBest.get() + 700, r.stats().steps());
    assertTrue(r.stats().steps() < 5_000_000);
  }

  @Test
  void theStepLimitStillAppliesWhenItComesFirst() {
    SchedulingResult r = Scheduler.builder().stepLimit(300).unimprovedStepLimit(1_000_000)
        .build().solve(overfull());
    assertEquals(300, r.stats().steps());
  }

  @Test
  void sameSeedSameStop() {
    Scheduler s = Scheduler.builder().stepLimit(100_000).unimprovedStepLimit(2_000).seed(7)
        .build();
    assertEquals(s.solve(overfull()).stats().steps(), s.solve(overfull()).stats().steps());
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class,
        () -> Scheduler.builder().unimprovedStepLimit(0));
    assertThrows(IllegalArgumentException.class,
        () -> Scheduler.builder().unimprovedTimeLimit(Duration.ZERO));
  }
}
