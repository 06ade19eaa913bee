package org.civiclab.bench.meetings;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.Scheduler;

/** Solves a meeting instance with CivicLab's scheduler. */
final class CivicLabMeetings {
  private CivicLabMeetings() {}

  static Outcome solve(MeetingInstance in, SchedulingProblem problem, Duration limit, long seed) {
    SchedulingResult r = Scheduler.builder().rules(MeetingModel.rules()).seed(seed)
        .timeLimit(limit).lateAcceptance(Integer.getInteger("civiclab.lateAcceptance", 2000))
        .build().solve(problem);
    int n = in.assignments.size();
    int[] grainOf = new int[n];
    int[] roomOf = new int[n];
    for (int i = 0; i < n; i++) {
      // a placement for every demand (Schedule), and MeetingModel makes one per assignment
      Placement p = requireNonNull(r.schedule().placements().get(in.assignments.get(i).ref()),
          "a placement per assignment");
      grainOf[i] = p.startGrain();
      String room = p.location().orElseThrow();
      for (int k = 0; k < in.rooms.size(); k++) {
        if (in.rooms.get(k).ref().equals(room)) {
          roomOf[i] = k;
        }
      }
    }
    return new Outcome("civiclab", grainOf, roomOf,
        r.stats().firstFeasible().map(Duration::toMillis).orElse(-1L),
        r.stats().movesPerSecond());
  }
}
