package org.civiclab.core.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** The conflict minimizer keeps to the time budget its caller gives it. */
class ConflictMinimizerBudgetTest {

  /** Five 2-hour sessions of one trainer in an 8-hour day, and one session of someone else. */
  private static SchedulingProblem fiveSessions() {
    ZoneId zone = ZoneId.of("Europe/Sarajevo");
    SchedulingProblem.Builder b = SchedulingProblem.builder().name("training")
        .grid(TimeGrid.daily(zone, DateRange.day(LocalDate.of(2025, 11, 13)), d -> true,
            LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofHours(1)))
        .addParticipant(Participant.builder().id("ana").name("Ana Petrović").build())
        .addParticipant(Participant.of("bo"));
    for (int i = 1; i <= 5; i++) {
      b.addDemand(Demand.builder().id("s" + i).label("session " + i).durationGrains(2)
          .online(true).addRequiredAttendee("ana").build());
    }
    b.addDemand(Demand.builder().id("other").label("other").durationGrains(1).online(true)
        .addRequiredAttendee("bo").build());
    return b.build();
  }

  @Test
  void withNoBudgetLeftTheConflictIsGivenButNotClaimedMinimal() {
    SchedulingProblem p = fiveSessions();
    SchedulingResult r = Scheduler.builder().stepLimit(2_000).build().solve(p);
    ConflictMinimizer.Result m = new ConflictMinimizer(ProblemIndex.of(p), Rules.standard(), 1,
        Duration.ZERO).minimize(r.schedule().hardViolations()).orElseThrow();
    assertFalse(m.minimal());
    assertTrue(m.conflict().demands().containsAll(List.of("s1", "s2", "s3", "s4", "s5")));
  }

  @Test
  void withEnoughBudgetTheSameConflictIsProvenMinimal() {
    SchedulingProblem p = fiveSessions();
    SchedulingResult r = Scheduler.builder().stepLimit(2_000).build().solve(p);
    ConflictMinimizer.Result m = new ConflictMinimizer(ProblemIndex.of(p), Rules.standard(), 1,
        Duration.ofDays(1)).minimize(r.schedule().hardViolations()).orElseThrow();
    assertTrue(m.minimal());
    assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), m.conflict().demands());
  }
}
